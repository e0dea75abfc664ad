"""Two column captions set close together read as one header cell ("Importe IVA": the amount's
caption right-aligned over its figures, the tax code's left-aligned beside it). As one cell the
pair names another column (es "Importe IVA", the VAT amount) and the header has no amount.

The rows under it tell: they print the amount and the code apart ("492,00 | R1"), a row's cell
ending between the two words and the next starting after. Where the left part names the
amounts and no other caption of the header does, the cell is split there.
"""

from __future__ import annotations

from facturist.engine.column_captions import classify_text
from facturist.engine.layout import Cell, Line

# Rows under the header to look at.
_ROWS = 3


def split_by_rows(line: Line, below: list[Line]) -> Line:
    """The header line with a cell of two captions split where the rows below split it; the
    line itself where none is."""
    if len(line.cells) < 3 or "amount" in map(classify_text, [cell.text for cell in line.cells]):
        return line
    rows = [row for row in below[:_ROWS] if row.page == line.page]
    if not rows:
        return line  # no row below to split a cell by (`_cut` needs one)
    cells: list[Cell] = []
    split = False
    for cell in line.cells:
        cut = _cut(cell, rows)
        if cut is None:
            cells.append(cell)
            continue
        cells += [Cell(cell.words[:cut]), Cell(cell.words[cut:])]
        split = True
    if not split:
        return line
    return Line(line.page, list(line.words), cells, line.item_term)


def _cut(cell: Cell, rows: list[Line]) -> int | None:
    """Where the cell splits in two captions, the left one the amount's; None where it does
    not, or where no row below has a cell boundary between the two parts."""
    for cut in range(1, len(cell.words)):
        left, right = cell.words[:cut], cell.words[cut:]
        if classify_text(" ".join(w.text for w in left)) != "amount":
            continue
        if classify_text(" ".join(w.text for w in right)) is None:
            continue
        gap = (left[-1].box.x1, right[0].box.x0)
        if any(_parted(row, gap) for row in rows):
            return cut
    return None


def _parted(row: Line, gap: tuple[float, float]) -> bool:
    """A cell of the row ends under the left caption and the next starts under the right."""
    return any(
        a.x1 <= gap[1] and b.x0 >= gap[0] and a.x1 > gap[0] - 40
        for a, b in zip(row.cells, row.cells[1:], strict=False)
    )
