"""A receipt's company row that names no business by itself, under the row that does.

A shop whose name is too long for the roll prints its own words large on the first row and
the rest under them: "OPTOMETRY SDN BHD", "PET SUPPLIES ENTERPRISE", "HAIR STUDIO
ENTERPRISE". Before the business form such a row has only words saying what the shop does,
which any shop of the trade could print: the name that tells the shop apart is the row
above, set tight on it and centred. A brand over a company that names itself ("R&C VENTURE
SDN BHD", "TK DIVISION KITCHEN SDN BHD": initials, a coined word) stays a sign of its own.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.name_rows import generic_name, stacked

# Words that say what a shop sells or does, beyond name_rows' trade nouns of companies:
# the trades of the shops that print till receipts.
_SHOP_TRADE = re.compile(
    r"(?:OPTOMETRY|OPTOMETRISTS?|OPTICIANS?|OPTICS|EYEWEAR|EYECARE|SPECTACLES|"
    r"PETS?|AQUARIUM|VETERINARY|HAIR|SALON|STUDIO|BEAUTY|SPA|BARBER|NAILS?|COSMETICS|"
    r"WELLNESS|ACCESSORIES|PARTS|SPARES?|FLORIST|FLOWERS?|FLORAL|GIFTS?|BOUTIQUE|FASHION|"
    r"TAILORS?|TAILORING|LAUNDRY|CAR|CARS|WASH|TYRES?|TIRES?|BATTER(?:Y|IES)|WORKSHOP|"
    r"GARAGE|ELECTRONICS?|COMPUTERS?|MOBILE|PHONES?|PHOTO|PHOTOCOPY|PHOTOGRAPHY|DENTAL|"
    r"SURGERY|PHYSIOTHERAPY|PHARMACEUTICALS?|GROCERS?|GROCERY|GROCERIES|PROVISIONS?|"
    r"FRUITS?|VEGETABLES?|MEAT|CAKES?|CONFECTIONERY|BEVERAGES?|DRINKS|KITCHEN|BISTRO|"
    r"EATERY|CANTEEN|HOME|DECOR?|LIGHTING|TILES|PAINTS?|BUILDING|MATERIALS|TIMBER|TOOLS|"
    r"MACHINERY|EQUIPMENT|SPORTS?|TOYS|MUSIC|BICYCLES?|CYCLES?|TRADERS|MERCHANTS?|"
    r"DISTRIBUTORS?|WHOLESALE|RETAIL|SHOP|SUPPLIERS?)",
    re.IGNORECASE,
)
# The business form ending the row: a sole proprietor's or a company's.
_FORM = re.compile(
    r"\s(?:ENTERPRISES?|TRADING|(?:\(M\)\s*)?SDN\.?\s*BHD\.?|S/B|BHD\.?|BERHAD|PLT|"
    r"PTE\.?\s*LTD\.?)\s*$",
    re.IGNORECASE,
)


def _trade_word(token: str) -> bool:
    return is_trade_word(token)


def is_trade_word(token: str) -> bool:
    """A word saying what a shop sells or does ("OPTOMETRY", "PHARMACY", "HARDWARE")."""
    # OCR reads a round capital O as a zero ("0PTOMETRY"): a word of letters has no 0.
    word = token.strip(".,").replace("0", "O") if re.search(r"[^\W\d]", token) else token
    return bool(_SHOP_TRADE.fullmatch(word)) or generic_name(word)


def trade_words_only(text: str) -> bool:
    """The row ends in a business form after words that only say what the shop does."""
    form = _FORM.search(text)
    if form is None:
        return False
    tokens = text[: form.start()].split()
    worded = any(re.search(r"[^\W\d]{2}", token) for token in tokens)
    return worded and all(_trade_word(token) for token in tokens)


def ends_name_above(upper: Line, lower: Line, lower_name: str) -> bool:
    """`lower` (its name `lower_name`, registration number cut) is a row of trade words and
    a business form set tight and centred under `upper`: the two rows are one name."""
    return trade_words_only(lower_name) and stacked(upper, lower)
