"""A letterhead's street line on top, its town line right under it: an address, no name.

A sole trader's letterhead may set its address block flush right and start it one line
above the name set large on the left ("58 Belgrave Road" alone on the first line, then
"K. Mistry Electrical Services | Leicester LE4 6AS"). The street then is the page's first
line, and the last-resort reading of the top line took it for the seller's name. A cell
that opens with a house number ("58 Belgrave Road", "12a Mill Lane") and stands right over a
town line in its column (flush left or right) is the address's street.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.towns import POSTCODE_TOWN

# A house number, then the street's words and no other digit ("58 Belgrave Road").
_HOUSE_FIRST = re.compile(r"^\d{1,4}[A-Za-z]?,?\s+[^\W\d_][^\d]{2,40}$")
# Points a column's lines may sit off one another's edge.
_FLUSH = 6.0


def street_over_town(lines: list[Line], cell: Cell) -> bool:
    """Whether the cell is a house-number street whose column's next line is a town line."""
    text = cell.text.strip()
    if not _HOUSE_FIRST.match(text) or LEGAL_FORM.search(text):
        return False
    index = next((i for i, ln in enumerate(lines) if any(c is cell for c in ln.cells)), None)
    if index is None or index + 1 >= len(lines):
        return False
    line, following = lines[index], lines[index + 1]
    if following.page != line.page or following.y0 - line.y1 > 1.6 * line.height:
        return False
    return any(
        (abs(other.x0 - cell.x0) < _FLUSH or abs(other.x1 - cell.x1) < _FLUSH)
        and POSTCODE_TOWN.search(other.text) is not None
        for other in following.cells
    )
