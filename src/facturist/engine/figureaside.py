"""A figure set beside a totals grid, level with its rows: another box's, no row of the grid.

A Czech invoice prints its VAT recap left ("Sazba | Základ | DPH | Celkem" over one row per
rate) and the amount to pay in a box right of it ("Celkem k úhradě:" over "186 958,80 Kč").
The box's figure sits a few points lower than the recap's first row, so it reads as a line of
its own between the rate rows; taken for a row, it ends the grid after the first rate, whose
row is then read as the invoice's totals. A line whose every word stands right of the grid's
captions and of every figure its rows hold so far is that box's, and the grid reads on.
The box's caption may stand on the grid's caption row ("Base imponible | % IVA | Cuota IVA |
Total | TOTAL FACTURA", the box's figure level with no rate row): the captions measured are
the grid's columns, those its rows are read under, never a caption none of its figures fills.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value


def figure_beside(line: Line, cells: list[Cell], rows: list[dict[str, Value]]) -> bool:
    """Whether the line stands wholly right of the grid: its columns' captions (`cells`, those
    the rows are read under) and its rows' figures."""
    if not cells or not rows or not line.words:
        return False
    edges = [cell.x1 for cell in cells]
    edges += [box.x1 for row in rows for value in row.values() for box in value.boxes]
    right = max(edges)
    return all(word.box.x0 > right for word in line.words)
