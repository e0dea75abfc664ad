"""The value under a caption in its own column, when the words "beside" it are another row's.

Xero's and MYOB's tax invoices print a column of captions, each over its value ("Invoice
Number" over "INV-1187"), right beside the issuer's address column. An address line that sits
half a line above or below the caption overlaps it vertically and so looks beside it, but it
is the next column's row: the caption's value is the one its own column prints under it,
left-aligned with the caption.
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Box, Word

# How far off the caption's row (in caption heights) a neighbour's words sit when they are
# another row's: a value in another font size shares the row's baseline or its middle.
_OFF_ROW = 0.3
# How close (points) a value's left edge sits to its caption's in a column of captions.
_ALIGNED = 3.0


def off_row(boxes: tuple[Box, ...], label: list[Word]) -> bool:
    """Whether words read beside a caption sit half a line off its row: neither their
    baseline nor their middle is the caption's."""
    if not boxes or not label:
        return False
    top = min(w.box.y0 for w in label)
    bottom = max(w.box.y1 for w in label)
    height = max(bottom - top, 1.0)
    y0, y1 = min(b.y0 for b in boxes), max(b.y1 for b in boxes)
    return (
        abs(y1 - bottom) > _OFF_ROW * height
        and abs((y0 + y1) / 2 - (top + bottom) / 2) > _OFF_ROW * height
    )


def own_column_below(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """The cell under a caption that starts where the caption does, on the next lines; none
    where other words stand under the caption first."""
    line = lines[index]
    left = label[0].box.x0
    right = max(w.box.x1 for w in label)
    for below in lines[index + 1 : index + 4]:
        if below.page != line.page or below.y0 - line.y1 > 2 * line.height:
            break
        cell = next((c for c in below.cells if abs(c.x0 - left) <= _ALIGNED), None)
        if cell is not None:
            return list(cell.words)
        if any(w.box.x1 >= left and w.box.x0 <= right for w in below.words):
            break
    return []
