"""A blank line between a party's name and its address, measured by the name's own pitch.

A sidebar or letterhead may set its name over two lines with a wide leading, then leave one
blank line before the street ("Pneus Service" / "di Ferrari Luca & C. S.n.c." / blank /
"Via Emilia Est 318" / "41126 Modena (MO)"). Its print is small for its leading, so a gap
the block's line heights measure reads as the block's end, and the lines of the columns
beside it, set in the blank row, end it too. The name's own pitch tells the blank line:
a line up to two pitches under the name's last line is within the block's reach.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value

# Share of a line's height the gap may exceed two name pitches by.
_SLACK = 0.3


def name_pitch(name: Value) -> float:
    """The pitch of a name set over two lines or more (top to top), or 0 for one line."""
    page = name.boxes[-1].page if name.boxes else 0
    boxes = sorted((b for b in name.boxes if b.page == page), key=lambda b: b.y0)
    tops: list[float] = []
    for box in boxes:
        if not tops or box.y0 - tops[-1] > 0.5 * (box.y1 - box.y0):
            tops.append(box.y0)
    return (tops[-1] - tops[0]) / (len(tops) - 1) if len(tops) > 1 else 0.0


def blank_under_name(start: Line, pitch: float, line: Line, taken: list[Cell]) -> bool:
    """Whether `line` lies within one blank line of the name's last line (`start`), nothing
    of the block taken yet: no gap that ends the block."""
    if taken or pitch <= 0 or line.page != start.page:
        return False
    return line.y0 - start.y0 <= 2 * pitch + _SLACK * line.height
