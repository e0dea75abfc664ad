"""A shop's trade line under its name: what it sells, no name of its own.

Under its name a shop prints what it sells, before its registration number and address:
"HARDWARE & ELECTRICAL", "PAINTS AND BUILDING MATERIALS", "TOOLS, HARDWARE & ELECTRICAL".
The row is only trade or goods words listed with "&" / "AND" / "DAN": any shop of the trade
could print it. Under a row that names a business (opened by a Malay business word, "SYARIKAT",
"PERNIAGAAN", "KEDAI", or ended by a business form, "ENTERPRISE", "TRADING", "SDN BHD") it
describes that business and names none, even set right over the registration number. A row
with a word of its own ("ANEKA HARDWARE & ELECTRICAL", "XYZ RESTAURANT") is a name.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.receipt_address import LEGAL_SUFFIX
from facturist.engine.receipt_tradewords import is_trade_word

# Goods and work a trade line lists beyond the shop trades of receipt_tradewords.
_GOODS = re.compile(
    r"(?:PLUMBING|SANITARY|SANITARYWARES?|WARES?|GOODS|STEEL|IRON|GLASS|ALUMINIUM|PIPES?|"
    r"FITTINGS|CEMENT|GAS|ELECTRIC|AIRCOND|AIR-CON|REPAIRS?|SERVICING|GENERAL|CONTRACTORS?|"
    r"RENOVATION|WIRING|HOUSEHOLD|APPLIANCES|BOLTS|NUTS|SCREWS|FASTENERS)",
    re.IGNORECASE,
)
# Words that name a business, not its trade: a row holding one is a name.
_NAMING = re.compile(
    r"(?:TRADING|ENTERPRISES?|CORPORATION|HOLDINGS|INTERNATIONAL|GLOBAL|\(M\)|SYARIKAT|"
    r"PERNIAGAAN|KEDAI)",
    re.IGNORECASE,
)
_JOINER = re.compile(r"&|AND|DAN", re.IGNORECASE)
# A Malay business word opening a name: "SYARIKAT" (company), "PERNIAGAAN" (business),
# "KEDAI" (shop), "KILANG" (factory), "PUSAT" (centre), "RESTORAN".
_NAME_START = re.compile(r"^\W*(?:SYARIKAT|PERNIAGAAN|KEDAI|KILANG|PUSAT|RESTORAN)\b", re.I)
# A business form ending a name: a sole proprietor's or a company's.
_NAME_END = re.compile(r"\b(?:ENTERPRISES?|TRADING|(?:&\s*)?(?:SONS|CO\.?))\s*$", re.IGNORECASE)


def is_trade_line(text: str) -> bool:
    """The row lists trades or goods joined by "&" / "AND" and nothing else."""
    tokens = [token.strip(".,") for token in text.split()]
    tokens = [token for token in tokens if token]
    if not any(_JOINER.fullmatch(token) for token in tokens):
        return False
    worded = [token for token in tokens if not _JOINER.fullmatch(token)]
    return len(worded) >= 2 and all(
        not _NAMING.fullmatch(token) and (is_trade_word(token) or bool(_GOODS.fullmatch(token)))
        for token in worded
    )


def names_business(text: str) -> bool:
    """The row names a business: a Malay business word first or a business form last."""
    return bool(_NAME_START.match(text) or _NAME_END.search(text) or LEGAL_SUFFIX.search(text))


def trade_line_under_name(upper: Line, lower: Line) -> bool:
    """`lower` is a trade line describing the business `upper` names."""
    return (
        is_trade_line(lower.text) and names_business(upper.text) and not is_trade_line(upper.text)
    )
