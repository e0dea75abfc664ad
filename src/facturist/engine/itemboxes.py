"""Items printed as boxes of label/value rows, one box per position.

E-invoice visualisations (the KoSIT XRechnung viewer, its English version) print no item
table: each position is a box headed "Position 1" / "Invoice line 1" whose rows are
"caption: value" pairs::

    Position 1
    Menge:                       2,00
    Preis pro Einheit (netto):   612,40
    Gesamtpreis (netto):         1.224,80
    Artikelname:                 Zählerschrank Hager ZB33S

A box gives one item when it names the item and its amount; quantity and unit price are
read when they are there (one unit at the amount when not). The box ends at the next
heading or at a line of a single phrase that is not the continuation of a value.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from facturist.engine.boxcolumns import unfold_box_columns
from facturist.engine.boxlistings import (
    caption_element,
    heading_text,
    is_section_title,
    leader_pair,
    strip_leader,
)
from facturist.engine.boxturns import heading_number, page_turn, sub_number
from facturist.engine.itemcards import card_items
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.parse.amounts import current_decimal_mark
from facturist.engine.parsing import parse_amount
from facturist.engine.pricedpositions import priced_positions
from facturist.engine.termrefs import is_term_ref

# "BG-25 Rechnungsposition 1": the business group's reference may lead the heading.
_HEADING = re.compile(
    r"^(?:BG-\d+\s+)?(?:position|pos\.?|rechnungsposition|invoice line|line item|line|item|ligne"
    r"|ligne de facture|posici[óo]n|posizione|regel|factuurregel"
    r"|posten|zeile|rechnungszeile|riga|l[ií]nea|pozycja"
    # A group's sub-positions: "Unterposition 1.1", "Sub-line 1.2" (boxturns.py).
    r"|unterposition|teilposition|sub-?line|sub-?item|sub-?position"
    # Compact viewers number the article: "Artikel 3", "Article 3".
    r"|artikel|article)\s*(?:nr\.?|no\.?|#|:)?\s*\d{1,4}"
    # A sub-position of a group: "Position 1.1", "Line 2.3".
    r"(?:\.\d{1,3})*"
    # The count of positions after the number: "Rechnungsposition 1 von 5", "Item 2 of 7".
    r"(?:\s+(?:von|of|de|di|van|z|/)\s+\d{1,4})?"
    # A group's own box, which sums its sub-positions: "Position 1 – Gruppe",
    # "Line 1 – Sub-invoice line group".
    r"(?P<group>\s*[-–]\s*(?:gruppe|positionsgruppe|(?:sub-invoice )?line group|group))?"
    # A box that breaks across a page repeats its heading: "Position 4 (Fortsetzung)".
    r"(?P<continued>\s*\((?:fortsetzung|forts\.|continued|cont(?:'|’)?d\.?|suite)\))?"
    r"\s*:?$"
    # A bare position number over the box's rows: "1.", "2.".
    r"|^\d{1,3}\.$"
    # A line item's element in an XML listing, numbered or not: "IncludedSupplyChainTradeLineItem
    # [1]" (CII), "InvoiceLine", "CreditNoteLine" (UBL).
    r"|^(?:includedsupplychaintradelineitem|invoiceline|creditnoteline)(?:\s*\[?\d{1,4}\]?)?$",
    re.IGNORECASE,
)
# Caption -> role; the first matching pattern wins, unit prices before amounts
# ("Preis pro Einheit (netto)" before "Gesamtpreis (netto)").
_ROLES: list[tuple[str, re.Pattern[str]]] = [
    (
        "quantity",
        re.compile(
            r"^(?:menge|anzahl|liefermenge|gelieferte menge|invoiced quantity|quantity|qty"
            r"|quantit[ée]|cantidad|quantit[àa]"
            r"|aantal|(?:billed|invoiced|credited)quantity)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "unit_price",
        re.compile(
            # The price per price base (BT-146 over BT-149's "Basismenge"): "Preis je
            # Preiseinheit (netto)"; "Preiseinheit" alone names the base, no price.
            r"^(?:preis pro einheit|preis je (?:preis)?einheit|einzelpreis|st[üu]ckpreis"
            r"|nettopreis|preis netto"
            r"|item (?:net )?price|unit price"
            r"|net price|price per unit|prix unitaire|prix net|precio unitario|prezzo unitario"
            r"|stuksprijs|eenheidsprijs|chargeamount|priceamount"
            # A card's bare "Price: 74.00" (Peppol viewers); "Price total" is no unit price.
            r"|price$)",
            re.IGNORECASE,
        ),
    ),
    (
        "amount",
        re.compile(
            r"^(?:gesamtpreis|positionsbetrag|gesamtbetrag|nettobetrag|betrag netto|nettowert"
            r"|positionswert"
            # A card's "Gesamt netto" / "Gesamt (netto)": the position's net total.
            r"|gesamt\s*\(?netto\b"
            r"|(?:invoice )?line"
            r"(?: net| extension)? amount|line total|net amount|amount|montant(?: net)?"
            r"(?: de la ligne)?|total ht|importe|importo|bedrag"
            # XML listings' element names: CII "LineTotalAmount", UBL "LineExtensionAmount".
            r"|linetotalamount|lineextensionamount)",
            re.IGNORECASE,
        ),
    ),
    (
        "description",
        re.compile(
            r"^(?:artikelname|artikelbezeichnung|bezeichnung|leistung|item name|item description"
            r"|description|name|d[ée]signation|libell[ée]|descripci[óo]n|descrizione"
            r"|omschrijving|nom(?: de l['’]article| du produit)?"
            # Compact viewer prints caption the item's name with the item's word alone.
            r"|artikel|item|article|art[íi]culo|articolo)\s*:?$",
            re.IGNORECASE,
        ),
    ),
    # The line's VAT rate or category (EN 16931 BT-152 / BT-151), which viewers print beside
    # the unit price ("Preis pro Einheit (netto) | 2,31 | Umsatzsteuersatz | 7 %"): no figure
    # of the item, its pair is skipped.
    (
        "tax_rate",
        re.compile(
            r"^(?:(?:umsatz)?steuersatz|(?:ust|mwst)\.?(?:-?satz)?|umsatzsteuer|mehrwertsteuer"
            r"|(?:umsatz)?steuerkategorie|(?:invoiced )?(?:item )?(?:vat|tax) (?:rate|category)"
            r"(?: code)?|vat|taux de tva|tva|iva|btw(?:-tarief)?)\s*(?:in\s*)?(?:%|\(%\))?\s*:?$",
            re.IGNORECASE,
        ),
    ),
    # The item's longer description (EN 16931 BT-154), printed under its name: the item's
    # name where the box prints no name row.
    (
        "detail",
        re.compile(
            r"^(?:beschreibung|artikelbeschreibung|description (?:de l['’]article|du produit))"
            r"\s*:?$",
            re.IGNORECASE,
        ),
    ),
]
_FIGURES = ("quantity", "unit_price", "amount")
# A figure whose one separator may be a thousands' or a decimal one: "250,000", "6.000".
_THREE_DECIMALS = re.compile(r"^-?\d{1,3}[.,]\d{3}(?:\s|$)")
_TEXTS = ("description", "detail")
# The most words a caption takes ("Nachlass auf Positionsebene:", "Preis pro Einheit (netto):").
_CAPTION_WORDS = 6


def boxed_items(lines: list[Line]) -> list[dict[str, Value]]:
    """The items of position boxes; none unless every box names its item and amount. Boxes
    printed two side by side are read one column after the other (boxcolumns.py)."""
    items = _boxes(unfold_box_columns(lines, _is_heading))
    # Where no box reads: cards with a heading bar, a name and a row of figures (itemcards.py),
    # or numbered positions with their count and price under the name (pricedpositions.py).
    # Cards read where they give more items: three or more side by side under one row of
    # headings ("Position 1 | Position 2 | Position 3"), which no box's heading reads.
    cards = card_items(lines, caption_role, box_figure, heading_match)
    if len(cards) > len(items):
        return cards
    return items or priced_positions(lines)


def _boxes(lines: list[Line]) -> list[dict[str, Value]]:
    items: list[dict[str, Value]] = []
    index = 0
    while index < len(lines):
        heading, stacked = _heading_and_captions(lines[index])
        if heading is not None and heading.group("continued"):
            index += 1  # a broken box's repeated heading, read with the box (boxturns.py)
            continue
        if heading is not None:
            beside = lines[index]
            item, index = _box(
                lines, index + 1, stacked, _total_beside(beside), heading_name(beside)
            )
            if heading.group("group"):
                continue  # a group's box names the group and sums its sub-positions: no item
            if item is None and _opens_group(heading.group(0), lines, index):
                continue  # a group without an amount over its sub-positions (boxturns.py)
            if item is None:
                return []
            items.append(item)
            continue
        index += 1
    return items


def _opens_group(heading: str, lines: list[Line], index: int) -> bool:
    """Whether the box a heading opened is a group's: the next box numbers its sub-position."""
    number = heading_number(heading)
    if number is None or index >= len(lines):
        return False
    following = _heading(lines[index])
    return following is not None and sub_number(following.group(0), number)


def _heading(line: Line) -> re.Match[str] | None:
    """ "Position 1", also split into cells ("Position | 1") or decorated ("--- Position 1 ---"),
    or tagged with its business term ("Position (BT-126) | 1")."""
    text = heading_text(line)
    if text is None:
        return None
    return heading_match(text)


@functools.lru_cache(maxsize=16384)
def heading_match(text: str) -> re.Match[str] | None:
    """The text read as a position's heading ("Position 1", "Rechnungsposition 1 von 5",
    "Line 1.2", "1."), its business-term tag aside; None for any other text."""
    # Every heading holds a digit but an XML listing's bare element name, which holds "line"
    # ("InvoiceLine"). Without a digit the tag (it holds one) cannot match, so what is matched
    # below is a part of the text: a text with neither reads as no heading. Most lines.
    if _HEADING_NEEDS.search(text) is None:
        return None
    text = _TERM_REF.sub("", text).strip()
    # A bilingual viewer heads the box in both languages: "Position / Line 1".
    return _HEADING.match(text) or _HEADING.match(_BILINGUAL_FIRST.sub("", text))


def _heading_and_captions(line: Line) -> tuple[re.Match[str] | None, list[Cell]]:
    """The heading, and the captions printed at the right of its row whose values stand on the
    row below: viewers that print a position's number as its first row put the line's net
    amount caption beside it ("Position (BT-126) | 1 | Nettobetrag (BT-131)", the amount
    under the caption on the item name's row)."""
    heading = _heading(line)
    cells = line.cells
    # A total or a name beside a heading needs two cells, the first a worded heading: the
    # first cell's heading is read once, and the dearer tests only where it is one.
    if heading is None and len(cells) == 2 and cells[0].text[:1].isalpha():
        first = _heading(_part(line, cells[:1]))
        if first is not None and (
            _total_beside(line) is not None or heading_name(line) is not None
        ):
            heading = first
    if heading is not None or len(cells) < 3:
        return heading, []
    for cut in (2, 1):
        rest = cells[cut:]
        if not all(caption_role(cell.text) in _FIGURES for cell in rest):
            continue
        heading = _heading(_part(line, cells[:cut]))
        if heading is not None:
            return heading, rest
    return None, []


def _total_beside(line: Line) -> Value | None:
    """The line's total at the right of a worded heading ("Line 1 | 1,850.00 EUR"): Peppol
    viewers print a position's net amount on its heading's line, in bold like the heading.
    A bare number's row ("1. | 500,00") may be a table's, so only a worded heading has one."""
    cells = line.cells
    if len(cells) != 2 or not cells[0].text[:1].isalpha():
        return None
    number = box_figure(cells[1].text)
    if number is None or _heading(_part(line, cells[:1])) is None:
        return None
    return Value(number, cells[1].text, cells[1].boxes)


def heading_name(line: Line) -> Value | None:
    """The item's name at the right of a worded heading ("Position 1 | Rücksendung Zahnrad
    Z42"): viewers that indent a box's rows under its heading print the name (BT-153) there.
    Text that is a caption, a figure or another heading names no item."""
    cells = line.cells
    if len(cells) != 2 or not cells[0].text[:1].isalpha():
        return None
    name = cells[1].text.strip()
    if (
        not any(ch.isalpha() for ch in name)
        or _heading(_part(line, cells[:1])) is None
        or box_figure(name) is not None
        or caption_role(name) is not None
        or heading_match(name) is not None
    ):
        return None
    return Value(name, name, cells[1].boxes)


def _part(line: Line, cells: list[Cell]) -> Line:
    part = Line(page=line.page, words=[w for cell in cells for w in cell.words])
    part.cells = cells
    return part


def _stacked_captions(line: Line) -> tuple[Line, list[Cell]]:
    """A row less the captions that end it with no value beside them ("Menge | 2 Stk |
    Nettobetrag", the amount below the caption), and those captions."""
    cells = list(line.cells)
    stacked: list[Cell] = []
    while (
        len(cells) > 2
        and caption_role(cells[-1].text) in _FIGURES
        and box_figure(cells[-1].text) is None
    ):
        stacked.insert(0, cells.pop())
    return (_part(line, cells), stacked) if stacked else (line, [])


def _stacked_values(line: Line, captions: list[Cell]) -> tuple[Line, list[tuple[Cell, Cell]]]:
    """A row less the values that stand under the captions of the row above (their spans
    overlap, whichever way the viewer aligns them), and those (caption, value) pairs."""
    pairs: list[tuple[Cell, Cell]] = []
    kept: list[Cell] = []
    for cell in line.cells:
        caption = next((c for c in captions if min(c.x1, cell.x1) > max(c.x0, cell.x0)), None)
        if caption is not None and all(caption is not pair[0] for pair in pairs):
            pairs.append((caption, cell))
        else:
            kept.append(cell)
    if not pairs:
        return line, []
    return _part(line, kept), pairs


def _is_heading(line: Line) -> bool:
    return _heading_and_captions(line)[0] is not None


def _opens_box(line: Line) -> bool:
    """A heading that opens a box: not one repeated over a broken box ("(Fortsetzung)")."""
    heading = _heading_and_captions(line)[0]
    return heading is not None and not heading.group("continued")


# What any heading holds (`heading_match`): a digit, or "line" (matched as _HEADING matches).
_HEADING_NEEDS = re.compile(r"\d|line", re.IGNORECASE)
# The first language's words of a bilingual caption or heading ("Position / Line 1",
# "Artikelname / Item name"): German viewers of cross-border invoices print both.
_BILINGUAL_FIRST = re.compile(r"^[^\W\d_][^/\d]*?\s+/\s+(?=[^\W\d_])")
# A business term's reference beside its caption: "Artikelname (BT-153):", "(BT-38/37)".
_TERM_REF = re.compile(r"\s*\(BT-\d+(?:\s*/\s*\d+)*\)", re.IGNORECASE)
# A figure's unit or currency after it: "8 Stück", "9,50 EUR", "1 Pauschale", or a
# UN/ECE Rec. 20 unit code, which may hold digits ("6,0000 H87", "2.00 C62", "1 E48").
# "Menge / Einheit: 1 / H87" prints the unit after a slash.
_UNIT_AFTER = re.compile(r"^(\S+)\s+(?:/\s*)?(?:[^\W\d_][^\d]{0,14}|[A-Z][A-Z0-9]{1,2})$")


# A pure function of the caption's text, asked of the same few captions on every row of a box.
@functools.lru_cache(maxsize=4096)
def caption_role(caption: str) -> str | None:
    """A position caption's role (quantity, unit_price, amount, description), if any; a
    listing's path caption ("Position.Menge", "ram:BilledQuantity @H87") by its last element."""
    caption = strip_leader(_TERM_REF.sub("", caption)).rstrip(":").strip()
    role = _role(caption)
    if role is None and (element := caption_element(caption)) not in (None, caption):
        role = _role(element)
    if role is None and (second := _BILINGUAL_FIRST.sub("", caption)) != caption:
        # "Artikelname / Item name": either language's caption names the role.
        role = _role(caption[: len(caption) - len(second)].rstrip(" /")) or _role(second)
    return role


def _role(caption: str) -> str | None:
    for role, pattern in _ROLES:
        if pattern.match(caption):
            return role
    return None


def box_figure(text: str) -> float | None:
    """A box's figure less its unit or currency ("6,0000 H87" -> 6.0)."""
    return _box_figure(text, current_decimal_mark())


# A pure function of the text (and the document's decimal mark), asked of a box's cells
# several times over.
@functools.lru_cache(maxsize=4096)
def _box_figure(text: str, mark: str | None) -> float | None:
    unit = _UNIT_AFTER.match(text.strip())
    number = parse_amount(unit.group(1) if unit else text, decimal_hint=mark)
    return None if number is None else float(number)


@dataclass
class _Column:
    """One column of "caption: value" rows in a box: the KoSIT viewer prints two side by side
    (item details left, price details right), their rows and wrapped values interleaved."""

    caption_x: float
    value_x: float
    role: str | None = None


def _pairs(
    line: Line, columns: list[_Column], tolerance: float
) -> tuple[list[tuple[Cell, Cell]], list[Cell]]:
    """A line's (caption, value) pairs and the cells that pair with nothing (wrapped values)."""
    leader = leader_pair(line)
    if leader is not None:
        return [leader], []
    cells = line.cells
    joined = _joined_pair(cells, columns, tolerance)
    if joined is not None:
        return [joined], []
    # One row of one column: the caption may lack its colon.
    if len(cells) == 2 and not cells[1].text.endswith(":"):
        return [(cells[0], cells[1])], []
    grid = _grid_pairs(cells, columns, tolerance)
    if grid:
        return grid, []
    # A listing's row without colons whose value spreads over cells (wide word spacing): the
    # first cell is the caption, unless it starts under the values (a wrapped value).
    if (
        len(cells) > 2
        and not any(cell.text.endswith(":") for cell in cells)
        and _under(columns, cells[0], tolerance) is None
    ):
        return [(cells[0], Cell([word for cell in cells[1:] for word in cell.words]))], []
    pairs: list[tuple[Cell, Cell]] = []
    loose: list[Cell] = []
    index = 0
    while index < len(cells):
        cell = cells[index]
        after = cells[index + 1] if index + 1 < len(cells) else None
        if cell.text.endswith(":") and after is not None and not after.text.endswith(":"):
            pairs.append((cell, after))
            index += 2
            continue
        loose.append(cell)
        index += 1
    return pairs, loose


def _grid_pairs(
    cells: list[Cell], columns: list[_Column], tolerance: float
) -> list[tuple[Cell, Cell]]:
    """A row without colons read as its (caption, value) pairs where the cells say where the
    caption ends: a two-column grid's row, whose second caption is a position caption
    ("Artikelname | Abbund und Aufrichten | Menge | 18,4"), or a monospace print whose wide
    word spacing splits a caption into words before its figure ("Preis | pro | Einheit |
    (netto) | 2.480,00 EUR"). Empty where the row is no such thing."""
    if len(cells) < 3 or any(cell.text.endswith(":") for cell in cells):
        return []
    if _under(columns, cells[0], tolerance) is not None:
        return []
    for cut in range(2, len(cells) - 1):
        if caption_role(cells[cut].text) is not None and box_figure(cells[cut].text) is None:
            return [(cells[0], _joined(cells[1:cut])), (cells[cut], _joined(cells[cut + 1 :]))]
    caption = _joined(cells[:-1])
    if (
        box_figure(cells[-1].text) is not None
        and caption_role(caption.text) in _FIGURES
        and box_figure(_joined(cells[1:]).text) is None
    ):
        return [(caption, cells[-1])]
    return []


def _joined(cells: list[Cell]) -> Cell:
    return Cell([word for cell in cells for word in cell.words])


def _joined_pair(
    cells: list[Cell], columns: list[_Column], tolerance: float
) -> tuple[Cell, Cell] | None:
    """A caption and its value read as one cell ("Preis pro Einheit (netto): 2.183,21", as OCR
    joins them where the gap is narrow), split after the caption's colon; only under the
    captions of a column already seen, so a line of other text still ends the box."""
    if len(cells) != 1 or not any(abs(c.caption_x - cells[0].x0) <= tolerance for c in columns):
        return None
    words = cells[0].words
    colon = next((i for i, w in enumerate(words[:-1]) if w.text.endswith(":")), None)
    if colon is None or colon >= _CAPTION_WORDS:
        return None
    return Cell(words[: colon + 1]), Cell(words[colon + 1 :])


def _without_trailing_refs(value: Cell) -> Cell:
    """A value less the business-term reference printed after it in its own cell's words
    ("Erstattung Schutzgebühr BT-153"); termrefs.py drops only references in cells of their own."""
    words = value.words
    end = len(words)
    while end > 1 and is_term_ref(words[end - 1].text):
        end -= 1
    return value if end == len(words) else Cell(words[:end])


def _column(columns: list[_Column], caption: Cell, value: Cell, tolerance: float) -> _Column:
    for column in columns:
        if abs(column.caption_x - caption.x0) <= tolerance:
            column.value_x = value.x0
            return column
    columns.append(_Column(caption.x0, value.x0))
    return columns[-1]


def _under(columns: list[_Column], cell: Cell, tolerance: float) -> _Column | None:
    """The column whose values start where the cell starts: the cell wraps its value."""
    return next((c for c in columns if abs(c.value_x - cell.x0) <= tolerance), None)


def _decimal_quantity(quantity: Value, price: Value, amount: Value) -> Value:
    """A quantity printed with three decimals ("250,000" kg, "6.000" Stück, as ERP systems
    print measured quantities) read as thousands where its price times it misses the amount:
    the separator is the decimal one when price times the quantity so read is the amount."""
    count, each, total = quantity.value, price.value, amount.value
    if not (
        isinstance(count, float) and isinstance(each, float) and isinstance(total, float)
    ) or not _THREE_DECIMALS.match(quantity.text.strip()):
        return quantity
    tolerance = max(0.02, 0.005 * abs(total))
    if abs(count * each - total) > tolerance and abs(count / 1000 * each - total) <= tolerance:
        return Value(count / 1000, quantity.text, quantity.boxes, quantity.confidence)
    return quantity


def _nested(columns: list[_Column], caption: Cell, tolerance: float) -> bool:
    """Whether a caption is indented under the box's first column of captions, left of its
    values: a sub-block's, as viewers print a line's allowance or charge (EN 16931 BG-27 /
    BG-28: "Nachlass/Zuschlag", "Grund", "Betrag") inside the position's box. Its figures
    adjust the position; they are none of its own."""
    if not columns:
        return False
    first = columns[0]
    return first.caption_x + tolerance < caption.x0 < first.value_x - tolerance


def _heads_sub_block(
    lines: list[Line], index: int, columns: list[_Column], phrase: Cell, tolerance: float
) -> bool:
    """Whether a phrase alone on its line heads a sub-block of the box: it stands at the box's
    captions and the next row's caption is indented under it ("Nachlass auf Positionsebene"
    over "Grund | Mengenrabatt", as viewers print a line's allowance or charge). The
    sub-block's rows are read as _nested ones; the box goes on after them."""
    if not columns or abs(columns[0].caption_x - phrase.x0) > tolerance:
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or following.page != lines[index].page or len(following.cells) < 2:
        return False
    return _nested(columns, following.cells[0], tolerance)


def _goes_on(line: Line, columns: list[_Column]) -> bool:
    """Whether a row continues a box: a caption and its value, the caption under the box's
    captions or one of a position's own."""
    cells = line.cells
    if len(cells) < 2:
        return False
    tolerance = max(3.0, 0.4 * line.height)
    return caption_role(cells[0].text) is not None or any(
        abs(c.caption_x - cells[0].x0) <= tolerance for c in columns
    )


def _box(
    lines: list[Line],
    start: int,
    stacked: list[Cell],
    total: Value | None = None,
    name: Value | None = None,
) -> tuple[dict[str, Value] | None, int]:
    """The item of the box whose rows start at `start`, and the index past it; `total` and
    `name` are the amount and the item's name its heading's line printed, where no row of the
    box prints one."""
    found: dict[str, Value] = {}
    columns: list[_Column] = []
    described: _Column | None = None  # the column whose row gave the item's name
    index = start
    while index < len(lines):
        if "amount" not in found or "description" not in found:
            # A box broken by a page's end goes on past its footer and the next page's header.
            turned = page_turn(lines, index, lambda row: _goes_on(row, columns), _opens_box)
            index = index if turned is None else turned
        line = lines[index]
        if _is_heading(line) and not _opens_box(line):
            index += 1  # the box's heading repeated on the next page
            continue
        if _is_heading(line) or is_section_title(line):
            break
        # Values under the captions ending the row above come first; they belong to no column.
        line, below = _stacked_values(line, stacked)
        for caption, value in below:
            role = caption_role(caption.text)
            number = box_figure(value.text)
            if role is None or role in found or number is None:
                return None, index
            found[role] = Value(number, value.text, value.boxes)
        if not line.cells:  # a row of nothing but those values
            stacked = []
            index += 1
            continue
        line, stacked = _stacked_captions(line)
        # Left edges of one column agree within a few points (more on OCR'd scans).
        tolerance = max(3.0, 0.4 * line.height)
        pairs, loose = _pairs(line, columns, tolerance)
        if not pairs and len(loose) == 1 and _under(columns, loose[0], tolerance) is None:
            if _heads_sub_block(lines, index, columns, loose[0], tolerance):
                index += 1
                continue
            break  # a single phrase outside the value columns: the box has ended
        for cell in loose:
            column = _under(columns, cell, tolerance)
            # A wrapped name or description goes on under its value; other wrapped values
            # are no figures.
            if column is not None and column is described and column.role in _TEXTS:
                old = found[column.role]
                text = f"{old.text} {cell.text}"
                found[column.role] = Value(text, text, old.boxes + cell.boxes)
        for caption, value in pairs:
            if _nested(columns, caption, tolerance):
                continue
            value = _without_trailing_refs(value)
            column = _column(columns, caption, value, tolerance)
            role = caption_role(caption.text)
            column.role = role
            if role is None or role in found or role == "tax_rate":
                continue
            if role in _FIGURES:
                number = box_figure(value.text)
                if number is None:
                    return None, index
                found[role] = Value(number, value.text, value.boxes)
            elif any(ch.isalpha() for ch in value.text):
                # A name has letters: "Item | 1" numbers the box, it names no item.
                found[role] = Value(value.text, value.text, value.boxes)
                described = column
        index += 1
    if "description" not in found and name is not None:
        found["description"] = name
    if "description" not in found and "detail" in found:
        found["description"] = found["detail"]
    if "amount" not in found and total is not None:
        found["amount"] = total
    if "amount" not in found or "description" not in found:
        return None, index
    amount = found["amount"]
    if "quantity" in found and "unit_price" in found:
        found["quantity"] = _decimal_quantity(found["quantity"], found["unit_price"], amount)
    found.setdefault("quantity", Value(1.0, "", (), 0.6))
    found.setdefault("unit_price", Value(amount.value, amount.text, amount.boxes, 0.8))
    return {k: found[k] for k in ("description", "quantity", "unit_price", "amount")}, index
