"""A date under the whole cell of a long caption, flush with the cell's left edge.

A summary box prints its caption in one run and the date under it, the box's figure beside
the date::

    TOTAL AMOUNT DUE ON
    December 3, 2026          $1,110.38

The date caption ("due on") closes its cell, so the words under the caption's own words are
the figure's, or nothing; the date under the cell's first word, starting where the cell does,
is the caption's.
"""

from __future__ import annotations

from facturist.engine.dateread import read_date
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

# How far (points) the date's cell may start from the caption's.
_FLUSH = 6.0


def date_under_cell(lines: list[Line], index: int, label: list[Word]) -> Value | None:
    """The date in the next line's cell that starts under the caption's cell, when the
    caption closes a cell of several words."""
    line = lines[index]
    cell = next((c for c in line.cells if label and label[-1] in c.words), None)
    if cell is None or cell.words[-1] is not label[-1] or cell.words[0] is label[0]:
        return None  # the caption alone in its cell: read under its own words
    if index + 1 >= len(lines):
        return None
    below = lines[index + 1]
    if below.page != line.page or below.y0 - line.y1 > 1.5 * line.height:
        return None
    under = next((c for c in below.cells if abs(c.x0 - cell.x0) <= _FLUSH), None)
    if under is None or not any(ch.isdigit() for ch in under.text):
        return None
    return read_date(under.words[:4])


__all__ = ["date_under_cell"]
