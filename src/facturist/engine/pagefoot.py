"""Where an item table goes on past a page's foot: the next page's repeated header, or its
rows under the running sum it brings forward (tables.py reads the rows)."""

from __future__ import annotations

from facturist.engine.carrylines import carry_line
from facturist.engine.itemrow import ItemRow
from facturist.engine.layout import Line
from facturist.engine.tablecolumns import look_ahead
from facturist.engine.tableends import TABLE_STOP
from facturist.engine.tableheader import Columns, find_header
from facturist.engine.tablesections import next_page

# Lines a page prints over the rows it carries on with (its running head, a page number)
# before it brings the running sum forward.
_PAGE_HEAD = 4


def _next_page_start(lines: list[Line], index: int) -> int:
    """The index of the first line on a page after the one of `lines[index]`."""
    page = lines[index].page
    return next((i for i in range(index + 1, len(lines)) if lines[i].page != page), len(lines))


def past_page_foot(
    lines: list[Line], index: int, rows: list[ItemRow], columns: Columns
) -> int | None:
    """Where the table goes on after the page label under its items (the page's foot; the
    footer below is none): where the next page repeats its header, or carries on with rows in
    its columns; None where it does not go on."""
    following = _next_page_start(lines, index)
    if find_header(lines[following : following + 8], 0) is None:
        start = _brought_forward(lines, following, rows)
        return next_page(lines, start, rows, look_ahead(columns), TABLE_STOP)
    return following


def _brought_forward(lines: list[Line], start: int, rows: list[ItemRow]) -> int:
    """Where the rows go on under the running sum a page brings forward at its head ("Suma
    anterior 1.204,60" under its running head): the line after it, or `start` without one.
    Its caption may read as the totals block's ("Suma"), which would end the table there."""
    figures = [
        f
        for row in rows
        if "amount" in row.numbers and isinstance(f := row.numbers["amount"].value, float)
    ]
    page = lines[start].page if start < len(lines) else -1
    for index in range(start, min(start + _PAGE_HEAD, len(lines))):
        if lines[index].page != page:
            break
        if carry_line(lines[index], figures):
            return index + 1
    return start
