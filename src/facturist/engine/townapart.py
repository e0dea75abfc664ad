"""A town read beside a party's name from a column set well apart: another block's line.

A freelancer's letter may print her own contact column at the right margin, level with the
address window: "Lina Marquardt / Kastanienallee 58 / 10119 Berlin / Tel. ..." beside
"Café Kiezliebe UG / Oderberger Straße 22 / 10435 Berlin". The layout merges the rows, so
the recipient's name line ends in "| 10119 Berlin", the sender's town. Read as "the town
after the name" (ACME AG · 60276 Frankfurt), it hides the recipient's own street and town
under the name. When the only town beside the name stands a wide column gap away, the block
under the name, flush with it, is the party's address (addresses.py tries it first).
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line, print_height

# How wide (points, and in the name's letter heights) a gap parts another column's block
# from the name's: farther than the widest space between the pieces of one printed line.
_GAP = 60.0
_GAP_HEIGHTS = 6.0


def town_apart(line: Line, cell: Cell) -> bool:
    """Whether the cells after the name's cell on its line start a wide column gap away
    from it (another block's column, not the name's line going on)."""
    cells = line.cells
    if cell not in cells:
        return False
    after = cells[cells.index(cell) + 1 :]
    if not after:
        return False
    gap = after[0].x0 - cell.x1
    return gap > max(_GAP, _GAP_HEIGHTS * print_height(cell))
