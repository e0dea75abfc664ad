"""A grid's caption row ("Número | Fecha | Vencimiento | Albarán", "FACTURA | FECHA | CLIENTE |
PÁGINA") over a row of values: its cells are captions, never a party's name."""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.wordspace import phrase


def _caption_like(cell: Cell) -> bool:
    """A short caption: one or two words, no digit, no legal form."""
    text = cell.text.strip(" :")
    words = text.split()
    return (
        0 < len(words) <= 2
        and not any(ch.isdigit() for ch in text)
        and LEGAL_FORM.search(text) is None
    )


def _under(line: Line, cell: Cell) -> Cell | None:
    """The cell of `line` under `cell` (overlapping it: values are often centred), or one
    whose word starts under it (OCR runs a value into the next column's)."""
    for other in line.cells:
        if other.x0 < cell.x1 and other.x1 > cell.x0:
            words = [w for w in other.words if w.box.x1 > cell.x0 and w.box.x0 < cell.x1]
            if words:
                return Cell(words)
    return None


def _runs_on_under(below: Line, cell: Cell, captions: list[Cell]) -> bool:
    """Whether the text under `cell` is a long phrase of its own column ("Zahnarztpraxis"
    over "Dr. med. dent. Tobias Reuter-Lindqvist" left of "Auftrag | Kunden-Nr."): an
    address block's lines beside a grid, no caption's value. (A value OCR ran into the next
    column's reaches under that caption, and stays a value.)"""
    for other in below.cells:
        if other.x0 < cell.x1 and other.x1 > cell.x0:
            reaches = any(c is not cell and other.x0 < c.x1 and other.x1 > c.x0 for c in captions)
            return len(other.words) > 3 and not reaches
    return False


def in_caption_grid(lines: list[Line], index: int, position: int) -> bool:
    """Whether the cell at `position` of `lines[index]` is one of three or more short
    captions side by side, each with a short value right under it, most with a digit."""
    line = lines[index]
    if position >= len(line.cells) or not _caption_like(line.cells[position]):
        return False
    # Monospaced print sets each word in a cell of its own: "DRUCKEREI | SEIFERT | OHG" over
    # "POSTFACH | 10 | 09 | 45" is a name, one phrase a word space apart, no row of captions.
    if not _caption_like(phrase(line, line.cells[position])):
        return False
    below = next((ln for ln in lines[index + 1 : index + 3] if ln.page == line.page), None)
    if below is None or below.y0 - line.y1 > 1.5 * line.height:
        return False
    cell = line.cells[position]
    if _under(below, cell) is None:
        return False
    captions = [c for c in line.cells if _caption_like(c)]
    if _runs_on_under(below, cell, captions):
        return False
    values = [v for c in captions if (v := _under(below, c)) is not None]
    if len(values) < 3 or len(values) < len(captions) - 1:
        return False
    if any(len(v.text.split()) > 3 for v in values):
        return False
    digits = sum(any(ch.isdigit() for ch in v.text) for v in values)
    return 2 * digits >= len(values)


def grid_caption(lines: list[Line], cell: Cell) -> bool:
    """Whether `cell`, found in one of `lines`, is a caption of a caption grid."""
    for index, line in enumerate(lines):
        for position, other in enumerate(line.cells):
            if other is cell:
                return in_caption_grid(lines, index, position)
    return False


def in_table_header(lines: list[Line], index: int, position: int) -> bool:
    """Whether the cell at `position` is one of five or more short captions over a row with
    a value under nearly each ("FLIGHT | FROM | TO | DATE | DEP | ARR" over a flight's row):
    a table's header, its "From" a column's caption, never a party block's."""
    line = lines[index]
    if position >= len(line.cells) or not _caption_like(line.cells[position]):
        return False
    captions = [c for c in line.cells if _caption_like(c)]
    if len(captions) < 5 or len(captions) < len(line.cells) - 1:
        return False
    below = next((ln for ln in lines[index + 1 : index + 3] if ln.page == line.page), None)
    if below is not None and _wrapped_captions(below, line, captions):
        # "Provisionspfl." over "Umsatz netto €": a caption's second line; the values follow.
        line = below
        below = lines[index + 2] if index + 2 < len(lines) else None
    if below is None or below.page != line.page or below.y0 - line.y1 > 2 * line.height:
        return False
    under = sum(_under(below, c) is not None for c in captions)
    return under >= len(captions) - 1


def _wrapped_captions(below: Line, line: Line, captions: list[Cell]) -> bool:
    """Whether `below` holds only the second lines of some of the captions: short wordings
    under a caption, right under the caption row."""
    if below.page != line.page or below.y0 - line.y1 > line.height:
        return False
    for cell in below.cells:
        text = cell.text.strip(" :")
        if any(ch.isdigit() for ch in text) or not 0 < len(text.split()) <= 3:
            return False
        if not any(c.x0 < cell.x1 and c.x1 > cell.x0 for c in captions):
            return False
    return len(below.cells) < len(captions)
