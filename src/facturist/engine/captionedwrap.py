"""A captioned address row that wraps before its town ("Sediu: Str. Fabricii nr. 27," over
"550234 Sibiu, jud. Sibiu"): a narrow party column breaks the row after the street's comma,
and the next line, flush with the caption or with the value, goes on with postcode and town."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, line_holding
from facturist.engine.model import Value
from facturist.engine.townline import town_in
from facturist.engine.townregion import COUNTY

_FLUSH = 4.0  # points between the caption's or the value's edge and the next line's
# A postcode opening the wrapped line before its town, six digits too where the comma above
# says the address goes on (Romania's "550234 Sibiu", India's, Russia's, China's).
_POSTCODE_FIRST = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,6} (?:[A-Z]|[^\W\d_]{2})")


def with_wrapped_town(lines: list[Line], found: Value) -> Value:
    """`found` with its town line when its row ends in a comma and has no town of its own."""
    text = str(found.value)
    if not found.boxes or town_in(text, []) is not None:
        return found
    first, last = found.boxes[0], found.boxes[-1]
    index = line_holding(lines, last)
    if index is None or index + 1 >= len(lines):
        return found
    line = lines[index]
    row = next((c for c in line.cells if last in c.boxes), None)
    if row is None or not row.text.rstrip().endswith(","):
        return found
    under = _line_under(lines[index + 1 : index + 3], line, row)
    if under is None:
        return found
    edges = (row.x0, first.x0)
    flush = [c for c in under.cells if any(abs(c.x0 - x) < _FLUSH for x in edges)]
    if not flush or not (
        _POSTCODE_FIRST.match(flush[0].text)
        or town_in(flush[0].text, [])
        # "Cluj-Napoca, jud. Cluj": the county names the town line (townregion.py).
        or COUNTY.search(flush[0].text)
    ):
        return found
    joined = f"{text.strip(' ,')}, {flush[0].text.strip(' ,')}"
    return Value(joined, joined, (*found.boxes, *flush[0].boxes), found.confidence)


def _line_under(below: list[Line], line: Line, row: Cell) -> Line | None:
    """The next line under the row, past a line of a box beside the party's column (a centred
    title box's "Seria CLD nr. 0002871" between the parties) that has nothing under the row."""
    for under in below:
        if under.page != line.page or under.y0 - line.y1 > line.height:
            return None
        if any(c.x0 < row.x1 and c.x1 > row.x0 for c in under.cells):
            return under
    return None
