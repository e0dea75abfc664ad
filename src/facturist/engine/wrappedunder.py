"""A caption wrapped under its value's row in a caption | value grid.

A narrow caption column wraps a long caption: its first line stands on the value's row and the
rest on the next line, the value beside the first line only (an e-invoice viewer's party box:
"BT-31" / "Umsatzsteuer-ID" with "DE241903678" beside "BT-31"). Once the viewer's term tag is
gone, the value's row has no caption of its own and the caption's words stand alone under it:
the caption owns the value beside its first line, the row just above.
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Word

# How many rows above a wrapped caption the grid's caption | value row is looked for.
_GRID_ROWS = 6
# How far (points) cells of one grid column may start apart.
_ALIGNED = 4.0


def value_over_wrapped_caption(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """The words of the value on the row just above a caption with no value of its own, where
    that row's caption slot is empty and the value stands in the grid's value column."""
    line = lines[index]
    if not label or index == 0:
        return []
    caption = next((c for c in line.cells if label[0] in c.words), None)
    if caption is None or caption is not line.cells[0]:
        return []
    above = lines[index - 1]
    if above.page != line.page or line.y0 - above.y1 > line.height:
        return []  # a wrapped caption's lines follow at the line pitch
    if any(c.x0 < caption.x1 and c.x1 > caption.x0 - 3 for c in above.cells):
        return []  # the row above has a caption of its own (or a value running across)
    value = next((c for c in above.cells if c.x0 >= caption.x1), None)
    if value is None or any(c.x0 < value.x1 for c in line.cells[1:]):
        return []  # the caption's own line has something in the value's column
    for row in reversed(lines[max(0, index - 1 - _GRID_ROWS) : index - 1]):
        if row.page != line.page:
            break
        starts = [c.x0 for c in row.cells]
        if any(abs(x - caption.x0) <= _ALIGNED for x in starts) and any(
            abs(x - value.x0) <= _ALIGNED for x in starts
        ):
            return list(value.words)  # a caption | value row of the same grid above
    return []
