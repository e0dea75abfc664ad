"""A party's IDs listed right of its section caption, above its name.

Czech and Slovak invoices often set the party's registration numbers level with its caption,
in a column right of it, and the name and address under them::

    Odběratel:          IČO: 60820179
                        DIČ: CZ60820179
        AGRO Tábor a.s.
        Chýnovská 2450

The IDs stand above the name, so no block the name heads holds them, and no caption heads
their column. The caption at the left of the column's first line ("Odběratel:") names whose
they are: the column runs up from the ID, its lines left-aligned and close together, to the
line where the caption stands just left of it.
"""

from __future__ import annotations

from collections.abc import Callable

from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Value

# How far apart (points) the column's lines' left edges may stand.
_ALIGNED = 4.0
# How many lines the column may run to above the ID.
_REACH = 4
# How far apart (in line heights) two lines of the column may be.
_GAP = 2.5


def caption_beside_party(
    value: Value, lines: list[Line], party_of: Callable[[str], str | None]
) -> str | None:
    """ "buyer" or "seller" when the ID's column of lines starts level with a party's
    section caption, the cell just left of the column (`party_of` names a caption's
    party)."""
    if not value.boxes:
        return None
    index = line_holding(lines, value.boxes[0])
    if index is None:
        return None
    row = lines[index]
    cell = next((c for c in row.cells if value.boxes[0] in c.boxes), None)
    if cell is None:
        return None
    left, below = cell.x0, row
    for position in range(index, max(-1, index - _REACH - 1), -1):
        line = lines[position]
        if line.page != row.page or below.y0 - line.y1 > _GAP * max(line.height, below.height):
            return None
        cells = line.cells
        aligned = next((i for i, c in enumerate(cells) if abs(c.x0 - left) <= _ALIGNED), None)
        if aligned is None:
            return None
        party = party_of(cells[aligned - 1].text) if aligned else None
        if party is not None:
            return party
        below = line
    return None
