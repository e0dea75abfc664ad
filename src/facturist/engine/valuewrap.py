"""A name value wrapped to a second line inside a caption | value grid ("Firmenname: |
Stadt Remscheid – Fachdienst" over "| Zentrale Dienste", then "Straße: | ...")."""

from __future__ import annotations

from facturist.engine.labels import LABEL_VALUE_LINE
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value


def _starts_at(line: Line, x: float) -> Cell | None:
    for cell in line.cells:
        if abs(cell.x0 - x) < 6:
            return cell
    return None


def wrapped_value(lines: list[Line], index: int, caption: Cell, value: Value) -> Value:
    """Add the next line's text in the value column when its caption column is empty and the
    line after it starts the next caption row: a value without its own caption in a grid of
    captioned rows is the row above, run on (an e-invoice viewer's narrow value column).

    Lines with digits or a colon are the block's other fields, never a name's tail."""
    if not value.boxes or index + 2 >= len(lines):
        return value
    line, below, after = lines[index], lines[index + 1], lines[index + 2]
    if not line.page == below.page == after.page:
        return value
    if below.y0 - line.y1 > 1.2 * line.height:
        return value
    start = value.boxes[0].x0
    tail = _starts_at(below, start)
    if tail is None or _starts_at(below, caption.x0) is not None:
        return value
    if any(c.x0 < start - 6 and c.x1 > caption.x0 for c in below.cells):
        return value  # a cell running across both columns: no value column's line
    resumed = _starts_at(after, caption.x0)
    if resumed is None or _starts_at(after, start) is None:
        return value
    text = tail.text.strip()
    if text in str(value.value):
        return value  # already joined (a legal form on the next line)
    if not text or any(ch.isdigit() for ch in text) or ":" in text or LABEL_VALUE_LINE.match(text):
        return value
    joined = f"{value.value} {text}"
    return Value(joined, joined, (*value.boxes, *tail.boxes))
