"""Whether a caption heads an item table's column, so the figure under it is a line amount.

A header row names its columns ("Beschreibung | Menge | Betrag"), or has a second line
("Net Amount" over "(net)"); a caption that says "net" there ("Sparte | Nettobeitrag
jährlich") is still no totals caption when a column of figures, one per described row,
runs under it: its first figure is the first item's, never the document's net.
"""

from __future__ import annotations

from facturist.engine.column_captions import names_item_columns
from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import parse_amount


def in_item_header(lines: list[Line], index: int, label: list[Word]) -> bool:
    """The line is an item table's header row, its second line, or heads a column of item
    amounts under the caption's words (see the module)."""
    if names_item_columns(lines[index]):
        return True
    if index == 0:
        return _heads_item_column(lines, index, label)
    above, line = lines[index - 1], lines[index]
    return (
        above.page == line.page
        and line.y0 - above.y1 < line.height
        and not any(ch.isdigit() for ch in line.text)
        and names_item_columns(above)
    ) or _heads_item_column(lines, index, label)


def _heads_item_column(lines: list[Line], index: int, label: list[Word]) -> bool:
    """Two rows under a caption row each start with words and hold a figure under the
    caption: an item table's amount column, not a totals grid's one row of figures."""
    line = lines[index]
    if not label or len(line.cells) < 2 or any(ch.isdigit() for ch in line.text):
        return False
    # The caption's whole cell: a right-aligned figure may start past the caption's words.
    cell = next((c for c in line.cells if label[0] in c.words), None)
    if cell is None:
        return False
    x0, x1 = cell.x0, cell.x1
    rows = lines[index + 1 : index + 3]
    if len(rows) < 2:
        return False
    for row in rows:
        if row.page != line.page or len(row.cells) < 2:
            return False
        first, last = row.cells[0], row.cells[-1]
        # The row's figure stands under the caption, its description at the left.
        if last is first or not (last.x1 >= x0 and last.x0 <= x1):
            return False
        if sum(ch.isalpha() for ch in first.text) < 3:
            return False
        if parse_amount(without_currency(last.text.replace(" ", "").strip("€$£"))) is None:
            return False
    return True
