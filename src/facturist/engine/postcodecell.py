"""A town and its postcode set two spaces apart, as British firms print them ("LEEDS  LS10
1TF") and monospaced print sets every gap: the gap parts the line into two cells, neither of
which reads as a town line alone. Joined, they are the block's town line. The Netherlands
prints its postcode two spaces before the town ("2676 BC  MAASDIJK"): the postcode's cell
reads as a town ("BC"), yet the town is the cell after it."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, print_height
from facturist.engine.townline import town_in

# At most a few letters' gap: two or three spaces, never a column's gutter.
_GAP_HEIGHTS = 3.0

# A Dutch postcode alone: four digits, then two capitals.
_DUTCH_POSTCODE = re.compile(r"[1-9]\d{3}\s?[A-Z]{2}")
# A town's words, no digit.
_TOWN_WORDS = re.compile(r"[^\W\d_][^\d]{1,40}")


def town_with_postcode_cell(line: Line, cell: Cell, taken: list[Cell], limit: float) -> Cell | None:
    """The cell joined with the next cell of its line where the two, a few spaces apart and
    short of the next column's edge `limit`, read whole as a town and its postcode while the
    cell alone reads as no town; else None."""
    if cell not in line.cells:
        return None
    position = line.cells.index(cell)
    if position + 1 >= len(line.cells):
        return None
    following = line.cells[position + 1]
    gap = following.x0 - cell.x1
    if gap < 0 or gap > _GAP_HEIGHTS * print_height(cell) or following.x1 > limit:
        return None
    if _DUTCH_POSTCODE.fullmatch(cell.text.strip()) and _TOWN_WORDS.fullmatch(
        following.text.strip()
    ):
        return Cell([*cell.words, *following.words])  # "2676 BC  Maasdijk"
    if town_in(cell.text, taken) is not None:
        return None
    if not any(ch.isdigit() for ch in following.text):
        return None  # the postcode is the part apart
    joined = f"{cell.text} {following.text}"
    found = town_in(joined, taken)
    if found is None or found.start() != 0 or found.end() < len(joined.rstrip(" .,")):
        return None
    return Cell([*cell.words, *following.words])
