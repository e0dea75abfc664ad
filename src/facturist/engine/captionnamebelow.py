"""The name under a party block's caption: the cells flush under it or in its half of a
line, a name captioned again ("Name: | ACME"), never a code, a street, an account or a town line;
and the block's left edge and reach beside a neighbour's caption."""

from __future__ import annotations

import re

from facturist.engine.centredbands import band_caption
from facturist.engine.closinggreeting import is_closing_greeting
from facturist.engine.column_captions import names_columns
from facturist.engine.labels import BUYER_SECTION, LABEL_VALUE_LINE, NAME_LABEL, SELLER_SECTION
from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partyblocks import (
    STRONG_SEPARATOR,
    continued_name,
    first_piece,
    is_return_address,
    run_of_cells,
)
from facturist.engine.partynames import customer_number, not_a_name
from facturist.engine.personcaptions import given_and_surname, title_row
from facturist.engine.slipcaptions import slip_caption
from facturist.engine.towns import town_in
from facturist.engine.valuewrap import wrapped_value
from facturist.engine.wordspace import word_space_after

# An amount with its cents ("11,723.90", "1.234,56"): a table's header row prints none.
_FIGURE = re.compile(r"\d[.,]\d{2}(?!\d)")


# A party block's name caption in a cell of its own, the name in the next cell.
_NAME_WORDS = (
    # EN 16931 viewers print the term's name: "Seller name", "Buyer trading name".
    r"(?:(?:(?:seller|buyer|customer|supplier|vendor|client)\s+)?(?:trading\s+)?name"
    r"|firmenname|firma|company(?: name)?|raison sociale|nom|naam|nombre|nome"
    r"|denominazione|ragione sociale|raz[oó]n social|raz[aã]o social|denominaci[oó]n|bezeichnung"
    r"|registration name|legal name|naziv|pavadinimas|nosaukums|nimi"
    # Arabic "الاسم" (the name), printed beside the English caption on bilingual invoices.
    r"|ال?اسم)"
)
# A bilingual viewer prints the caption in both languages: "Name / Seller name".
_NAME_CAPTION = re.compile(rf"^{_NAME_WORDS}(?:\s*/\s*{_NAME_WORDS})?\s*:?$", re.IGNORECASE)

# The caption of a party's trading name (EN 16931 BT-28, BT-45) in a cell of its own: "Handelsname",
# "Seller trading name", "Nom commercial", "Enseigne", "Nombre comercial", "Handelsnaam".
_TRADING_CAPTION = re.compile(
    r"^(?:(?:(?:seller|buyer|customer|supplier|vendor|client)\s+)?trading\s+name|handelsname"
    r"|nom commercial|enseigne|nombre comercial|denominazione commerciale|handelsnaam"
    r"|nome comercial)\s*:?$",
    re.IGNORECASE,
)

# The caption of a party's reference or identifier in a cell of its own: "Käuferreferenz",
# "Buyer reference", "Leitweg-ID", "Kundennummer", "Customer ID", "Buyer ref.", "GLN",
# "Käuferkennung" and "Buyer identifier" (EN 16931 BT-46).
_REFERENCE_CAPTION = re.compile(
    r"^(?:[^\W\d_]+[\s.-]?){0,2}(?:referenz|reference|r[ée]f[ée]rence|referencia|riferimento"
    r"|referentie|nummer|number|num[ée]ro|n[úu]mero|kennung|identifier|identifiant)\s*:?$"
    # Short ones after their own separator ("Madrid" ends in no "id").
    r"|^(?:[^\W\d_]+[\s.-]){1,2}(?:ref\.?|id|nr\.?|no\.?|n[°º])\s*:?$"
    r"|^[^\W\d_]{4,}nr\.\s*:?$|^(?:gln|duns|iln|eori)\s*:?$",
    re.IGNORECASE,
)

_ATTENTION = re.compile(r"^(?:attn|attention)\b", re.IGNORECASE)

# An EN 16931 business term's number after a caption ("(BT-44)", "(BT-53/52)", "(BG-14)").
_TERM_NUMBER = re.compile(r"\s*\(B[TG]-\d+(?:/\d+)?\)")


# An IBAN alone on its line ("CH26 0076 7000 K541 2789 6").
_ACCOUNT_LINE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?")


# A street line opening with its house number ("19 Gloucester Road", "Flat 2, 19 High St",
# "1420 N Milwaukee Ave"): an address, never a name.
_NUMBERED_STREET = re.compile(
    r"^(?:(?:flat|unit|apt|apartment|suite)\s+\w{1,4},?\s+)?\d{1,5}[A-Za-z]?,?\s+"
    r"(?:[^\W\d_][\w'.-]*\s+){0,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close"
    r"|place|pl|crescent|terrace|court|ct|boulevard|blvd|square|row|gardens|grove|parade|walk"
    r"|wharf|quay|mews|highway|hwy)\b\.?"
    # France's "8 rue des Tanneurs", "12 bis avenue Foch": the street's kind after its number.
    r"|^\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|all[ée]e|impasse"
    r"|place|quai|cours|route|square)\b"
    # A unit in a named park or building ("Unit 7, Galway Technology Park", "Suite 4, Harbour
    # House", "Unit 12 Severn Trading Estate"): premises with no street number.
    r"|^(?:flat|unit|apt|apartment|suite|office|block)\s+\w{1,4},?\s+(?:[^\W\d_][\w'.-]*\s+){0,4}"
    r"(?:park|estate|centre|center|building|house|court|campus|plaza|tower|yard|works|mill"
    r"|complex)\b",
    re.IGNORECASE,
)


def _block_left(lines: list[Line], line: Line, header: Cell) -> float:
    """Where a section's block may start: a little left of its caption, or anywhere for a
    band's caption centred over its block ("TOMADOR DE SERVIÇOS")."""
    page = [w.box for ln in lines if ln.page == line.page for w in ln.words]
    middle = (min(b.x0 for b in page) + max(b.x1 for b in page)) / 2
    if len(line.cells) == 1 and abs((header.x0 + header.x1) / 2 - middle) < 8:
        return 0.0
    if band_caption(lines, line, header):  # centred as other captions are (centredbands.py)
        return 0.0
    half = _half_start(line, header, min(b.x0 for b in page), max(b.x1 for b in page))
    return header.x0 - 12 if half is None else half - 2


def _half_start(line: Line, header: Cell, left: float, right: float) -> float | None:
    """Where the caption's half of the page starts, when the line's two captions are each
    centred over its half ("Seller" | "Buyer" over rows of "Name | ..." on either side, as
    Saudi e-invoices print them); None for captions set otherwise."""
    if len(line.cells) != 2:
        return None
    first, second = line.cells
    middle = (first.x0 + first.x1 + second.x0 + second.x1) / 4
    for cell, start, end in ((first, left, middle), (second, middle, right)):
        if abs(cell.x0 + cell.x1 - start - end) > 16:
            return None
    return left if header.x0 < middle else middle


def _block_cells(below: Line, header: Cell, left: float, limit: float | None) -> list[Cell]:
    """The cells of a line under the caption that belong to its block."""
    # "Billing Address :" set flush right over its block ("Sandeep Raghunathan" / ... / "IN"):
    # the name starts left of the caption but ends at its right edge.
    cells = _in_reach(below.cells, left, header.x0 + 260) or _flush_right_under(
        below.cells, header, limit
    )
    if limit is not None:
        # A long name runs into the next block's (the same company under "Ship To") with too
        # narrow a gap to split cells: the next caption's edge cuts it.
        cells = [Cell([w for w in c.words if w.box.x0 < limit - 2]) for c in cells]
        cells = [c for c in cells if c.words]
    return cells


def _labelled_name(
    lines: list[Line], offset: int, cells: list[Cell], contact: bool
) -> Value | None:
    """The name on a "Name:" / "ATTN:" row of the block; None when the caption stands alone."""
    first = cells[0]
    # "ATTN: iViveLabs Limited     TOTAL AMOUNT DUE": the name ends at a wide gap, unless the
    # gap is the one after a lone "Name:" caption.
    run = run_of_cells(cells)
    inline = NAME_LABEL.match(run)
    rest = run[inline.end() :].strip() if inline else ""
    if not rest and len(cells) > 1:
        rest = run_of_cells(cells[1:])
        # "Name: | ACME GmbH": the name stands in the value column, where its address and
        # IDs follow ("Anschrift: | Ecke 12", "USt-IdNr.: | DE...").
        first = cells[1]
    if rest and _ATTENTION.match(run) and not LEGAL_FORM.search(rest):
        # "ATTN: Jane Doe" over "Acme Inc.": a contact; the company under it is the party, no
        # part of the contact's name.
        return Value(rest, run, first.boxes)
    if rest:
        return continued_name(lines, offset, first, rest, contact)
    return None


def name_below(
    lines: list[Line], index: int, header: Cell, limit: float | None = None, contact: bool = False
) -> Value | None:
    """The party name under a section header: a "Name:" row, else the first unlabelled row.

    `limit`: where the next caption on the header's line starts; its block's cells are not
    this one's. `contact`: the block is the buyer's, which may name a contact over the company.
    """
    line = lines[index]
    left = _block_left(lines, line, header)
    previous_y1 = line.y1
    trading: Value | None = None  # a trading name's row, kept while a legal name may follow
    for offset, below in enumerate(lines[index + 1 : index + 7], start=index + 1):
        # The block must run on from the header: a wide gap means the section is over.
        if below.page != line.page or below.y0 - previous_y1 > 3 * line.height:
            break
        if names_columns(below) and not _FIGURE.search(below.text):
            # The item table starts: OCR'd lines are taller than their print, so a caption
            # printed under its block ("From") could reach past the gap to the table header.
            # A row with a figure in it is none ("ACME Services Ltd | Subtotal | 11,723.90":
            # the name beside the totals block).
            break
        previous_y1 = below.y1
        cells = _block_cells(below, header, left, limit)
        if not cells:
            continue
        first = cells[0]
        row_text = " ".join(c.text for c in cells)
        # "Name (BT-44):", "Firmenname (BT-27):": an e-invoice printout's caption with its
        # EN 16931 term number.
        caption = _TERM_NUMBER.sub("", first.text).strip()
        if len(cells) > 1 and _NAME_CAPTION.match(caption) and _NAME_CAPTION.match(cells[1].text):
            # "Name: | الاسم": the caption again in the invoice's second language, the name
            # under both.
            cells = [first, *cells[2:]]
        if trading is not None and not (
            _NAME_CAPTION.match(caption) and not _TRADING_CAPTION.match(caption)
        ):
            return trading  # no legal name's row under the trading name's
        if len(cells) > 1 and _TRADING_CAPTION.match(caption) and trading is None:
            # "Handelsname | Hansen Bad & Heizung" over "Firmenname | Hansen ... GmbH": the
            # trading name (EN 16931 BT-28) names the seller only where no legal name follows.
            trading = continued_name(lines, offset, cells[1], run_of_cells(cells[1:]), contact)
            continue
        if len(cells) == 1 and _NAME_CAPTION.match(caption):
            # "Name" over "Lindqvist Design Studio UG": a card's caption above its value.
            value = _flush_under(lines, offset, first)
            if value is not None:
                return continued_name(lines, value[0], value[1], value[1].text.strip(), contact)
        if title_row(cells):
            continue  # "Titolo | Ing." over "Nome" and "Cognome" (personcaptions.py)
        after = lines[offset + 1] if offset + 1 < len(lines) else below
        parts = given_and_surname(cells, _block_cells(after, header, left, limit))
        if parts is not None:
            return parts  # "Nome | STEFANO" over "Cognome | MOLINARI"
        if len(cells) > 1 and _NAME_CAPTION.match(caption):
            # "Firmenname: | ACME GmbH", "Name | ACME B.V.": a caption cell, the name beside it.
            named = continued_name(lines, offset, cells[1], run_of_cells(cells[1:]), contact)
            return wrapped_value(lines, offset, first, named)
        if len(cells) > 1 and _REFERENCE_CAPTION.match(caption):
            # "Käuferreferenz | 01-0-0-54-SH-27", "Leitweg-ID | ...", "Kunden-Nr. | K-118":
            # a viewer's party box may open with the party's reference or identifier row
            # (EN 16931 BT-10, BT-46); a reference is never the name, which follows.
            continue
        if slip_caption(first.text):
            continue  # "Viitenumero / Ref.nr | 2504177": a transfer slip's row, no name
        if NAME_LABEL.match(row_text):
            labelled = _labelled_name(lines, offset, cells, contact)
            if labelled is not None:
                return labelled
            continue
        if len(cells) > 1 and caption.endswith(":") and _same_role(caption, contact, cells[1].text):
            # "Spett.le" over "Cessionario: | Pasticceria ... S.a.s.": the block's own caption
            # again, the name beside it.
            return continued_name(lines, offset, cells[1], run_of_cells(cells[1:]), contact)
        if first.text.rstrip().endswith(":") or LABEL_VALUE_LINE.match(row_text):
            continue
        if offset == index + 1 and _code_under(first, header, limit):
            # "Kunde" over "20117", beside "Ihre Bestellung" over "E-77812", or "KUNDE" over
            # "K-33791" in a side box's stack: a caption over its value, no block; the caption
            # under it is the next field's. A block's heading ("Käufer:" over "GLN 43...",
            # the company under it) has its colon or another block's caption beside it.
            return None
        if is_closing_greeting(below.text):
            break  # "MERCI ET BON VOYAGE" under a blank customer caption (closinggreeting.py)
        if not_a_name(row_text) or _ACCOUNT_LINE.fullmatch(row_text.strip()):
            continue  # a QR-bill's "Konto / Zahlbar an" over the IBAN, then the name
        if customer_number(row_text):
            return None  # "CLIENTE" over "4302": a column of codes, no party's block
        if _NUMBERED_STREET.match(row_text) and _town_below(lines, offset, first):
            # "FROM:" over "Flat 2, 19 Gloucester Road" / "Bristol BS7 8AA": a block of the
            # address alone; its party is named elsewhere (the letterhead).
            return None
        if is_return_address(row_text) and STRONG_SEPARATOR.search(row_text):
            if _town_below(lines, offset, first):
                continue  # the sender's return address, in small print over the window's block
            piece = first_piece(row_text)  # the party's own address in one line
            return Value(piece, row_text, tuple(b for c in cells for b in c.boxes))
        return continued_name(lines, offset, first, run_of_cells(cells), contact)
    return trading


def _same_role(caption: str, buyer: bool, beside: str) -> bool:
    """Whether a caption under the block's caption names the same party with a name beside it
    ("Spett.le" over "Cessionario: | ACME S.r.l."), not a code ("Kunde: | 10452")."""
    pattern = BUYER_SECTION if buyer else SELLER_SECTION
    return (
        pattern.fullmatch(caption.rstrip(" :")) is not None
        and not customer_number(beside.strip())
        and not not_a_name(beside.strip())
    )


def _flush_under(lines: list[Line], index: int, caption: Cell) -> tuple[int, Cell] | None:
    """The value flush under a caption alone in its column, on the next line at the line
    pitch (an online viewer's card: "Name" over the name), with its line's index."""
    line = lines[index]
    for offset, below in enumerate(lines[index + 1 : index + 3], start=index + 1):
        if below.page != line.page or below.y0 - line.y1 > 1.5 * max(line.height, below.height):
            return None
        under = [c for c in below.cells if abs(c.x0 - caption.x0) < 4]
        if under:
            text = under[0].text.strip()
            if text.endswith(":") or _NAME_CAPTION.match(text) or not_a_name(text):
                return None
            return offset, under[0]
    return None


def _code_under(cell: Cell, header: Cell, limit: float | None) -> bool:
    """Whether the cell is a customer number set flush under a field's caption (its value):
    one with no colon, or one with another field's caption beside it."""
    text = cell.text.strip()
    if (limit is None and header.text.rstrip().endswith(":")) or _ACCOUNT_LINE.fullmatch(text):
        return False  # a QR-bill's "Zahlbar an" over the IBAN, then the payee's name
    # "GLN 4304171000002" under "Käufer": the party's location number heading its block
    # (the name under it); a customer number is shorter.
    short = sum(ch.isdigit() for ch in text) <= 10
    return abs(cell.x0 - header.x0) < 4 and short and customer_number(text)


def _in_reach(cells: list[Cell], left: float, right: float) -> list[Cell]:
    """The cells starting between `left` and `right`, and those running on from them.

    A monospace font's words stand in cells of their own ("Weinhaus | Saale-Unstrut | GmbH",
    wordspace.py): a word a space after a kept one is the same phrase even when it starts
    past the reach."""
    kept: list[Cell] = []
    for position, cell in enumerate(cells):
        runs_on = bool(kept) and kept[-1] is cells[position - 1]
        if left <= cell.x0 <= right or (runs_on and word_space_after(kept[-1], cell)):
            kept.append(cell)
    return kept


def _flush_right_under(cells: list[Cell], header: Cell, limit: float | None) -> list[Cell]:
    """The cell set flush right under a caption set flush right, starting left of it (a
    right-hand block's lines are longer than its caption); none when another caption on
    the caption's line comes after it (its block is the next one)."""
    if limit is not None:
        return []
    return [c for c in cells if abs(c.x1 - header.x1) < 3 and c.x0 < header.x0 - 12][:1]


def _town_below(lines: list[Line], index: int, cell: Cell) -> bool:
    """Whether a postcode and town line follows within a few lines, in the cell's column (an
    OCR'd column's edges wander by up to a line's height)."""
    tolerance = max(6.0, lines[index].height)
    for below in lines[index + 1 : index + 6]:
        if below.page != lines[index].page:
            return False
        for other in below.cells:
            town = town_in(other.text)
            if town and abs(other.x0 - cell.x0) < tolerance:
                return True
    return False
