"""A letterhead's street and town set in two cells of one line ("14820 Harbor Blvd. |
Lakeview, CA 90210", under a logo's name).

A letterhead's one-line address may leave a wide space, not a separator, between the street
and the town: the words fall into two cells, neither an address alone (the street has no
town, the town no street). The street's cell and the town's cell beside it, the town
opening it, read together as the one line they are printed as.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.townline import CONTACT, town_in

# How far apart the two cells may stand, in the line's heights: a wide space, not a column.
_GAP = 6.0


def street_cell_town(line: Line, cell: Cell) -> Value | None:
    """The street in `cell` and the town opening the next cell of its line, joined; else
    None."""
    text = cell.text.strip(" ,")
    if not any(ch.isdigit() for ch in text) or ":" in text or CONTACT.search(text):
        return None
    if town_in(text, []) is not None:
        return None  # a town of its own: a whole address or a town line
    at = line.cells.index(cell)
    if at + 1 >= len(line.cells):
        return None
    town_cell = line.cells[at + 1]
    if town_cell.x0 - cell.x1 > _GAP * line.height:
        return None
    town_text = town_cell.text.strip(" ,")
    town = town_in(town_text, [cell])
    if town is None or town.end() != len(town_text):
        return None
    head = town_text[: town.start()]
    if any(ch.isdigit() for ch in head) or CONTACT.search(head) or len(head.split()) > 2:
        return None  # the town opens the cell, perhaps with a word of its name before
    joined = f"{text}, {town_text}"
    return Value(joined, joined, cell.boxes + town_cell.boxes)
