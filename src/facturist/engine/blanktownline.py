"""A town line set one blank line under the street, as older letters print their address.

DIN 5008 once asked for an empty line before the town ("Bestimmungsort") in the address
field, and typewritten or home-made invoices still print it::

    Steuerbüro Terhaar & Partner
    Wüllener Straße 19

    48683 Ahaus

The gap is twice the block's own line pitch, wider than a block's lines allow, so the block
would end at the street and give no address. A gap of one blank line is passed over when
the line under it is the block's town line, in the block's column.

A list of header fields beside the window ("Kunden-Nr. : 10233", "Lieferschein : L-...")
shares the window's rows: its lines in the blank row stand wholly right of the block, and
neither end the block nor count as its town line; the gap is measured on to the next line
in the block's column.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.townline import town_in

# Points a town line may sit off its street's left edge.
_FLUSH = 4.0
# Share of a line's height the gap may exceed two line pitches by.
_SLACK = 0.3


def town_after_blank(start: Line, taken: list[Cell], line: Line) -> bool:
    """True when `line` holds the town, one blank line under the last of the `taken` lines
    (the block under the name on `start`), flush left with it."""
    if not taken:
        return False
    last = taken[-1].words[0].box
    before = taken[-2].words[0].box.y0 if len(taken) > 1 else start.y0
    pitch = last.y0 - before
    if line.page != last.page or pitch <= 0 or town_in(taken[-1].text, taken[:-1]) is not None:
        return False
    if line.y0 - last.y0 > 2 * pitch + _SLACK * line.height:
        return False
    cell = next((c for c in line.cells if abs(c.x0 - taken[-1].x0) < _FLUSH), None)
    found = None if cell is None else town_in(cell.text, taken)
    return found is not None and found.start() == 0


def beside_block(line: Line, taken: list[Cell]) -> bool:
    """True when every cell of `line` starts right of the block read so far (`taken`): a
    column beside the window, sharing its rows."""
    if not taken or not line.cells:
        return False
    right = max(cell.x1 for cell in taken)
    return all(cell.x0 > right + _FLUSH for cell in line.cells)
