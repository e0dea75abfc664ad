"""A narrow column of text left of the item table (a letter template's sidebar: the seller's
address, bank, tax numbers, register), its lines running on above and below the table."""

from __future__ import annotations

from facturist.engine.column_captions import classify_word
from facturist.engine.layout import Line

# How far, in points, the lines of one sidebar column may start apart.
_SAME_EDGE = 3.0
# Lines above the header searched for the sidebar's column, and how many must share its edge:
# a sidebar runs on beside the letter's text, a caption under a header starts nowhere above.
_ABOVE = 6
_SHARED = 2
# A row of captions centred beside stacked ones holds several cells, a sidebar's line one.
_CENTRED_CELLS = 2


def sidebar_line(lines: list[Line], header: int, at: int) -> bool:
    """The line at `at`, under the header starting at `header`, lies wholly left of the
    header's first caption and starts where lines above the header do, also wholly left of
    it: a line of the sidebar beside the table ("STEUER" under "Leistung | Anzahl | Summe"),
    no caption of the header's."""
    first, line = lines[header], lines[at]
    if not first.cells or not line.cells:
        return False
    left = min(c.x0 for c in first.cells)
    margin = 2 * first.height
    if any(c.x1 >= left - margin for c in line.cells) or _centred_row(lines, at, left - margin):
        return False
    edge = line.cells[0].x0
    shared = sum(
        1
        for above in lines[max(0, header - _ABOVE) : header]
        if above.page == line.page
        and above.cells
        and abs(above.cells[0].x0 - edge) <= _SAME_EDGE
        and above.cells[0].x1 < left - margin
    )
    return shared >= _SHARED


def without_sidebar_cells(lines: list[Line], header: int, line: Line) -> Line:
    """A line under the header starting at `header` less its cells that lie wholly left of
    the header's first caption, each where lines above the header start too: the sidebar's
    caption ("PLATOBNÉ ÚDAJE") level with a caption's second line ("bez DPH" under "Spolu").
    The line as it is when no such cell, or nothing else, is on it."""
    first = lines[header]
    if len(line.cells) < 2 or not first.cells:
        return line
    left = min(c.x0 for c in first.cells) - 2 * first.height
    above = [
        ln.cells[0]
        for ln in lines[max(0, header - _ABOVE) : header]
        if ln.page == line.page and ln.cells and ln.cells[0].x1 < left
    ]
    kept = [
        cell
        for cell in line.cells
        if cell.x1 >= left
        or any(classify_word(w) for w in cell.words)  # "Description" under the prices' row
        or sum(1 for other in above if abs(other.x0 - cell.x0) <= _SAME_EDGE) < _SHARED
    ]
    if not kept or len(kept) == len(line.cells):
        return line
    return Line(line.page, [w for c in kept for w in c.words], kept)


def _centred_row(lines: list[Line], at: int, left: float) -> bool:
    """The line at `at` is a row of one-line captions centred beside two-line ones ("Lp. |
    Nazwa towaru | Ilość" between "Cena | Wartość" and "netto | netto"): it lies between the
    stacked captions' lines, which stand closer than one line's height apart, the one below
    again right of it; a sidebar's single narrow cell sits in no such band."""
    if len(lines[at].cells) < _CENTRED_CELLS or not 0 < at < len(lines) - 1:
        return False
    above, line, below = lines[at - 1], lines[at], lines[at + 1]
    return (
        above.page == line.page == below.page
        and bool(below.cells)
        and below.cells[0].x0 >= left
        and above.y0 < line.y0
        and line.y1 < below.y1
        and below.y0 - above.y1 < line.height
    )


def sidebar_opener(lines: list[Line], index: int) -> bool:
    """The line at `index` is a sidebar's line beside the header under it, no caption line
    of its own ("Unit 7, Riverside" over "Qty | Description | Unit £ | Net £", right of its
    last caption): all its cells lie clear of the next line's span, that line follows close
    and names columns, and lines above start where it does (a narrow column running down
    the page). The header then opens with the next line."""
    if index + 1 >= len(lines):
        return False
    line, below = lines[index], lines[index + 1]
    if not line.cells or len(below.cells) < _CENTRED_CELLS or below.page != line.page:
        return False
    if below.y0 - line.y1 > 1.6 * line.height:
        return False
    margin = 2 * below.height
    left, right = below.cells[0].x0 - margin, below.cells[-1].x1 + margin
    if not (all(c.x0 > right for c in line.cells) or all(c.x1 < left for c in line.cells)):
        return False
    if (
        len(line.cells) >= _CENTRED_CELLS
        and sum(1 for w in line.words if classify_word(w)) >= _CENTRED_CELLS
    ):
        # "Prezzo unitario | Aliquota | Prezzo totale" right of "Descrizione | Qtà" centred
        # beside them: the two-line captions' first row, a sidebar's line names no columns.
        return False
    if sum(1 for w in below.words if classify_word(w)) < _CENTRED_CELLS:
        return False
    edge = line.cells[0].x0
    shared = sum(
        1
        for above in lines[max(0, index - _ABOVE) : index]
        if above.page == line.page and any(abs(c.x0 - edge) <= _SAME_EDGE for c in above.cells)
    )
    return shared >= _SHARED
