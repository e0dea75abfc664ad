"""An item whose name wraps before its figures, its code on the first line.

A fee schedule's bill (GOÄ, a tariff's code column) prints each service's code left of its
name and the figures on the line where the name ends::

    250   Blutentnahme mittels Spritze oder Kanüle          1   1,8    4,20
    3511  Untersuchung eines Körpermaterials mit vorgefertigten
          Reagenzträgern                                    2   1,15   6,70

The line with the code and no figures is no wrap of the item above, whose figures it already
has: it opens the next item, and the figures line under it, whose text starts in the name's
column with no code of its own, completes it. Only where the row above printed a code in the
same column, so that the column codes every item (a section's heading over uncoded rows
is no item).
"""

from __future__ import annotations

from facturist.engine.itemrow import ItemRow
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.tablecolumns import read_row_line
from facturist.engine.tableheader import Columns
from facturist.engine.tablewraps import beside_table

# How far (points) the codes of one column may start or end apart.
_SAME_COLUMN = 4.0
# Blank space between the two lines of the item, in line heights, at most.
_WRAP = 1.1


def opens_coded_item(
    lines: list[Line],
    index: int,
    line: Line,
    columns: Columns,
    description: list[Word],
    numbers: dict[str, Value],
    rows: list[ItemRow],
) -> bool:
    """Whether `line` (the table's part of lines[index]), a code and text with no figures
    under a complete row coded in the same column, opens the item whose figures stand on the
    next line. An info block left of the table ("Date | 12/03/2025") is no code column."""
    if numbers or not description or not rows or "amount" not in rows[-1].numbers:
        return False
    if index == 0 or index + 1 >= len(lines):
        return False
    above, under = beside_table(lines[index - 1], columns), beside_table(lines[index + 1], columns)
    if above is None or under is None:
        return False
    if not (line.page == above.page == under.page == rows[-1].page):
        return False
    edge = columns.description[0]
    code = _lead(line, edge)
    if code is None or _lead(under, edge) is not None:
        return False
    coded_above = _lead(above, edge)
    if coded_above is None or not _same_column(code, coded_above):
        return False
    if under.y0 - line.y1 > _WRAP * max(line.height, under.height):
        return False
    text, figures = read_row_line(under, columns)
    return bool(text) and "amount" in figures and "amount" in read_row_line(above, columns)[1]


def _lead(line: Line, edge: float) -> Word | None:
    """The last word left of the name's column, if one stands there."""
    lead = [w for w in line.words if w.box.x1 < edge]
    return lead[-1] if lead else None


def _same_column(one: Word, other: Word) -> bool:
    return (
        abs(one.box.x0 - other.box.x0) <= _SAME_COLUMN
        or abs(one.box.x1 - other.box.x1) <= _SAME_COLUMN
    )
