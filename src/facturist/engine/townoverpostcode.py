"""A town alone on its line over a British or Irish postcode alone on the next: a town.

UK and Irish addresses put the post town on a line of its own and the postcode alone on the
next ("17 Raglan Street / Harrogate / HG1 1LE"), in a letterhead flush right as in the
addressee's block. Read as a block's first line, the town ("Harrogate") looked like a name
over a postcode line, and was taken for the buyer or the seller. A line that stands right
over a lone postcode, in its column, is the address's town line and never anyone's name.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line

# A British postcode ("HG1 1LE", "SW1A 2AA") or an Irish Eircode ("D02 X576") alone.
_CODE_ALONE = re.compile(r"\s*(?:[A-Z]\d[\dW] ?[A-Z\d]{4}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}),?\s*")
# Points a column's lines may sit off one another's edge.
_FLUSH = 4.0


def town_over_postcode(page: list[Line], index: int, cell: Cell) -> bool:
    """Whether the cell on page[index] stands right over a postcode alone on the next line,
    flush with it on the left or the right (or centred over it): the block's town line."""
    line = page[index]
    following = next((ln for ln in page[index + 1 :] if ln.page == line.page), None)
    if following is None or following.y0 - line.y1 > 1.6 * line.height:
        return False
    middle = (cell.x0 + cell.x1) / 2
    return any(
        _CODE_ALONE.fullmatch(other.text)
        and (
            abs(other.x0 - cell.x0) < _FLUSH
            or abs(other.x1 - cell.x1) < _FLUSH
            or abs((other.x0 + other.x1) / 2 - middle) < _FLUSH
        )
        for other in following.cells
    )
