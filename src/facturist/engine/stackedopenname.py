"""A letterhead name stacked on two lines, read as its first line alone.

A public body's logo sets the kind of body over its name ("Université" over "Rhône-Vercors",
"COMMUNE DE" over "VILLIERS-SUR-ARVE", "Stadt" over "Wetterfeld"). The first line reads as the
name, the line under it as a tagline. Two signs join them: the first line ends in a joining
word ("de", "of", "für", "di"), which no name ends in; or the page prints both lines read on
as one run elsewhere ("Université Rhône-Vercors" heading the sender's block), as printed there
(the counterpart of stackedfullname.py, where the second line is the one read).
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, line_holding, print_height
from facturist.engine.model import Value
from facturist.engine.stackedfullname import printed_run

# A name line that cannot end there: it ends in a preposition or an article.
_OPEN_END = re.compile(
    r"\s(?:de|du|des|de\s+la|of|of\s+the|f[üu]r|di|del|della|degli|van|von|von\s+der)$",
    re.IGNORECASE,
)
_MOST_WORDS = 4  # a name's line longer than this is a name of its own


def stack_under_printed_elsewhere(name: Value, page: list[Line]) -> Value:
    """The name with the line under it, where the name ends in a joining word or the two read
    on as one run elsewhere on the page; kept at the name's place. Else `name`."""
    short = str(name.value).strip()
    if (
        not name.boxes
        or len(short.split()) > _MOST_WORDS
        or any(ch.isdigit() for ch in short)
        or short.endswith(":")
    ):
        return name
    index = line_holding(page, name.boxes[0])
    if index is None:
        return name
    under = _cell_under(page, index, name)
    if under is None:
        return name
    last, below = under
    whole = f"{short} {below.text.strip()}"
    opened = _OPEN_END.search(short)
    # "Zalando DE": a country's code in capitals after a name that is not, no joining word.
    if opened is not None and (short.isupper() or not opened.group().isupper()):
        return Value(whole, name.text, name.boxes + below.boxes, name.confidence)
    printed = printed_run(page, whole, index, last)
    if printed is not None:
        return Value(printed, name.text, name.boxes + below.boxes, name.confidence)
    return name


def _cell_under(page: list[Line], index: int, name: Value) -> tuple[int, Cell] | None:
    """The next line's cell close under the name, sharing some of its width (a right-hand
    block's lines may come between), set no smaller than it: a few words, no figures, no
    caption; with its line's index."""
    left = min(b.x0 for b in name.boxes)
    right = max(b.x1 for b in name.boxes)
    bottom = max(b.y1 for b in name.boxes)
    height = max(b.y1 - b.y0 for b in name.boxes)
    for position in range(index + 1, min(index + 4, len(page))):
        if page[position].page != page[index].page:
            return None
        cells = [c for c in page[position].cells if c.x1 >= left and c.x0 <= right]
        if not cells:
            continue
        cell = cells[0]
        text = cell.text.strip()
        top = min(w.box.y0 for w in cell.words)
        if (
            top - bottom > 1.0 * max(height, print_height(cell))
            or print_height(cell) < 0.9 * height
            or not 1 <= len(text.split()) <= _MOST_WORDS
            or any(ch.isdigit() for ch in text)
            or text.endswith(":")
        ):
            return None
        return position, cell
    return None
