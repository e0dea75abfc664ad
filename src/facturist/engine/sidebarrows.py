"""A sidebar running down the page's margin beside an item table (a letter template's
partners, register court, tax and bank details), set apart from the table's lines.

The sidebar's words share lines with the table's ("FN 401233w | Laufende Finanzbuchhaltung",
"Landesgericht für ZRS Graz | Abstimmung der Bankkonten | 380,00") or stand on lines of their
own between an item's text and its figures' line ("IBAN" between "… 1,5 Std. à €" and
"180,00 | 270,00"): read among the rows, they join an item's text or part it from its
figures. A cell wholly outside the header's horizontal span, left of its first caption or
right of its last, whose left edge lines of the same column share above the header (a narrow
column running on down the page, no item's text), belongs to no row: the lines the rows are
read from leave it out, and a line of it alone. A line reading as the totals' caption stays
(the table ends there, as before). A sidebar's line level with the header ("Bedrag |
Derdenrekening") is no caption of the table either: unnamed cells right of the last caption
that start where the sidebar's lines above do leave the table's span at that caption.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.tableends import TABLE_STOP
from facturist.engine.tableheader import Columns

# How far, in points, the cells of one sidebar column may start apart; how many lines above
# the header must start one there; how many lines above the header are looked at.
_SAME_EDGE = 3.0
_SHARED = 2
_ABOVE = 20
# Blank room, in line heights, between the table's span and a sidebar's cell.
_MARGIN = 3.0


def without_sidebar_lines(lines: list[Line], header: int, columns: Columns) -> list[Line]:
    """`lines` less the sidebar's cells and lines under the header at `header` on its page."""
    if "description" not in columns.centers and columns.text_left is None:
        return lines  # the uncaptioned text column left of the first caption: the items'
    page = lines[header].page
    spans = [*columns.centers.values(), *columns.unnamed, *columns.others]
    left = min(columns.left, columns.text_left if columns.text_left is not None else 1e9)
    right = max([columns.right, *(x1 for _, x1 in spans)])
    above = [line for line in lines[max(0, header - _ABOVE) : header] if line.page == page]
    edges = _sidebar_edges(above, left, right)
    if not edges:
        right, edges = _header_in_sidebar(lines[header], above, columns, left)
    if not edges:
        return lines
    kept = lines[: header + 1]
    for line in lines[header + 1 :]:
        if line.page != page:
            kept.append(line)
            continue
        cells = [c for c in line.cells if not _in_sidebar(c, line, edges, left, right)]
        if len(cells) == len(line.cells):
            kept.append(line)
        elif not cells and not (
            TABLE_STOP.match(line.cells[0].text) or TABLE_STOP.match(line.text)
        ):
            continue  # a line of the sidebar alone
        elif cells:
            kept.append(Line(line.page, [w for c in cells for w in c.words], cells))
        else:
            kept.append(line)
    return kept


def _header_in_sidebar(
    line: Line, above: list[Line], columns: Columns, left: float
) -> tuple[float, list[float]]:
    """The sidebar's line level with the header ("Bedrag | Derdenrekening", a bank account's
    caption): unnamed cells right of the last caption, a line's height or more apart, that
    start where lines above the header start right of the captions' span. The table then
    ends at its last caption: its right edge and the sidebar's edges, or no edges."""
    named = max((x1 for _x0, x1 in columns.centers.values()), default=columns.right)
    trailing = [
        cell
        for cell in line.cells
        if cell.x0 > named + line.height and (cell.x0, cell.x1) in columns.unnamed
    ]
    if not trailing:
        return named, []
    edges = _sidebar_edges(above, left, named)
    if not any(abs(trailing[0].x0 - edge) <= _SAME_EDGE for edge in edges):
        return named, []
    spans = {(cell.x0, cell.x1) for cell in trailing}
    columns.unnamed = [span for span in columns.unnamed if span not in spans]
    columns.others = [span for span in columns.others if span not in spans]
    columns.right = max(
        [named, *(c.x1 for c in line.cells if (c.x0, c.x1) not in spans and c.x1 < trailing[0].x0)]
    )
    return columns.right, edges


def _outside(cell: Cell, line: Line, left: float, right: float) -> bool:
    margin = _MARGIN * line.height
    return cell.x1 < left - margin or cell.x0 > right + margin


def _sidebar_edges(above: list[Line], left: float, right: float) -> list[float]:
    """The left edges of cells outside the table's span that lines above the header share."""
    starts = sorted(c.x0 for line in above for c in line.cells if _outside(c, line, left, right))
    edges: list[float] = []
    for start in starts:
        shared = sum(1 for other in starts if abs(other - start) <= _SAME_EDGE)
        if shared >= _SHARED and not any(abs(edge - start) <= _SAME_EDGE for edge in edges):
            edges.append(start)
    return edges


def _in_sidebar(cell: Cell, line: Line, edges: list[float], left: float, right: float) -> bool:
    return _outside(cell, line, left, right) and any(
        abs(cell.x0 - edge) <= _SAME_EDGE for edge in edges
    )
