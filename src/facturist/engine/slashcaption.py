"""A caption joined to another by a slash and wrapped: "Rechnungsdatum /" over "Lieferdatum"
with "6 März 2026" beside the second line only. The two captions name one value (the invoice
is dated the day it delivers), printed on the row where the joined caption ends."""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Word

# How far (points) the wrapped caption's line may start from the first's.
_ALIGNED = 4.0


def value_after_joined_caption(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """The words beside the caption's second line, where its cell closes with a slash and the
    next line starts a caption (no figure) in the same column."""
    line = lines[index]
    if not label or index + 1 >= len(lines):
        return []
    cell = next((c for c in line.cells if label[-1] in c.words), None)
    if cell is None or not cell.text.rstrip().endswith("/"):
        return []
    if any(c.x0 > cell.x1 for c in line.cells):
        return []  # the first line has a value of its own
    below = lines[index + 1]
    if below.page != line.page or below.y0 - line.y1 > line.height:
        return []  # the wrapped caption follows at the line pitch
    rest = next((c for c in below.cells if abs(c.x0 - cell.x0) <= _ALIGNED), None)
    if rest is None or any(ch.isdigit() for ch in rest.text) or not rest.text[:1].isalpha():
        return []
    return [w for c in below.cells if c.x0 > rest.x1 for w in c.words]
