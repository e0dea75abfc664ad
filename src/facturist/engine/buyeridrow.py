"""The buyer's ID row: the registration numbers a side-by-side block prints in one row.

Czech and Slovak invoices set the two parties side by side ("Dodavatel: | Odběratel:") and
close each block with its IDs, "IČO: 45197202 | DIČ: CZ45197202" in one row; the seller's
column, a line longer, leaves a blank line in the buyer's before that row. The row starts
at the buyer's name's left edge, its cells close together, a blank line or less under the
block the name heads: the IDs in it are the buyer's.
"""

from __future__ import annotations

from itertools import pairwise

from facturist.engine.layout import Line, column_below, line_holding
from facturist.engine.model import Value

# How far (line heights) the ID row may stand below the block's last line: one blank line.
_SET_OFF = 2.5
# The widest gap (line heights) between two cells of one party's ID row.
_CELL_GAP = 3.0


def id_below_buyer(value: Value, buyer: Value, lines: list[Line]) -> tuple[int, int] | None:
    """The indexes of the buyer's first line and of the ID's line under it, if both are found."""
    if not value.boxes or not buyer.boxes:
        return None
    start = line_holding(lines, buyer.boxes[0])
    index = line_holding(lines, value.boxes[0])
    if start is None or index is None or index <= start:
        return None
    return start, index


def in_id_row(value: Value, buyer: Value, lines: list[Line]) -> bool:
    """Whether a captioned ID stands in the row of IDs closing the buyer's block: the row's
    cells from the buyer's left edge up to the ID's run close together."""
    found = id_below_buyer(value, buyer, lines)
    if found is None:
        return False
    start, index = found
    top = buyer.boxes[0]
    row = lines[index]
    if row.page != lines[start].page:
        return False
    position = next((i for i, c in enumerate(row.cells) if value.boxes[0] in c.boxes), None)
    lead = next((i for i, c in enumerate(row.cells) if abs(c.x0 - top.x0) <= 3), None)
    if position is None or lead is None or lead > position:
        return False
    run = row.cells[lead : position + 1]
    if any(b.x0 - a.x1 > _CELL_GAP * row.height for a, b in pairwise(run)):
        return False
    bottom, height = lines[start].y1, lines[start].height
    for line, _cell in column_below(lines, start, top.x0, tolerance=3):
        if line is row:
            return True
        bottom, height = line.y1, max(height, line.height)
    return 0 < row.y0 - bottom <= _SET_OFF * max(row.height, height)
