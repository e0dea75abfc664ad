"""Item tables that print each item's figures on the last line of its text.

Builders' and wholesalers' invoices set an item as a short title (often with its position
number) and a few lines of text, the count, price and amount beside the last of them, and
leave a little more room between the items than between the lines of one::

    01.001  Oberboden abtragen
            Oberboden bis 30 cm Stärke abtragen, seitlich lagern und nach
            Abschluss der Arbeiten wieder andecken.            142 m²   4,80   681,60
                                                                   (more room)
    01.002  Baugrube ausheben
            Boden der Klasse 3-4 lösen, laden und zur Deponie des AN
            abfahren, einschließlich Deponiegebühren.         64,5 m³  27,40 1.767,30

Most tables print the figures on the first line and wrap the name under it: the text under
a figures line is its item's. Here it is the next item's. The table tells which: its first
item's text starts above its figures, and a figures line stands closer to the text above it
than to the text under it (the items' room), never the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

if TYPE_CHECKING:
    from facturist.engine.itemrow import ItemRow

RowReader = Callable[[Line], tuple[list[Word], dict[str, Value]]]

# Lines of the table looked at to tell the order, and the figures lines that tell it.
_WINDOW = 40
_VOTES = 3
# "01.001", "2.03", "01.003A", "7": a position's number in a cell of its own.
_POSITION_CODE = re.compile(r"^\d{1,3}(?:\.\d{1,4}){0,3}[A-Za-z]?\.?$")


@dataclass
class FigureOrder:
    """Whether a table prints its items' figures on their last line (None: not known yet),
    and the spacing of the lines of one item there (top to top, points)."""

    last: bool | None = None
    pitch: float = 0.0


def _room(before: float, after: float) -> float:
    """How much more room (points) marks a gap between items over line spacing."""
    return max(2.0, 0.2 * min(before, after))


def figures_last(
    lines: list[Line], start: int, read_row: RowReader, stop: re.Pattern[str]
) -> float:
    """The line spacing of the items' text where the table from `lines[start]` on prints each
    item's figures on its last line, else 0.0.

    Each figures line between two lines of text votes: closer to the text above it (the last
    line of its name over it) or to the text under it (its name wrapping on). The table's
    first figures stand under text, at least one vote says "above", and none the other way.
    """
    page = lines[start].page
    kinds: list[str] = []
    tops: list[float] = []
    pitches: list[float] = []
    for line in lines[start : start + _WINDOW]:
        first = line.cells[0].text if line.cells else ""
        if line.page != page or stop.match(first) or stop.match(line.text):
            break
        description, numbers = read_row(line)
        if numbers.keys() & {"amount", "unit_price"}:
            if "F" not in kinds and kinds[-1:] != ["T"]:
                return 0.0  # the first figures under no text: a name goes on under them
            kinds.append("F")
        else:
            kinds.append("T" if description and not numbers else "O")
        tops.append(line.y0)
        if kinds[-3:] != ["T", "F", "T"]:
            continue
        before, after = tops[-2] - tops[-3], tops[-1] - tops[-2]
        if before - after >= _room(before, after):
            return 0.0  # its own name wraps on under it, the items' room above it
        if after - before >= _room(before, after):
            pitches.append(before)
            if len(pitches) == _VOTES:
                break
    return max(pitches, default=0.0)


def name_over(
    lines: list[Line], apart: list[tuple[int, list[Word]]], index: int, row: ItemRow, pitch: float
) -> None:
    """Put the lines of text right over `lines[index]` (`apart`: their indexes and text, left
    over from the item above) in front of the name of `row`, the item that line opened, up to
    the item's numbered title: a numbered line over that is a group's title, and text a gap
    further up stands apart from the item."""
    taken: list[list[Word]] = []
    below = index
    for number, words in reversed(apart):
        line = lines[number]
        if number != below - 1 or line.page != lines[index].page or not words:
            break
        spacing = lines[below].y0 - line.y0
        if spacing - pitch >= _room(pitch, spacing):
            break
        code = _position_code(line)
        taken.insert(0, [w for w in words if w != code])
        below = number
        if code is not None:
            break  # the item's title, its number in front
    row.description[:0] = [w for words in taken for w in words]


def name_over_break(
    lines: list[Line], apart: list[tuple[int, list[Word]]], rows: list[ItemRow]
) -> None:
    """Put the text left at the foot of the page before, under the last item there, in front
    of the name of `rows[-1]`, the row opening the rows on its page: an item whose text
    starts at a page's foot and whose figures stand on the next page (the carried sum, the
    page's foot and the repeated header between). Only lines at line spacing under that
    item and under each other: a note a gap further down stands apart."""
    if len(rows) < 2 or rows[-2].page + 1 != rows[-1].page:
        return
    above = rows[-2]
    taken: list[list[Word]] = []
    top = -1  # the index of the highest line taken
    for number, words in reversed(apart):
        line = lines[number]
        if line.page != above.page or line.y0 < above.last_y or not words:
            break
        if top >= 0 and (number != top - 1 or lines[top].y0 - line.y1 > line.height):
            break
        taken.insert(0, words)
        top = number
    if top < 0 or lines[top].y0 - above.last_y > 2 * lines[top].height:
        return  # the text starts a gap under the last item: a note, no name
    rows[-1].description[:0] = [w for words in taken for w in words]


def _position_code(line: Line) -> Word | None:
    """The position number opening the line in a cell of its own, before the title's text."""
    if len(line.cells) < 2 or len(line.cells[0].words) != 1:
        return None
    first = line.cells[0].words[0]
    return first if _POSITION_CODE.match(first.text) else None


def text_over(lines: list[Line], position: int, resume: int, read_row: RowReader) -> int:
    """Where the group that goes on at the figures line `lines[resume]` starts, the sum line
    above ending at `position`: at the lines of text right over those figures, its first
    item's title and text (a group's title over them is left to `name_over`)."""
    start = resume
    while start > position and lines[start - 1].page == lines[resume].page:
        description, numbers = read_row(lines[start - 1])
        if not description or numbers:
            break
        start -= 1
    return start
