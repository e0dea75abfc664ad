"""A party's name completed from the cells around it or from a longer printing elsewhere.

Moved out of `parties` (which picks the seller and buyer) to keep it small: these two only
widen a name once its cell is chosen.
"""

from __future__ import annotations

from itertools import pairwise

from facturist.engine.labels import BUYER_SECTION, DOCUMENT_TITLE, SELLER_SECTION
from facturist.engine.layout import Cell, cell_gap, print_height
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.legalname import without_register
from facturist.engine.model import Value
from facturist.engine.operatedby import operator_piece
from facturist.engine.partyblocks import STRONG_SEPARATOR, first_piece
from facturist.engine.partynames import names_by_form


def fuller_name(name: Value, printings: tuple[Value | None, ...]) -> Value:
    """The company's full name when the page prints it again longer: a logo's second line
    ("WERKZEUGHANDEL GMBH" under "Hauser") or a tagline ("Hansen GmbH · Ihr Gartenfachhandel")
    is completed by the return address or the footer ("Hauser Werkzeughandel GmbH")."""
    text = str(name.value)
    pieces = [p.strip() for p in STRONG_SEPARATOR.split(text) if LEGAL_FORM.search(p)]
    piece = pieces[0] if pieces else text
    for fuller in printings:
        if fuller is None:
            continue
        full = str(fuller.value)
        if len(full) > len(piece) and full.casefold().endswith(piece.casefold()):
            return fuller
    return name


def with_joined_start(cells: list[Cell], position: int) -> Value:
    """The name in cells[position], with the cell before it when that one ends in "&":
    OCR parts "Santos & | Gomes S.A." at the wide gap an ampersand leaves."""
    cell = cells[position]
    if position > 0 and cells[position - 1].text.rstrip().endswith("&"):
        joined = Cell([*cells[position - 1].words, *cell.words])
        return Value(first_piece(joined.text), joined.text, joined.boxes)
    if position > 0 and LEGAL_FORM.fullmatch(cell.text.strip()):
        # "MECCANICA | FRIULANA | S.P.A.": monospaced print parts every word into a cell; a
        # legal form alone ends the name the words before it, a word space apart, begin.
        first = position
        space = 1.5 * max(w.box.y1 - w.box.y0 for w in cell.words)
        while first > 0 and cells[first].x0 - cells[first - 1].x1 < space:
            first -= 1
        if first < position:
            joined = Cell([w for c in cells[first : position + 1] for w in c.words])
            return Value(joined.text, joined.text, joined.boxes)
    if position == 1 and _name_start(cells[0], cell):
        joined = Cell([*cells[0].words, *cell.words])
        return Value(first_piece(joined.text), joined.text, joined.boxes)
    operator = operator_piece(cell.text)
    if operator is not None:
        # "Stockholm · 19–21 maj 2026 · arrangeras av Kodkonferens Norden AB": an event's
        # tagline names the company behind it (operatedby.py).
        return Value(operator, cell.text, cell.boxes)
    pieces = STRONG_SEPARATOR.split(cell.text)
    if len(pieces) > 1 and names_by_form(pieces[0]):
        # "Talleres Ibarra S.L. · CIF B48732150": the name, then its register; "ACME GmbH,
        # Straße 131, 1210 Wien · Tel. ...": the name, then its street and town.
        return Value(first_piece(pieces[0].strip(" ,")), cell.text, cell.boxes)
    # "Wattle Broadband Pty Ltd  ABN 93 612 447 901": the register on the name's line.
    return Value(without_register(first_piece(cell.text)), cell.text, cell.boxes)


def _name_start(before: Cell, cell: Cell) -> bool:
    """Whether the line's first cell opens the legal-form name after it: capitalised words
    without digits or a caption's colon, a gap apart that a text layer keeps in one cell.
    OCR's word gaps in a name set large ("Fiduciaire | Kremer S.à r.l.") pass the cell rule
    for OCR boxes (layout.OCR_GLYPH_SHARE), never this one."""
    text = before.text.strip()
    if not text[:1].isupper():
        return False
    if cell_gap(before.words[-1], cell.words[0]) and not _word_space_apart(before, cell):
        return False
    if text.endswith(":") or any(ch.isdigit() for ch in text) or LEGAL_FORM.search(text):
        return False
    if SELLER_SECTION.match(text) or BUYER_SECTION.match(text) or DOCUMENT_TITLE.match(text):
        return False  # "Lieferant | Kremer S.à r.l.": the caption of the name beside it
    return all(word[:1].isupper() for word in text.split()) and names_by_form(cell.text)


# How much taller one cell's print may stand than the other's to be one print size.
_SAME_SIZE = 1.4


def _word_space_apart(before: Cell, cell: Cell) -> bool:
    """Whether the gap before the cell is no wider than a word space within it, in one print
    size: monospaced print's ink boxes part "Cascade | Commercial Roofing LLC" where the
    bearings of "e" and "C" widen a space past the cell rule, while the name's own spaces,
    measured against a descender's taller box ("Roofing"), stay in one cell."""
    gaps = [right.box.x0 - left.box.x1 for left, right in pairwise(cell.words)]
    if not gaps:
        return False
    first, second = print_height(before), print_height(cell)
    if max(first, second) > _SAME_SIZE * min(first, second):
        return False
    return cell.words[0].box.x0 - before.words[-1].box.x1 <= max(gaps)
