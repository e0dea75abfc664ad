"""Lines of party boxes set side by side, which a centred letterhead line can look like.

Three boxes in a row ("Rechnungsempfänger | Rechnungssteller | Details") centre the middle
box's name on the page, and each line under them, its cells together, is centred there
too. A centred letterhead line runs on past the name on both sides; a row of boxes starts
one of its later cells flush with the name's left edge, where the middle box's line begins.
"""

from __future__ import annotations

from facturist.engine.layout import Line

_ALIGN = 8.0  # points between the name's edge and its box's lines' edges


def side_by_side(line: Line, edges: set[tuple[float, float]]) -> bool:
    """Whether `line` is a row of boxes side by side: a cell after its first starts flush
    with a left edge of the name's block, the first cell well left of it."""
    first = line.cells[0]
    return any(
        x0 - first.x0 > _ALIGN and any(abs(c.x0 - x0) < _ALIGN for c in line.cells[1:])
        for x0, _ in edges
    )
