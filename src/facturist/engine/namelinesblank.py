"""The lines under a letterhead's name that are no address, then a blank line, then the
address: a sidebar's "Hofbauer Bau GmbH" / "Baumeister" / "Ing. Gerald Hofbauer" / blank /
"Linzer Straße 44" / "4600 Wels".

A firm's column of details names it, its trade and its owner, leaves a line blank and prints
its street and town. The lines over the blank hold no figure (no street, no postcode): they
go on naming the firm. The blank parts them from the address as one may part the name
itself from it, and the address starts under it.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.partyblocks import STRONG_SEPARATOR

# The most lines that may name the firm over the blank, and the widest gap (in line heights)
# the blank leaves: one empty line, as between the name and its first address line.
_NAME_LINES = 3
_BLANK = 2.0


def address_after_name_lines(
    taken: list[Cell], bottom: float, height: float, line: Line, cell: Cell | None
) -> bool:
    """Whether `line`, one blank line under the `taken` lines (each without a digit), starts
    the address with a figure in its cell of the block (`cell`): the lines taken are the
    firm's trade and owner, no part of the address."""
    if (
        not taken
        or len(taken) > _NAME_LINES
        or cell is None
        or line.page != taken[0].words[0].box.page
    ):
        return False
    if any(ch.isdigit() for c in taken for ch in c.text):
        return False
    if line.y0 - bottom > _BLANK * max(height, line.height):
        return False
    # "Via Garibaldi 45 – 50123 Firenze": a letterhead's one address line, its pieces parted
    # by marks, is read whole elsewhere (letterheadaddress.py).
    return any(ch.isdigit() for ch in cell.text) and STRONG_SEPARATOR.search(cell.text) is None
