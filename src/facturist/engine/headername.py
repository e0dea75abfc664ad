"""The issuer's name in the header when its captioned block prints none.

Design templates (Canva, Word) print the issuer's name large under the title ("FACTURE" /
"Camille Roux" / "Graphiste & illustratrice") and lower down a seller caption ("ÉMETTRICE",
"FROM:") over the address alone ("8 rue des Tanneurs" / "69001 Lyon"). The name is then the
largest line over that caption that is no title, caption or figure.
"""

from __future__ import annotations

from facturist.engine.labels import BUYER_SECTION, DOCUMENT_TITLE, SELLER_SECTION
from facturist.engine.layout import Cell, Line, print_height
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name


def header_name(lines: list[Line], buyer: Value | None) -> Value | None:
    """The largest name-like line above a seller caption whose block starts with a figure
    (a street, a postcode), or None."""
    page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
    for index, line in enumerate(page):
        for cell in line.cells:
            match = SELLER_SECTION.match(cell.text.strip())
            if match is None or cell.text.strip()[match.end() :].strip(" :"):
                continue
            if _value_beside(line, cell):
                continue  # "Verkäufer | Sabine Kolb": a header grid's salesperson row
            if not _nameless_below(page, index, cell):
                continue
            return _largest_above(page[:index], buyer)
    return None


def _value_beside(line: Line, caption: Cell) -> bool:
    """Whether a value follows the caption on its own line (a caption | value row, not a
    block's heading); another party caption beside it ("ÉMETTRICE | DESTINATAIRE") is none."""
    for other in line.cells:
        if other.x0 <= caption.x0 or other.x0 - caption.x1 > 200:
            continue
        text = other.text.strip()
        if not (SELLER_SECTION.match(text) or BUYER_SECTION.match(text)):
            return True
    return False


def _nameless_below(page: list[Line], index: int, caption: Cell) -> bool:
    """Whether the first line under the caption, in its column, is a street: a figure then
    words ("8 rue des Tanneurs"), not a bare number or a table's first row."""
    for below in page[index + 1 : index + 3]:
        cells = [c for c in below.cells if abs(c.x0 - caption.x0) <= 12]
        if cells:
            text = cells[0].text.strip()
            street = text[:1].isdigit() and sum(ch.isalpha() for ch in text) >= 3
            return street or _flat(text)
    return False


def _flat(text: str) -> bool:
    """ "Flat 2, 19 Gloucester Road", "Unit 4, ...": a dwelling's number before the street."""
    head = text.strip().split(",")[0].split()
    return len(head) == 2 and head[0].casefold() in {"flat", "unit", "apt", "suite"}


def _largest_above(lines: list[Line], buyer: Value | None) -> Value | None:
    best: Cell | None = None
    for line in lines:
        for cell in line.cells:
            text = cell.text.strip()
            if len(text) < 3 or any(ch.isdigit() for ch in text) or not_a_name(text):
                continue
            if DOCUMENT_TITLE.match(text) or (buyer is not None and text == buyer.text):
                continue
            if best is None or print_height(cell) > print_height(best) + 0.5:
                best = cell
    if best is None:
        return None
    return Value(best.text.strip(), best.text, best.boxes, 0.5)
