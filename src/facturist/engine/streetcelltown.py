"""A letterhead's street and town set in two cells of one line ("14820 Harbor Blvd. |
Lakeview, CA 90210", under a logo's name).

A letterhead's one-line address may leave a wide space, not a separator, between the street
and the town: the words fall into two cells, neither an address alone (the street has no
town, the town no street). The street's cell and the town's cell beside it, the town
opening it, read together as the one line they are printed as; a lone mark between them ("*") a
separator.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.townline import CONTACT, town_in

# How far apart the two cells may stand, in the line's heights: a wide space, not a column.
_GAP = 6.0
# A mark alone in a cell between the two, monospaced print's "Hafenstraße 61  *  39106
# Magdeburg  *  Tel. ...": a separator, no piece of its own.
_LONE_MARK = re.compile(r"[*●•·|▪■/–—-]")


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
    if _LONE_MARK.fullmatch(town_cell.text) and at + 2 < len(line.cells):
        town_cell = line.cells[at + 2]
    if town_cell.x0 - cell.x1 > _GAP * line.height:
        return None
    town_text = town_cell.text.strip(" ,")
    town = town_in(town_text, [cell])
    if town is None:
        return None
    if town.start() == 0 and town.end() < len(town_text):
        # "39106 Magdeburg": the postcode opens the town's cell, the town's words run to its
        # end (no number or contact after them).
        rest = town_text[town.end() :]
        if any(ch.isdigit() for ch in rest) or CONTACT.search(rest) or len(rest.split()) > 3:
            return None
    elif town.end() != len(town_text):
        return None
    head = town_text[: town.start()]
    if any(ch.isdigit() for ch in head) or CONTACT.search(head) or len(head.split()) > 2:
        return None  # the town opens the cell, perhaps with a word of its name before
    joined = f"{text}, {town_text}"
    return Value(joined, joined, cell.boxes + town_cell.boxes)
