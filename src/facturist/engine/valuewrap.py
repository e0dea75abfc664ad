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
    """Add the next lines' text in the value column while its caption column stays empty,
    up to the next caption row: a value without its own caption in a grid of captioned rows
    is the row above, run on (an e-invoice viewer's narrow value column wraps a public
    body's name over several lines: "Landratsamt" / "Tübingen" / "Zentrale Vergabestelle").

    Lines with digits or a colon are the block's other fields, never a name's tail."""
    if not value.boxes:
        return value
    line = lines[index]
    start = value.boxes[0].x0
    tails: list[Cell] = []
    previous = line
    for below in lines[index + 1 : index + 8]:
        if below.page != line.page:
            return value
        if _starts_at(below, caption.x0) is not None:
            break  # the next caption row: the value is over
        tail = _starts_at(below, start)
        if tail is None:
            continue  # a line of the grid's other column only
        if below.y0 - previous.y1 > 1.2 * line.height or len(tails) == _MOST_TAILS:
            return value
        if any(c.x0 < start - 6 and c.x1 > caption.x0 for c in below.cells):
            return value  # a cell running across both columns: no value column's line
        text = tail.text.strip()
        if (
            not text
            or any(ch.isdigit() for ch in text)
            or ":" in text
            or LABEL_VALUE_LINE.match(text)
        ):
            return value
        if text not in str(value.value):  # not joined already (a legal form on the next line)
            tails.append(tail)
        previous = below
    else:
        return value  # no caption row follows: no grid, or its end
    if not tails:
        return value
    joined = " ".join([str(value.value), *(t.text.strip() for t in tails)])
    return Value(joined, joined, (*value.boxes, *(b for t in tails for b in t.boxes)))


# A wrapped name runs over three more lines at most.
_MOST_TAILS = 3
