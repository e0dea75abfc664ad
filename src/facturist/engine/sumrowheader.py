"""A sum row's figures captioned by an item table header printed over stacked lines.

Marketplace and ERP tax invoices (India's GST invoices from online marketplaces among them)
set each column's caption on two or three lines, with another column's caption between::

    Sl.  Description   Unit    Net     Tax   Tax   Tax      Total
                       Qty
    No                 Price   Amount  Rate  Type  Amount   Amount

A figure's caption is then the words standing over it on each of the header's lines, read
top down ("Tax" + "Amount"), not the one line nearest the items.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

# A figure with cents: a line holding one is a row of the table, not of its header.
_FIGURE = re.compile(r"\d[.,]\d{2}\b")
# How many lines a header may stack, and how far apart (in line heights) they may stand.
_MOST_LINES = 4
_GAP = 1.0


def header_block(lines: list[Line], at: int) -> list[Line]:
    """The header's lines around lines[at]: the caption lines stacked close above and under
    it on its page, top down."""
    block = [lines[at]]
    for step in (-1, 1):
        index = at + step
        while 0 <= index < len(lines) and len(block) < _MOST_LINES:
            line, near = lines[index], block[0] if step < 0 else block[-1]
            upper, lower = (line, near) if step < 0 else (near, line)
            if line.page != near.page or _FIGURE.search(line.text):
                break
            if lower.y0 - upper.y1 > _GAP * max(upper.height, lower.height):
                break
            block = [line, *block] if step < 0 else [*block, line]
            index += step
    return block


def stacked_caption(figure: Word, block: list[Line]) -> Cell | None:
    """The words over `figure` on each of the header's lines, top down: on each line the one
    cell it overlaps, none where it overlaps none or several."""
    words: list[Word] = []
    for line in block:
        over = [cell for cell in line.cells if _overlap(figure, cell) > 0]
        if len(over) == 1:
            words.extend(over[0].words)
    return Cell(words) if words else None


def _overlap(word: Word, cell: Cell) -> float:
    return min(word.box.x1, cell.x1) - max(word.box.x0, cell.x0)
