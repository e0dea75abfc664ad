"""A header-less list of charges right of a sidebar column (a letter's customer address, its
references), the sidebar's lines interleaving with the list's::

    Customer              Buildings cover                    €412.60
    Ms Aoife Brennan
    3 Ashgrove Park       Contents cover                     €188.40
    Ennis, Co. Clare      Specified personal possessions      €64.00

A line whose text all ends well left of where the list's names start is the sidebar's: it
neither ends the list nor describes its item. On a line shared with the list, the sidebar's
cells are no part of the item's name.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# How far, in line heights, the sidebar's text ends left of the list's names.
_GAP = 2.0
# How far, in line heights, a trimmed line's first cell may start from the list's names.
_LEVEL = 0.5
# A money figure's cents ("€30.00", "1.234,50"): a sum, which a sidebar's line never prints.
_MONEY = re.compile(r"\d[.,]\d{2}(?!\d)")


def sidebar_line(line: Line, level: float, height: float) -> bool:
    """All the line's text ends well left of the list's names, and it prints no money."""
    edge = level - _GAP * height
    if not line.cells or _MONEY.search(line.text):
        return False
    return all(cell.x1 < edge for cell in line.cells)


def without_sidebar(line: Line, level: float, height: float) -> Line:
    """The line less the sidebar's cells left of the list's names, where what is left starts
    at the names' edge; else the line as it is."""
    edge = level - _GAP * height
    kept = [cell for cell in line.cells if cell.x1 >= edge]
    if len(kept) == len(line.cells) or len(kept) < 2:
        return line
    if abs(kept[0].x0 - level) > _LEVEL * height:
        return line
    return Line(line.page, [w for cell in kept for w in cell.words], kept)
