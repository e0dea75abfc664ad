"""Receipt understanding: seller name and address from the header block, date, total.

Till receipts (mostly scanned, narrow) carry few labels: the seller is the first name-like
line at the top, the address follows it until the phone / tax-number lines, the date is the
first date printed, and the total is on a line labelled TOTAL (with many variants), checked
against cash tendered minus change. `looks_like_receipt` decides when to use these rules.
The address lives in receipt_address.py, the date in receipt_dates.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from facturist.engine.centredname import name_runs_on
from facturist.engine.formhead import without_title_cell
from facturist.engine.layout import Line
from facturist.engine.model import PageText, Value, Word
from facturist.engine.name_rows import (
    generic_name,
    larger_under,
    names_itself,
    stacked,
    width,
    without_debris,
)
from facturist.engine.rateslips import rate_checked
from facturist.engine.receipt_address import (
    LEGAL_SUFFIX,
    PREAMBLE,
    STATE_LINE,
    STOP,
    TITLE,
    is_address_like,
    is_practitioner,
    is_registration,
    seller_address,
    starts_address,
)
from facturist.engine.receipt_balance import with_mended_balance
from facturist.engine.receipt_buyerblock import without_buyer_block
from facturist.engine.receipt_chain import with_total_chain
from facturist.engine.receipt_dates import field_value, find_date, receipt_date
from facturist.engine.receipt_due import with_total_due
from facturist.engine.receipt_footername import ornamented, registered_footer_name
from facturist.engine.receipt_headingname import heading_spelled_below
from facturist.engine.receipt_legalform import (
    form_opens_name,
    partners_under_form,
    without_owner_caption,
)
from facturist.engine.receipt_misreads import mended_number
from facturist.engine.receipt_numbered_name import numbered_shop_name, priced_row
from facturist.engine.receipt_numbers import foreign_number, receipt_number
from facturist.engine.receipt_parties import with_receipt_parties
from facturist.engine.receipt_platform import with_wordmark_seller
from facturist.engine.receipt_raterows import with_rate_rows
from facturist.engine.receipt_scan import (
    letter_count,
    looks_like_receipt,
    main_receipt,
)
from facturist.engine.receipt_signname import legal_name_of_sign
from facturist.engine.receipt_summary import with_service_charge, with_summary
from facturist.engine.receipt_tax import with_receipt_tax, without_net_total
from facturist.engine.receipt_total import receipt_total
from facturist.engine.receipt_tradeline import trade_line_under_name
from facturist.engine.receipt_tradewords import ends_name_above
from facturist.engine.tipcharged import with_tip_charged_due

__all__ = ["looks_like_receipt", "main_receipt", "receipt_fields", "with_receipt_fields"]

# A business registration number in brackets after a name: "(JM0678123-P)", "(556781-T)".
_OWN_REGISTRATION = re.compile(r"\S\s*\((?:[A-Z]{1,3})?\d{5,}-?[A-Z]\)\s*$")
# A copy banner, its second word often lost in white-on-black print ("CUSTOMER | OPY").
_BANNER = re.compile(r"^\W*(CUSTOMER|MERCHANT|CARDHOLDER)(\W+\w{1,5})?\W*$", re.IGNORECASE)
# The buyer's caption on a cash bill or invoice form: "M/s : LADANG ...", "Messrs", "To :".
_BUYER_CAPTION = re.compile(
    r"^\W*(?:(?:M/S|MESSRS)\b\.?|(?:TO|CUSTOMER|NAMA(?:\s+PELANGGAN)?|(?:SOLD|BILL)\s+TO)\s*:)",
    re.IGNORECASE,
)
# A slogan printed in quotes above the name: "\"Your One-Stop School & Office Supplies\"".
_QUOTED = re.compile(r"^\W*[\"“”„'‘’].*[\"“”'‘’]\W*$")
_FAREWELL = re.compile(
    r"\b(THANK|RETURNABLE|EXCHANGEABLE|COME AGAIN|GOODS SOLD|TERIMA KASIH)", re.IGNORECASE
)
# Whole words: the letters of a registration number ("SA0412233-W") are no "S.A.".
_COMPANY_SUFFIX = re.compile(
    r"\b(SDN\.?\s*BHD|BHD|BERHAD|ENTERPRISES?|TRADING|RESTAURANTS?|MARKETS?|MARTS?|STORES?|"
    r"HARDWARE|STATIONERY|BOOKS|CAFE|BAKERY|PHARMACY|GMBH|LTD|LIMITED|INC|LLC|SARL|S\.?A\.?|"
    r"PLT|CO\.)(?!\w)",
    re.IGNORECASE,
)
# A legal or business form alone on its line, under the name it ends: "SDN BHD", "(M) SDN
# BHD", "PTE LTD", and the sole proprietor's "ENTERPRISE" / "TRADING".
_ONLY_SUFFIX = re.compile(
    r"^\s*(SDN\.?\s*BHD\.?|BHD\.?|BERHAD|\(M\)\s*SDN\.?\s*BHD\.?|PTE\.?\s*LTD\.?|"
    r"ENTERPRISES?|TRADING)\s*$",
    re.IGNORECASE,
)
# A name line that opens with a legal form, "&", "AND", "CO." or "(M)" continues the line
# above: "POPULAR BOOK" over "CO. (M) SDN BHD". (Not "Co-Reg": a registration caption.)
_JOINER = re.compile(r"^\s*(?:&|AND\b|CO(?:\.|\s)|COMPANY\b|CORPORATION\b|\(M\))", re.IGNORECASE)
# A logo's monogram read as a word: two to four capitals.
_MONOGRAM = re.compile(r"[A-Z]{2,4}")
# "TOTAL RM : 436.00": a dot-matrix caption with its colon before the amount.
# "Ringgit Malaysia: Tujuh Ratus ..." spells the amount in the currency's name.
_RINGGIT = re.compile(r"\bRM\s?:?\s?\d|\(RM\)|\bRM\s*$|\bSDN\.?\s?BHD\b|\bRINGGIT\b", re.I)


def receipt_fields(lines: Sequence[Line]) -> dict[str, Value]:
    """Seller name and address, date and total of a receipt, as far as they can be found."""
    fields: dict[str, Value] = {}
    name_end, name = _seller_name(lines)
    address = seller_address(lines, name_end) if name is not None else None
    if name is None or not LEGAL_SUFFIX.search(name.text):
        # A logo and tagline at the top, the company with its address in the footer (the
        # address found under the logo may be the footer's).
        footer = _footer_company(lines, name_end + 1)
        if footer is not None and (address is None or address.text == footer[2].text):
            name_end, name, address = footer
        elif name is not None and (logo := registered_footer_name(lines, name_end + 1, name.text)):
            name = field_value(_clean_name(logo.text), logo.words)  # (receipt_footername.py)
        elif name is not None and (legal := legal_name_of_sign(lines, name_end + 1, name.text)):
            # The company's legal name under the sign or in the footer (receipt_signname.py).
            name = field_value(legal[1], legal[0].words[: len(legal[1].split())])
    if name is not None:
        fields["seller_name"] = name
        if address is not None:
            fields["seller_address"] = address
    found_date = receipt_date(lines)
    if found_date is not None:
        fields["invoice_date"] = found_date
    total = receipt_total(lines)
    if total is not None:
        fields["total_amount"] = total
    ringgit = next((line for line in lines if _RINGGIT.search(line.text)), None)
    if ringgit is not None:
        # "SDN BHD" is a Malaysian company suffix, not Bahraini dinars.
        fields["currency"] = field_value("MYR", ringgit.words)
    return fields


def _is_name_like(text: str) -> bool:
    """Mostly letters, not all lower case (handwriting), no contact or title words."""
    text = _clean_name(text)
    letters, digits = letter_count(text), sum(ch.isdigit() for ch in text)
    if letters < 3 or digits > letters / 3 or text == text.lower():
        return False
    if STOP.search(text) or is_registration(text) or PREAMBLE.search(text):
        return False
    if _BANNER.match(text) or _QUOTED.match(text) or _BUYER_CAPTION.match(text) or ornamented(text):
        return False
    if _FAREWELL.search(text):
        return False  # "GOODS SOLD ARE NOT RETURNABLE, THANK YOU" cut from the roll above
    if is_practitioner(text):
        return False  # the clinic's doctor under the clinic's name
    # Handwriting and smudges read as words ("T wu ont"): a name capitalises some word.
    long_words = [w for w in text.split() if sum(ch.isalpha() for ch in w) >= 2]
    if long_words and not any(w[:1].isupper() for w in long_words):
        return False
    # Town words ("JAYA") appear in shop names too; a house number makes it an address.
    return not starts_address(text) or bool(_COMPANY_SUFFIX.search(text))


def _header_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines above the first date, title or item line: where seller details live."""
    header: list[Line] = []
    for line in lines[:16]:
        if find_date(line.text) is not None or TITLE.search(line.text):
            if any(_is_name_like(seen.text) for seen in header):
                break
            named = without_title_cell(line) if not header else None
            if named is not None and _is_name_like(named.text):
                header.append(named)  # "PERNIAGAAN ... SRI TANJUNG   INVOICE": a form's head
            continue  # a title printed above the seller's name
        named = without_title_cell(line) if not header else None
        if named is not None and _is_name_like(named.text):
            # "SYARIKAT ... SDN BHD      CASH BILL", "PUSAT TUISYEN ...      RESIT RASMI": a
            # pre-printed form's head, its title in a cell of its own at the right.
            line = named
        header.append(line)
    return header


def _seller_name(lines: Sequence[Line]) -> tuple[int, Value | None]:
    """(index of the name's last line, the name): first name-like header line(s)."""
    header = _header_lines(lines)
    candidates = [
        i
        for i, line in enumerate(header)
        if _is_name_like(line.text) or numbered_shop_name(header, i)
    ]
    if not candidates:
        return -1, None
    chosen, registered = _name_line(header, candidates)
    if priced_row(header[chosen].text):
        return -1, None  # an item or totals row: no name is better (receipt_numbered_name.py)
    header[chosen] = _without_monogram(header, chosen)
    words, end = _name_words(header, chosen, registered)
    below = heading_spelled_below(header, chosen)  # "FRISCH" / "MARKT" over "Frisch Markt"
    if below is not None and below > end:
        words, end = list(header[below].words), below
    text = _mended_name(_clean_name(" ".join(w.text for w in words)))
    # The header skips titles above the name: count the name's line among all lines.
    last = header[end].words[-1]
    position = next(i for i, ln in enumerate(lines) if any(w is last for w in ln.words))
    return position, field_value(text, words)


def _name_line(header: list[Line], candidates: list[int]) -> tuple[int, bool]:
    """The header line naming the company, and whether a registration row named it."""
    # A logo's words may come first: a later line naming a company (SDN BHD...) before the
    # address wins over them.
    first_address = next(
        (
            i
            for i, ln in enumerate(header)
            # "Becon Enterprise Sdn Bhd (82256-V)": a company and its number, no address;
            # "STESEN MINYAK SRI 8 JAYA ENTERPRISE" (a town word and a figure): a trade name.
            if starts_address(ln.text) and i > candidates[0] and not _company_row(ln.text)
        ),
        len(header),
    )
    # A legal form ("SDN BHD", "GmbH") names the company; a trade word ("RESTAURANT") only
    # the shop, which the company's line under it outranks.
    trade: int | None = None
    for index in range(candidates[0], first_address):
        previous = header[index - 1].text if index > 0 else ""
        # "DOBI BERSIH EXPRESS" over "ENTERPRISE (KT0198234-A)": the form and its number.
        if _ONLY_SUFFIX.match(_clean_name(header[index].text)) and letter_count(previous) >= 3:
            return index - 1, False
        # "HARDWARE & ELECTRICAL" under "SYARIKAT PERNIAGAAN ...": what the shop sells.
        if index - 1 in candidates and trade_line_under_name(header[index - 1], header[index]):
            trade = index - 1 if trade is None else trade
            continue
        # "provozovatel: Lípa Gastro s.r.o." under the shop's name and address: the company
        # running the shop, printed after the address; the shop's name stays the name.
        operator = _OPERATOR_CAPTION.match(header[index].text.strip()) is not None
        if (
            index in candidates
            and not operator
            and (
                LEGAL_SUFFIX.search(header[index].text)
                or _OWN_REGISTRATION.search(header[index].text)
            )
        ):
            # A legal form, or the business registration printed after the name ("KEDAI
            # MAKANAN AH FOOK (JM0678123-P)" under the food court's "MEDAN SELERA - STALL 08").
            return index, False
        if index in candidates and _registered_row(header, index, first_address):
            return index, True
        if index in candidates and trade is None and _COMPANY_SUFFIX.search(header[index].text):
            trade = index
    return (trade if trade is not None else candidates[0]), False


def _name_words(header: list[Line], chosen: int, registered: bool) -> tuple[list[Word], int]:
    """The name's words on its line and the lines it wraps to, and its last line's index."""
    words = without_debris(header[chosen])
    above = header[chosen - 1].text if chosen > 0 else ""
    name_text = _clean_name(header[chosen].text)
    # "KENANGA STATIONERY &" over "BOOK SUPPLY (002345678-K)": a line ending in "&" goes on.
    # A row that names its own business ("KEMBARA JAYA PETROLEUM ENTERPRISE") takes no
    # station or branch line above it.
    if (
        _continues(header[chosen].text)
        or re.search(r"(&|\bAND|\bDAN)\s*$", above)  # Malay "dan": and
        or _wrapped_name(header, chosen)
        or _trade_row_over_company(header, chosen)
        # "CAHAYA MATA" over "OPTOMETRY SDN BHD": the row names the trade, not the shop.
        or (chosen > 0 and ends_name_above(header[chosen - 1], header[chosen], name_text))
        or (
            registered
            and stacked(header[chosen - 1], header[chosen])
            and not names_itself(_clean_name(header[chosen].text))
        )
    ) and _is_name_like(above):
        words = list(header[chosen - 1].words) + words
    following = header[chosen + 1] if chosen + 1 < len(header) else None
    if following is not None and (
        _ONLY_SUFFIX.match(_clean_name(following.text))
        or partners_under_form(header[chosen].text, following.text)  # (receipt_legalform.py)
        or (
            (
                header[chosen].text.rstrip().endswith(("&", "-", "AND", " DAN"))
                or _continues(following.text)
            )
            and _is_name_like(following.text)
        )
    ):
        return words + following.words, chosen + 1
    if _name_under(header, chosen):
        return words + header[chosen + 1].words, chosen + 1
    # A name wrapped over two centred rows of one print above the street (centredname.py).
    if following is not None and _is_name_like(following.text) and name_runs_on(header, chosen):
        return words + following.words, chosen + 1
    return words, chosen


def _mended_name(text: str) -> str:
    """OCR's usual slips in a shop's name, mended."""
    # OCR reads O as 0 in capitals ("BL00MING PETALS FL0RIST"): a word of letters has no 0.
    text = re.sub(r"\b(?=[A-Z0]*[A-Z][A-Z0]*[A-Z])[A-Z0]*0[A-Z0]*\b", _zeros_as_o, text)
    # OCR reads "&" as S or 8: "FSB" before a legal form is "F&B" (food and beverage).
    return re.sub(r"\bF[S8]B(?=\s+(?:SDN|BHD|S/B|PTE|LTD|\(M\)))", "F&B", text)


def _company_row(text: str) -> bool:
    """A row ending in a legal form, or a name-like row with a trade word: no address."""
    return bool(LEGAL_SUFFIX.search(text)) or (
        bool(_COMPANY_SUFFIX.search(text)) and _is_name_like(text)
    )


def _without_monogram(header: Sequence[Line], chosen: int) -> Line:
    """The name's row without a logo's monogram in its own cell at its left: "PS" (in a
    round badge) before "CENTRE SDN. BHD." under "PUTRA SPEED AUTO SERVICE", its letters
    the initials of the name's words in order."""
    line = header[chosen]
    cells = line.cells
    if chosen == 0 or len(cells) < 2 or not _MONOGRAM.fullmatch(cells[0].text.strip()):
        return line
    rest = " ".join(cell.text for cell in cells[1:])
    if not LEGAL_SUFFIX.search(rest):
        return line
    name = f"{header[chosen - 1].text} {rest}".upper()
    initials = "".join(word[0] for word in re.findall(r"[^\W\d]+", name))
    if not re.search(".*".join(cells[0].text.strip()), initials):
        return line
    return Line(line.page, [w for cell in cells[1:] for w in cell.words], cells[1:])


def _footer_company(lines: Sequence[Line], start: int) -> tuple[int, Value, Value] | None:
    """(index, name, address) of a company line with a legal form ("... SDN BHD") printed
    below the header with its address under it: the seller's block in a receipt's footer."""
    for index in range(max(start, 0), len(lines)):
        text = _clean_name(lines[index].text)
        if not LEGAL_SUFFIX.search(text) or not _is_name_like(text):
            continue
        if re.search(r"\b(BY|OLEH|FOR|UNTUK)\b", text, re.IGNORECASE):
            continue  # "Fuel supplied by ... SDN BHD": a supplier, not the seller
        address = seller_address(lines, index)
        if address is not None:
            return index, field_value(text, lines[index].words), address
    return None


def _wrapped_name(header: Sequence[Line], chosen: int) -> bool:
    """A short company line ("SEAFOOD SDN BHD") right under a line in the same print that
    shares none of its words: one name wrapped over two rows (of a box), not a logo above."""
    if chosen == 0:
        return False
    upper, lower = header[chosen - 1], header[chosen]
    suffix = LEGAL_SUFFIX.search(lower.text)
    if suffix is None or LEGAL_SUFFIX.search(upper.text):
        return False
    before = re.findall(r"[^\W\d]{2,}", lower.text[: suffix.start()].upper())
    if not 1 <= len(before) <= 2:
        return False
    # "IPOH CARE" (in larger print) over "PHARMACY SDN BHD": trade nouns and a legal form
    # name no company; set tight under the row above, they end its name.
    if generic_name(lower.text[: suffix.start()]) and stacked(upper, lower):
        return True
    same_print = abs(upper.height - lower.height) <= 0.15 * max(upper.height, lower.height)
    close = lower.y0 - upper.y1 < lower.height
    shared = set(before) & set(re.findall(r"[^\W\d]{2,}", upper.text.upper()))
    # The first row of a wrapped name is the longer one; a brand above is shorter.
    longer = width(upper) > width(lower)
    return same_print and close and longer and not shared


# Malay business-type words that open a company's name: "RESTORAN ...", "PERNIAGAAN ...",
# "SYARIKAT ...", "KEDAI ..." (shop), "PUSAT ..." (centre), "KILANG ..." (factory).
_MALAY_TRADE_START = re.compile(
    r"^\W*(?:RESTORAN|PERNIAGAAN|SYARIKAT|KEDAI|PUSAT|KILANG|LADANG|GERAI)\b", re.IGNORECASE
)


def _trade_row_over_company(header: Sequence[Line], chosen: int) -> bool:
    """A row opening with a Malay business word ("RESTORAN NASI KANDAR") set tight over a
    row in the same print ending in the legal form ("SRI PINANG MAJU SDN BHD"): one name
    too long for the paper, wrapped over two centred rows."""
    if chosen == 0:
        return False
    upper, lower = header[chosen - 1], header[chosen]
    if not _MALAY_TRADE_START.match(upper.text) or LEGAL_SUFFIX.search(upper.text):
        return False
    same_print = abs(upper.height - lower.height) <= 0.2 * max(upper.height, lower.height)
    return same_print and bool(LEGAL_SUFFIX.search(lower.text)) and stacked(upper, lower)


def _registered_row(header: Sequence[Line], index: int, first_address: int) -> bool:
    """The name's last row, over its registration number alone on the next line before the
    address ("(NS0117843-U)", "Company No. 1158736-W"), under a logo or trade line with its
    words ("HONG SENG" over "KEDAI ROTI HONG SENG"), under the name's first row, set tight, or
    under a brand set apart in its logo box."""
    if index == 0 or index + 1 >= first_address:
        return False
    text = header[index + 1].text
    if not is_registration(text) or is_address_like(text):
        return False
    if not re.search(r"\d{4,}\s?-?\s?[A-Z]\b", text):
        return False  # a till code ("3180404"), no number with its check letter
    upper, lower = header[index - 1], header[index]
    if (
        not _is_name_like(upper.text)
        and index + 2 < len(header)
        and starts_address(header[index + 2].text)
    ):
        # Alone over its number and the address, under a note or a code: the seller's row.
        return True
    repeated = set(re.findall(r"[^\W\d]{2,}", upper.text.upper())) & set(
        re.findall(r"[^\W\d]{2,}", lower.text.upper())
    )
    # A logo box keeps a margin round its brand ("PETROVAL" over the dealer's "ANEKA JAYA
    # SERVICE STATION"), wider than the block's own leading (name over number): the number
    # registers the row under the brand, which is no part of the name.
    number = header[index + 1]
    leading = number.y0 - lower.y1
    set_apart = lower.y0 - upper.y1 - leading > 0.5 * lower.height
    return bool(repeated) or stacked(upper, lower) or set_apart


def _name_under(header: Sequence[Line], chosen: int) -> bool:
    """The shop's own name in larger print, centred right under a trade line: one name
    ("PUSAT FOTOSTAT & PERCETAKAN" over a taller "SINAR"; "RESTORAN NASI KANDAR" over a
    double-width "SRI PINANG")."""
    if chosen + 1 >= len(header):
        return False
    upper, lower = header[chosen], header[chosen + 1]
    if LEGAL_SUFFIX.search(upper.text):
        return False
    text = lower.text
    if any(ch.isdigit() for ch in text) or STATE_LINE.match(text) or not _is_name_like(text):
        return False
    trade_line = bool(re.search(r"\w\s*(?:&|\bAND\b)\s*\w", upper.text))
    return larger_under(upper, lower, trade_line=trade_line) or (
        trade_line and _flush_left_larger(upper, lower)
    )


def _flush_left_larger(upper: Line, lower: Line) -> bool:
    """A letterhead set flush left: the owner's name in larger print right under the trade
    line, on its left edge ("KEDAI TAYAR & SERVIS" over a bigger "HENG HUAT")."""
    left_upper = min(w.box.x0 for w in upper.words)
    left_lower = min(w.box.x0 for w in lower.words)
    # A photo's tilted boxes blur the heights; the width per letter still tells the size.
    pitch_upper = width(upper) / max(sum(not ch.isspace() for ch in upper.text), 1)
    pitch_lower = width(lower) / max(sum(not ch.isspace() for ch in lower.text), 1)
    return (
        (lower.height >= 1.25 * upper.height or pitch_lower >= 1.3 * pitch_upper)
        and lower.y0 - upper.y1 < 0.5 * lower.height
        and abs(left_upper - left_lower) <= 0.5 * upper.height
    )


def _continues(text: str) -> bool:
    # "SARL LES VOILES": a French company's form first, its name after (receipt_legalform.py).
    form = LEGAL_SUFFIX.match(text.lstrip()) and not form_opens_name(text)
    return bool(_JOINER.match(text) or form)


# The caption of the company that runs the shop, before its name: cs "provozovatel", sk
# "prevádzkovateľ", de "Betreiber(in)", fr "exploitant", "exploité par", en "operated by",
# it "gestore", es "explotado por".
_OPERATOR_CAPTION = re.compile(
    r"^(?:provozovatel|prev[áa]dzkovate[lľ]|betreiber(?:in)?|exploitant|exploit[ée]e? par"
    r"|operated by|operator|gestore|explotado por)\b\s*:?\s*",
    re.IGNORECASE,
)


def _clean_name(text: str) -> str:
    # A registration number printed after the name is not part of it, nor a branch code
    # after that number ("S/B 273500-U (GKJ)").
    text = re.sub(r"\s+\(?\b\d{4,}-?[A-Z]?\)?\s*\([A-Z]{2,5}\)\s*$", "", text)
    text = re.sub(r"\s*\([^()]*\d[^()]*\)?\s*$", "", text)
    text = re.sub(r"\s*\(?\b\d{4,}-?[A-Z]?\)?\s*$", "", text)
    text = re.sub(
        r"\bS[O0D]N\.?\s?(?:BHD|[B8]?[A-Z]?[DO0])\b", "SDN BHD", text, flags=re.IGNORECASE
    )
    text = re.sub(r"^#\d+\s+", "", text)  # "#000002 BAIFU (M) Sdn Bhd": a till's code first
    text = _OPERATOR_CAPTION.sub("", text)  # "Betreiber: Café Roth GmbH": the company itself
    text = without_owner_caption(text)  # "Inh. Jonas Petersen e.K.": the owner's caption
    text = re.sub(r"(?<=\w)[·•](?=\w)", " ", text)  # a speck read between two words
    return re.sub(r"\s+", " ", text).strip(" ,:;")


def _zeros_as_o(match: re.Match[str]) -> str:
    return match.group(0).replace("0", "O")


def with_receipt_fields(
    pages: Sequence[PageText], lines: Sequence[Line], fields: dict[str, Value]
) -> dict[str, Value]:
    """`fields`, with the receipt rules' values taking over when the pages are a receipt."""
    if not looks_like_receipt(pages, lines):
        return fields
    receipt = main_receipt(lines)
    found = without_buyer_block(receipt, receipt_fields(receipt))  # (receipt_buyerblock.py)
    found = with_wordmark_seller(receipt, found, fields)  # an app store's (receipt_platform.py)
    general_number = fields.get("invoice_number")
    if (general_number is None or foreign_number(receipt, general_number)) and (
        number := receipt_number(receipt)
    ) is not None:
        # A card terminal's "INVOICE: 000456" under the till's receipt is the terminal's
        # counter: the receipt's own number wins over it.
        found["invoice_number"] = number
    general = fields.get("total_amount")
    mine = found.get("total_amount")
    # Same amount with a sign (credit note): the general reader understood the sign.
    if (
        general is not None
        and mine is not None
        and isinstance(general.value, (int, float))
        and abs(abs(float(general.value)) - float(str(mine.value))) < 0.005
    ):
        found["total_amount"] = general
    merged = {**fields, **found}
    number = merged.get("invoice_number")
    if number is not None and isinstance(number.value, str):
        # "C500098417": the S of a cash sale's "CS" prefix read as 5 on faint print.
        mended = mended_number(number.value)
        if mended != number.value:
            merged["invoice_number"] = replace(number, value=mended, text=mended)
    derived = merged.get("net_amount")
    if (
        derived is not None
        and not derived.text
        and general is not None
        and merged["total_amount"] is not general
        and derived.value == general.value
    ):
        # A net the general reader worked out from its own total (no tax read), which the
        # receipt's total replaced: it is no net of this receipt.
        del merged["net_amount"]
    due = fields.get("amount_due")
    if (
        general is not None
        and mine is not None
        and due is not None
        and due.boxes == general.boxes
        and merged["total_amount"] is mine
    ):
        # The general reader's due amount was its total (a tax summary's column): the
        # receipt's total replaces both.
        merged["amount_due"] = mine
    # "NET TOTAL" on a till is the amount to pay, not the amount before tax.
    merged = without_net_total(receipt, merged)
    merged = with_receipt_tax(receipt, with_receipt_parties(receipt, merged))
    # A subtotal equal to the total beside a tax found only now: the prices include the tax.
    merged = without_net_total(receipt, merged)
    # A GST summary's rows: the base after discounts and service charges, and its tax.
    merged = with_service_charge(receipt, with_summary(receipt, merged))
    # A VAT table's rate rows with no sum row, or a paragon's "Podatek PTU" (receipt_raterows.py).
    merged = with_rate_rows(receipt, merged)
    # A digit OCR slipped in the net or the tax, mended by the printed rate (rateslips.py),
    # or in the balance after a deposit, mended by the total (receipt_balance.py).
    # A zero read as 8 in the payable or the net, mended by the block's sums (receipt_chain.py).
    merged = rate_checked(receipt, with_total_chain(receipt, merged))
    merged = with_mended_balance(receipt, merged)
    net, total = merged.get("net_amount"), merged.get("total_amount")
    if (
        net is not None
        and not net.text
        and total is not None
        and "tax_amount" not in merged
        and net.value == total.value
    ):
        # Only a total printed, no tax: the net is not on the page (not the total's copy).
        del merged["net_amount"]
    # The sum charged with a tip taken at the terminal is what was paid (tipcharged.py).
    return with_tip_charged_due(receipt, with_total_due(receipt, merged))  # receipt_due.py
