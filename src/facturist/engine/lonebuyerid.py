"""The buyer's VAT ID alone under the address window, set off by more than a blank line.

An Austrian or German letter sets the customer's ID under the window, flush with its lines
and apart from them ("Alpenglanz Tourismus GmbH" / ... / "Österreich" / gap / "UID:
ATU65287343"), often on a reverse-charge invoice, where the law asks for the recipient's
ID. The window's height leaves the ID up to several line heights under the block's last
line, farther than seller_vat.py's one blank line. Nothing else stands between them, and
the ID's line holds the captioned ID only: it closes the buyer's block. The seller's own ID
is never read so (buyervat.py leaves out the seller's ID; a caption "Unsere ..." owns it).
"""

from __future__ import annotations

from facturist.engine.buyeridrow import id_below_buyer
from facturist.engine.layout import Line, column_below
from facturist.engine.model import Value
from facturist.engine.seller_vat import possessive_party

# How far (the block's tallest line heights) under the block's last line the ID may stand:
# the rest of an address window's height.
_WINDOW_REST = 5.0
# The fewest lines the block over the ID holds (a name and a town at least).
_BLOCK_LINES = 2


def lone_id_under(value: Value, buyer: Value, lines: list[Line]) -> bool:
    """Whether a captioned ID stands alone on its line, flush with the buyer's block under
    it, with no line between the block's last line and it (see the module's docstring)."""
    found = id_below_buyer(value, buyer, lines)
    if found is None:
        return False
    start, index = found
    top = buyer.boxes[0]
    line = lines[index]
    if line.page != lines[start].page or len(line.cells) != 1:
        return False
    if abs(line.cells[0].x0 - top.x0) > 3 or possessive_party(value, lines) == "seller":
        return False
    bottom, height, count = lines[start].y1, lines[start].height, 1
    for below, _cell in column_below(lines, start, top.x0, tolerance=3):
        if below is line:
            return False  # inside the block: seller_vat.py's reading
        bottom, height, count = below.y1, max(height, below.height), count + 1
    if count < _BLOCK_LINES:
        return False
    between = [
        other
        for other in lines
        if other.page == line.page and bottom < other.y0 < line.y0 and other is not line
    ]
    gap = line.y0 - bottom
    return not between and 0 < gap <= _WINDOW_REST * max(line.height, height)
