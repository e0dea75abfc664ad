"""Whose VAT ID is it: the seller's, not the one in the buyer's address block.

B2B invoices in the EU print both parties' IDs, often under the same caption ("VAT No."),
and many letterheads and footers print the seller's without any caption ("... · CHE-418.739.265
MWST · ...", "office@... | ATU64138720 | IBAN ..."). A captioned ID that stands in the buyer's
block is the buyer's, as is one in the buyer's section of a caption | value listing (an
e-invoice visualisation's "Käufer" / "USt-IdNr.: | DE..."); the seller's is then another
captioned one, or one printed bare elsewhere whose checksum holds.
"""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.captionbesideids import caption_beside_party
from facturist.engine.column_captions import names_item_columns
from facturist.engine.headedcolumns import headed_column_party
from facturist.engine.holderline import on_holder_line
from facturist.engine.labels import BUYER_SECTION, SELLER_SECTION
from facturist.engine.layout import (
    Cell,
    Line,
    captioned_cell,
    cell_holding,
    column_below,
    line_holding,
)
from facturist.engine.model import Box, Value
from facturist.engine.namecopies import name_copies
from facturist.engine.parse.ids import find_vat_ids, is_valid_vat_id, normalize_vat_id
from facturist.engine.recipientcaptioned import recipient_captioned

# A digit, of those `find_vat_ids` reads: every ID it finds is a country's capitals and then
# capitals and ASCII digits, at least one a digit (parse/ids.py), and upper-casing makes no
# digit; text without one holds no ID, and the long scan is spared.
_ASCII_DIGIT = re.compile(r"[0-9]")
# Punctuation at a word's ends ("N° TVA :FR29412739500,"): no piece of the ID.
_END_MARKS = re.compile(r"^[:;,()\[\]]+|[:;,()\[\]]+$")


def may_hold_vat_id(text: str) -> bool:
    """False only for text in which `find_vat_ids` (of its upper case) finds no ID."""
    return _ASCII_DIGIT.search(text) is not None


def seller_vat_id(
    candidates: list[Candidate],
    best: Candidate | None,
    buyer: Value | None,
    lines: list[Line],
) -> Value | None:
    """The seller's VAT ID: the best captioned one unless it is the buyer's, else a bare one;
    a national number ("Y-tunnus 3104598-1") in the form the page prints as a VAT ID."""
    found = _seller_vat_id(candidates, best, buyer, lines)
    return _as_printed_vat_id(found, lines) if found is not None else None


def _as_printed_vat_id(value: Value, lines: list[Line]) -> Value:
    """The VAT ID printed elsewhere with a plain national number's digits ("FI31045981" for
    the business ID "3104598-1", "DK35618422" for "CVR-nr. 35618422"), else the number."""
    text = str(value.value)
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return value
    # Spain's "CIF: B12448767" beside "NIF-IVA intracomunitario: ESB12448767": a national
    # number with letters is the VAT ID's body after its country code.
    body_of = _lettered_body(text)
    if body_of is None and any(ch.isalpha() for ch in text):
        return value
    for line in lines:
        if not may_hold_vat_id(line.text):
            continue
        for vat_id in find_vat_ids(line.text.upper()):
            if body_of is not None:
                same = vat_id[2:] == body_of
            else:
                same = "".join(ch for ch in vat_id if ch.isdigit()) == digits
            # A country whose checksum is unknown (Slovakia's "IČ DPH: SK..." under "DIČ:")
            # counts: the same digits under their country code are the VAT ID.
            if same and vat_id[:2].isalpha() and is_valid_vat_id(vat_id) is not False:
                words = [w for w in line.words if _part_of(w.text, vat_id)]
                boxes = tuple(w.box for w in words) or value.boxes
                return Value(vat_id, " ".join(w.text for w in words), boxes, value.confidence)
    return value


def _lettered_body(text: str) -> str | None:
    """A national number with a letter in it and no country code of its own ("B12448767"),
    compacted; None for digits alone or a full VAT ID."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    if not any(ch.isalpha() for ch in compact) or len(compact) < 8:
        return None
    if compact[:2].isalpha() and is_valid_vat_id(compact) is not False:
        return None
    return compact


def _seller_vat_id(
    candidates: list[Candidate],
    best: Candidate | None,
    buyer: Value | None,
    lines: list[Line],
) -> Value | None:
    if best is not None and not is_buyers(best.value, buyer, lines):
        return best.value
    others = [
        c
        for c in candidates
        if c.key == "seller_vat_id"
        and (best is None or c.value.value != best.value.value)
        and not is_buyers(c.value, buyer, lines)
    ]
    if others:
        return min(others, key=lambda c: (c.rank, c.order)).value
    bare = _bare_vat_id(lines, buyer, str(best.value.value) if best is not None else None)
    if bare is not None:
        return bare
    # The only captioned ID is the buyer's: no seller ID is better than the wrong one.
    if best is not None and (buyer is not None or _in_buyer_listing(best.value, lines)):
        return None
    return best.value if best else None


def is_buyers(value: Value, buyer: Value | None, lines: list[Line]) -> bool:
    """Whether a captioned ID is the buyer's: in its name's block, or its section's listing,
    or the column its section's caption heads."""
    party = (
        possessive_party(value, lines)
        or _listing_party(value, lines)
        or _caption_party(value, lines)
        or headed_column_party(value, lines)
        or caption_beside_party(value, lines, _party_of)  # captionbesideids.py
    )
    if party is not None:
        # The section's caption decides, whoever the names were taken for ("Verkäufer" /
        # "Umsatzsteuer-ID: | DE..." stays the seller's if its name was read as the buyer;
        # so does "VAT Number: GB ..." in the column WHMCS's "Pay To" heads).
        return party == "buyer"
    # "Titular: Javier Moreno Salinas · NIF: 47382915V": the customer's line (holderline.py).
    # Any copy of the buyer's name heads its block: the window's and the QR slip's
    # (namecopies.py).
    return on_holder_line(value, lines) or any(
        in_block(value, head, lines) or _set_off_under(value, head, lines)
        for head in name_copies(buyer, lines)
    )


# How far (the block's tallest line heights) below the buyer's address its ID may stand.
_SET_OFF = 2.5


def _set_off_under(value: Value, head: Value, lines: list[Line]) -> bool:
    """Whether the ID's line is the next in the buyer's column after its address block, set
    off by a blank line, with nothing at its right but the column of details running beside
    the block: an envelope window's last line ("Kuipers NV" / street / town / "" / "BTW BE
    0792.615.407"), "USt-IdNr.: DE... | Zahlungsbedingung | 30 Tage netto")."""
    if not value.boxes or not head.boxes:
        return False
    top = head.boxes[0]
    start = line_holding(lines, top)
    if start is None:
        return False
    bottom, height = lines[start].y1, lines[start].height
    beside: set[int] = set()  # left edges (rounded) of the cells right of the block's lines
    for line, cell in [(lines[start], None), *column_below(lines, start, top.x0, tolerance=3)]:
        bottom, height = line.y1, max(height, line.height)
        beside.update(round(c.x0) for c in line.cells if c is not cell and c.x0 > top.x0 + 3)
    index = line_holding(lines, value.boxes[0])
    if index is None or index <= start:
        return False
    line = lines[index]
    cell = next((c for c in line.cells if value.boxes[0] in c.boxes), None)
    return (
        cell is not None
        and abs(cell.x0 - top.x0) <= 3
        and 0 < line.y0 - bottom <= _SET_OFF * max(line.height, height)
        and all(_in_column_beside(c, cell, beside) for c in line.cells if c is not cell)
    )


def _in_column_beside(other: Cell, cell: Cell, beside: set[int]) -> bool:
    """Whether a cell in the ID's row stands clear of the buyer's column: left of it, or
    right of the ID in a column that also runs beside the address block's lines."""
    if other.x1 <= cell.x0:
        return True
    return other.x0 > cell.x1 and any(abs(other.x0 - x) <= 3 for x in beside)


# A letter addresses its reader: "Ihre USt-IdNr." / "Your VAT No." is the buyer's ID,
# "Unsere USt-IdNr." / "Our VAT No." the seller's own (German, English, French, Dutch,
# Spanish, Italian possessives). Nordic: da "Jeres" / da, no "Deres" / sv "Er", "Ert" (your)
# and da "Vores", no, sv "Vår", "Vårt" (our); Finnish names the buyer in the genitive:
# "Tilaajan" (the orderer's), "Asiakkaan" (the customer's), "Ostajan" (the buyer's).
# Portuguese "Vosso/Vossa", "Nosso/Nossa", and the letter's abbreviations "V/" (yours) and
# "N/" (ours) of Portugal and Spain ("V/ N.º Contribuinte", "N/ Ref."); Italy's "Vs." (vostro)
# and "Ns." (nostro) before a word ("Vs. n. IVA", "Ns. P.IVA").
POSSESSIVE = re.compile(
    r"^(?:(?P<buyer>ihre?|your|votre|uw|su|vostr[oa]|voss[oa]|jeres|deres|ert?|tilaajan"
    r"|asiakkaan|ostajan|v/(?=\s?[^\W\d_])|vs\.(?=\s?[^\W\d_]|$))|(?P<seller>unsere?|our"
    r"|notre|onze|nuestr[oa]|nostr[oa]|noss[oa]|vores|vårt?|n/(?=\s)|ns\.(?=\s?[^\W\d_]|$)))"
    r"(?:\b|(?<=[/.]))",
    re.IGNORECASE,
)


def possessive_party(value: Value, lines: list[Line]) -> str | None:
    """ "buyer" or "seller" when the ID's caption in its row opens with a possessive."""
    if not value.boxes:
        return None
    held = cell_holding(lines, value.boxes[0])
    if held is None:
        return None
    index, position = held
    cells = lines[index].cells
    cell = cells[position]
    if position and (
        all(box in value.boxes for box in cell.boxes) or cell.boxes[0] == value.boxes[0]
    ):
        # "Unsere USt-IdNr.: | DE...", "Vs. n. IVA | CHE-... MWST": the caption's cell
        cell = cells[position - 1]
    match = POSSESSIVE.match(cell.text.strip())
    if match is None or _other_phrase(cell.text.strip(), value.text):
        return None
    return "buyer" if match.group("buyer") else "seller"


# The marks that part a subject line's phrases ("Ihre Offerte vom 06.03.2024 / MWST-Nr. ...").
_PHRASE_MARK = re.compile(r"\s/\s|[·|;]")


def _other_phrase(text: str, vat_id: str) -> bool:
    """Whether the possessive opens a phrase of its own, a mark away from the ID and holding
    a figure ("Ihre Offerte vom 06.03.2024 / MWST-Nr. CHE-..."): it names the reader's
    offer or order, not whose the ID is."""
    at = text.find(vat_id) if vat_id else -1
    pieces = _PHRASE_MARK.split(text[:at] if at > 0 else text)
    return len(pieces) > 1 and any(ch.isdigit() for ch in pieces[0])


# How far (points) a section caption's left edge may stand from the column it heads, and
# how many lines above the ID it may stand.
_ALIGNED = 6.0
_SECTION_LINES = 15


def _caption_party(value: Value, lines: list[Line]) -> str | None:
    """ "buyer" or "seller" when an ID stands in the column a party's section caption heads:
    "Käufer | Verkäufer" over two caption | value listings, "Client" over the right-hand
    block, "Factuur aan" over the address and its "BTW-nummer afnemer". The caption stands
    alone in its column, left-aligned with the ID's caption, with the column's lines close
    under it."""
    found = captioned_cell(lines, value.boxes)  # "N° TVA | FR46791344021": the caption's cell
    if found is None:
        return None
    index, cell, own = found
    row = lines[index]
    anchor, last = cell.x0, row
    for above in reversed(lines[max(0, index - _SECTION_LINES) : index]):
        if above.page != row.page or last.y0 - above.y1 > 3 * max(above.height, last.height):
            break
        if names_item_columns(above):
            break  # the item table stands between: the ID is under it, out of the section
        aligned = [i for i, c in enumerate(above.cells) if abs(c.x0 - anchor) <= _ALIGNED]
        if not aligned:
            continue
        last = above
        party = _section_caption(above, aligned[0])
        if party is not None:
            return party
    return _right_caption_party(lines, index, own)


def _right_caption_party(lines: list[Line], index: int, cell: Cell) -> str | None:
    """ "buyer" or "seller" when the ID ends a block set flush right under its section's
    caption: a marketplace's "Sold By : | Billing Address :" over two blocks, the right one
    right-aligned, each with its "GST Registration No". Every line up to the caption ends
    at the ID's right edge; a line reaching into the column otherwise ends the block."""
    row, edge = lines[index], cell.x1
    last, block = row, 0
    for above in reversed(lines[max(0, index - _SECTION_LINES) : index]):
        if above.page != row.page or last.y0 - above.y1 > 3 * max(above.height, last.height):
            return None
        aligned = [i for i, c in enumerate(above.cells) if abs(c.x1 - edge) <= _ALIGNED]
        if not aligned:
            if any(c.x0 < edge and c.x1 > cell.x0 for c in above.cells):
                return None  # a line running across the column: no flush-right block
            continue
        last = above
        party = _section_caption(above, aligned[0])
        if party is not None:
            return party if block >= 2 else None
        block += 1
    return None


# A caption's bracketed gloss at its end ("(fornitore)", "(cliente)").
_GLOSS = re.compile(r"\s*\([^\W\d_]{3,20}\)$")


def _section_caption(line: Line, position: int) -> str | None:
    """ "buyer" or "seller" when a line's cell is a party's section caption: the caption
    alone, and nothing but other section captions beside it ("Vendeur | Acheteur")."""
    parties = [_party_of(cell.text) for cell in line.cells]
    if parties[position] is not None and {"buyer", "seller"} <= set(parties):
        # A viewer's three-box overview heads "Käufer | Verkäufer | Rechnungsdaten": a row
        # naming both parties' boxes is a row of section heads, whatever else it titles.
        return parties[position]
    if parties[position] is None or None in parties[position + 1 : position + 2]:
        return None  # "Kunde: | 12345": a caption | value row, no section
    return parties[position]


def _party_of(text: str) -> str | None:
    caption = text.strip().rstrip(":").rstrip()
    # Italy's e-invoice copy glosses its captions: "Cessionario/committente (cliente)".
    caption = _GLOSS.sub("", caption)
    for party, pattern in (("buyer", BUYER_SECTION), ("seller", SELLER_SECTION)):
        match = pattern.match(caption)
        if match is not None and match.end() >= len(caption):
            return party
    return None


def _section_of(text: str) -> str | None:
    """The party a section caption opens ("Käufer/Leistungsempfänger", "Verkäufer")."""
    if BUYER_SECTION.match(text) is not None:
        return "buyer"
    return "seller" if SELLER_SECTION.match(text) is not None else None


def _in_buyer_listing(value: Value, lines: list[Line]) -> bool:
    """Whether a value stands in a caption | value listing under the buyer's section caption
    ("Käufer" / "Nummer: | 40077" / "USt-IdNr.: | DE..."), wherever its name was found."""
    return _listing_party(value, lines) == "buyer"


def _listing_party(value: Value, lines: list[Line]) -> str | None:
    """ "buyer" or "seller" when a value stands in a caption | value listing under a party's
    section caption ("Käufer" / "USt-IdNr.: | DE...", "Verkäufer" / ...), else None."""
    if not value.boxes:
        return None
    box = value.boxes[0]
    index = line_holding(lines, box)
    if index is None:
        return None
    row = lines[index]
    if len(row.cells) < 2 or box not in row.cells[1].boxes or not row.cells[0].text.endswith(":"):
        return None
    caption_x, value_x = row.cells[0].x0, row.cells[1].x0
    below = row
    for above in reversed(lines[max(0, index - 12) : index]):
        if above.page != row.page or below.y0 - above.y1 > 2.5 * max(above.height, below.height):
            return None
        first = above.cells[0]
        if abs(first.x0 - caption_x) < 4 and len(above.cells) == 1:
            return _section_of(first.text)  # the section's own caption
        listed = abs(first.x0 - caption_x) < 4 and first.text.rstrip().endswith(":")
        if not listed and abs(first.x0 - value_x) >= 4:
            return None  # no row of the listing: the section has no caption
        below = above
    return None


def in_block(value: Value, head: Value, lines: list[Line] | None = None) -> bool:
    """Whether a value stands in the address block a party's name heads (just under it).

    With the page's lines the block runs down the name's column while its lines follow each
    other closely; without them, up to ten name heights below the name.
    """
    if not value.boxes or not head.boxes:
        return False
    box, top = value.boxes[0], head.boxes[0]
    if box.page != top.page or not top.x0 - 12 <= box.x0 <= top.x0 + 200:
        return False
    bottom = _block_bottom(lines, top) if lines else None
    if bottom is None:
        # Name, contact, street, town, country, then the ID: six lines, ~1.4 heights apart.
        bottom = top.y0 + 10 * max(top.y1 - top.y0, 1.0)
    return top.y0 < box.y0 < bottom


def _block_bottom(lines: list[Line], top: Box) -> float | None:
    """The lower edge of the block of lines in `top`'s column that starts with `top`'s line."""
    start = next(
        (i for i, ln in enumerate(lines) if ln.page == top.page and ln.y0 <= top.y0 + 1 < ln.y1),
        None,
    )
    if start is None:
        return None
    bottom = lines[start].y1
    for line, _cell in column_below(lines, start, top.x0, tolerance=12):
        bottom = line.y1
    return bottom


def _bare_vat_id(lines: list[Line], buyer: Value | None, buyers: str | None) -> Value | None:
    """The first uncaptioned VAT ID with a valid checksum outside the buyer's block."""
    for line in lines:
        if not may_hold_vat_id(line.text):
            continue
        for vat_id in find_vat_ids(line.text.upper()):
            if vat_id == buyers or is_valid_vat_id(vat_id) is not True:
                continue  # without a checksum a bare code could be anything
            words = [w for w in line.words if _part_of(w.text, vat_id)]
            if not words:
                continue
            value = Value(vat_id, " ".join(w.text for w in words), tuple(w.box for w in words), 0.6)
            if buyer is not None and in_block(value, buyer, lines):
                continue
            if possessive_party(value, lines) == "buyer":
                continue  # "Ihre USt-IdNr. | DE…": the caption was dropped as the reader's
            if recipient_captioned(value, lines):
                continue  # "N. IVA cliente: CHE-…" (recipientcaptioned.py)
            return value
    return None


def _part_of(text: str, vat_id: str) -> bool:
    """Whether a word is a piece of the printed ID ("CHE-418.739.265", "DE 123 456 789"); a
    scan glues the caption's colon and the next comma to it (":FR29412739500,")."""
    piece = _END_MARKS.sub("", normalize_vat_id(text.upper()))
    return len(piece) >= 2 and piece in vat_id
