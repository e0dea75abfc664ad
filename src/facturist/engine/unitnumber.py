"""A Singapore-style unit number ("#02-15": the floor, then the unit) is part of a postal
address: printed on a line of its own between the street and the "SINGAPORE 637355" line, or
inside the one-line address before the town. Read after a "#" sign, or beside the caption of
the next column's field ("Invoice Number" half a line under it), it looks like a document's
number; the town line it leads to shows it is none.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.townline import town_in

# "#02-15", "#B1-07", "# 12-345A": a sign, the floor (a basement's "B1"), a dash, the unit.
_UNIT = re.compile(r"(?<![\w#])#\s?[B]?\d{1,3}-\d{2,5}[A-Z]?(?![\w-])")
_FLUSH = 8.0  # points between the edges of one block's lines
_LINES_TO_TOWN = 2  # the unit's line, perhaps a building's name, then the town


def unit_number(lines: list[Line], value: Value) -> bool:
    """Whether an id read at `value`'s boxes is an address's unit number: its cell prints it
    after a "#" sign and a town follows it, on its own line or a flush line under it."""
    if not value.boxes:
        return False
    box = value.boxes[0]
    for index, line in enumerate(lines):
        for cell in line.cells:
            if any(w.box == box for w in cell.words):
                return _in_address(lines, index, cell, str(value.value))
    return False


def _in_address(lines: list[Line], index: int, cell: Cell, number: str) -> bool:
    unit = next((m for m in _UNIT.finditer(cell.text) if number in m.group()), None)
    if unit is None:
        return False
    if town_in(cell.text[unit.end() :], []) is not None:
        return True  # "9 Pandan Loop #03-21 Singapore 128229"
    line = lines[index]
    for under in lines[index + 1 : index + 1 + _LINES_TO_TOWN]:
        if under.page != line.page or under.y0 - line.y1 > 3 * line.height:
            return False
        for other in under.cells:
            flush = abs(other.x0 - cell.x0) < _FLUSH or abs(other.x1 - cell.x1) < _FLUSH
            if flush and town_in(other.text, [cell]) is not None:
                return True
    return False
