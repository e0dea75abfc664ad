"""Item tables whose header names the text columns on one line over the figures' on the next.

Fixed-width printouts (ERP systems, Courier type) set each item on two lines, as the header
sets its captions: the position, article number and name on the first, the count, price,
rebate and amount on an indented second line, and perhaps reference lines under those::

    Pos  Artikelnummer   Bezeichnung
                         Menge Einh  Listenpreis  Rab%  Nettopreis  Betrag EUR
    *** Lieferschein 0041 vom 03.02.2025 ***
      1  KR-2210.4       Keilriemen XPZ 1250 Lw
                            2,000 ST       31,20  20,0       24,96       49,92
                    Ref.-Nr. 7H4 903 119 / Lager B-12-3

The name's caption stands over the figures' captions, so the name's words fall in figure
columns: a line starting left of the figures is all text (less the position and the code
under their captions), and each item's name is the text over its figures line, from its
numbered position line down (figureslast.py reads it so); lines under the figures
(references, store places, notes) and the group captions are no part of any name.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

if TYPE_CHECKING:
    from collections.abc import Callable

    from facturist.engine.tableheader import Columns

# Lines of the table looked at for the spacing of an item's lines.
_WINDOW = 40
# How far (points) a text cell may stand off the caption of the code column it falls under.
_SLACK = 4.0


def name_lines(columns: Columns, group: list[Line], found: dict[str, list[Word]]) -> None:
    """Where the header `group` sets the description's caption on a line over every figure
    caption, and over the figures' columns (it reaches right of where the first starts):
    mark the columns as read by item lines (`columns.name_lines`, the x where a figures line
    starts: half-way from the name's caption to the first figure caption)."""
    caption = found.get("description")
    if caption is None or len(group) < 2:
        return
    rows = {
        key: next((n for n, member in enumerate(group) if words[0] in member.words), -1)
        for key, words in found.items()
    }
    figures = [key for key in rows if key != "description"]
    if "amount" not in figures or min(rows[key] for key in figures) <= rows["description"]:
        return
    start = min(w.box.x0 for w in caption)
    first = min(min(w.box.x0 for w in found[key]) for key in figures)
    if max(w.box.x1 for w in caption) <= first or first <= start:
        return  # the captions of one row, set on two lines
    columns.name_lines = (start + first) / 2


def name_line(line: Line, columns: Columns) -> list[Word] | None:
    """The text of a line of an item's name (or of a line under its figures) in a table whose
    items print their figures on a line of their own, None for a figures line: all words
    but those of the cells under the position's and the code's captions."""
    if columns.name_lines is None or not line.words:
        return None
    if line.words[0].box.x0 >= columns.name_lines:
        return None
    right = columns.description[0]
    return [
        word
        for cell in line.cells
        if not (cell.x1 < right and _under(cell.x0, cell.x1, columns.lead))
        for word in cell.words
    ]


def _under(x0: float, x1: float, spans: list[tuple[float, float]]) -> bool:
    center = (x0 + x1) / 2
    return any(left - _SLACK <= center <= end + _SLACK for left, end in spans)


def name_pitch(
    lines: list[Line], start: int, read_row: Callable[[Line], tuple[list[Word], dict[str, Value]]]
) -> float:
    """The spacing (top to top, points) of an item's lines: the widest from a name's line to
    the figures line right under it, in the table's first lines from `lines[start]`."""
    pitches: list[float] = []
    for above, line in pairwise(lines[start : start + _WINDOW]):
        if above.page != line.page:
            break
        text, numbers = read_row(above)
        if text and not numbers and "amount" in read_row(line)[1]:
            pitches.append(line.y0 - above.y0)
    return max(pitches, default=0.0)
