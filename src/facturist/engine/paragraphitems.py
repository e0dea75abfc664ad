"""An item billed as a paragraph: a law firm's or a consultant's fee note prints its fee as
a sentence wrapped over several lines, the amount on the last one::

    TO OUR PROFESSIONAL FEES for acting on your behalf in connection with
    the above purchase, including investigating title, raising and reviewing
    attendances, telephone calls, emails and correspondence therewith.     4,800.00

The item's text is the whole paragraph: the lines right above the amount's line, at its
margin and at line spacing, without a figure, each running about as far right as the
amount's line's text or further (a wrapped paragraph fills its lines)."""

from __future__ import annotations

import re

from facturist.engine.column_captions import names_item_columns
from facturist.engine.layout import Line
from facturist.engine.leadercells import leader_end
from facturist.engine.model import Word

# Lines of a paragraph looked at above its last one.
_MAX_LINES = 8
_FIGURE = re.compile(r"\d[\d.,]*[.,]\d{2}\b")


def paragraph_above(lines: list[Line], line: Line, name: list[Word]) -> list[Word]:
    """The words of the paragraph whose last line is `line` (its text `name`), first line
    first; empty when the line stands alone."""
    if not name or line not in lines:
        return []
    index = lines.index(line)
    height = line.height
    left, right = name[0].box.x0, name[-1].box.x1
    # A last line filled out with leader dots reaches to their end (leadercells.py).
    reach = max(right, leader_end(line))
    found: list[Line] = []
    below = line
    for above in reversed(lines[max(0, index - _MAX_LINES) : index]):
        words = above.words
        if (
            not words
            or above.page != line.page
            or below.y0 - above.y1 > 0.6 * height
            or abs(words[0].box.x0 - left) > 0.25 * height
            or words[-1].box.x1 < left + 0.85 * (right - left)
            or words[-1].box.x1 > reach + 0.5 * (reach - left)
            or _FIGURE.search(above.text)
            or above.text.rstrip().endswith(":")
            # The list's column captions over its first item ("Položka | Množství | Cena").
            or (len(above.cells) > 1 and names_item_columns(above))
        ):
            break
        found.append(above)
        below = above
    return [w for above in reversed(found) for w in above.words]
