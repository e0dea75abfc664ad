"""A totals block printed right of a VAT grid, on the grid's own lines.

A hotel's or a shop's bill prints its VAT breakdown by rate at the left and, on the same
lines at the right, the totals block (the gross, a deposit, the balance)::

    Aliquota IVA  Imponibile   IVA    Totale      Totale (IVA inclusa)    1'355.50
    3.8 %             693.64  26.36   720.00      Acconto ricevuto         -300.00
    8.1 %             568.46  46.04   614.50      Saldo a vostro debito  1'055.50
    esente             21.00   0.00    21.00
    Totale IVA                72.40

The block's figure makes the caption row no line of captions, so the grid reads as nothing.
Without the block's cells (those starting right of the gap between the grid's last caption
and the block's caption) the lines are the grid alone, read as any other (the mirror of
notebesidegrid.py, a note left of the grid).
"""

from __future__ import annotations

from collections.abc import Callable

from facturist.engine.gridfigures import AMOUNT
from facturist.engine.layout import Line
from facturist.engine.notebesidegrid import lines_keeping

# The fewest captions the grid left of the block holds.
_CAPTIONS = 3
# The most cells the block's caption and its figure take on the caption row.
_BLOCK_CELLS = 3


def without_box_right(
    lines: list[Line], index: int, captions: Callable[[Line], bool]
) -> list[Line] | None:
    """The lines to the grid's window's end (notebesidegrid.lines_keeping) without the cells
    of a totals block right of the grid whose caption row is the left part of lines[index]
    (`captions` tells a caption row); None where lines[index] holds no such grid beside a
    block."""
    line = lines[index]
    cells = line.cells
    if len(cells) <= _CAPTIONS or AMOUNT.match(cells[-1].text) is None:
        return None  # the block's caption row ends in its figure ("Totale | 1'355.50")
    for split in range(len(cells) - 1, max(_CAPTIONS, len(cells) - _BLOCK_CELLS) - 1, -1):
        right = cells[split:]
        if not any(ch.isalpha() for ch in right[0].text):
            continue  # the block opens with its caption, never a figure
        left = cells[:split]
        caption = Line(line.page, [w for c in left for w in c.words], left)
        if captions(caption):
            break
    else:
        return None
    cut = (left[-1].x1 + right[0].x0) / 2
    return lines_keeping(lines, index, caption, lambda cell: cell.x0 < cut)
