"""A seller's name in a narrow sidebar column, its address lower down the same column after
rows left blank there ("European Association" / "for Adult Learning" / "Professionals AISBL",
the title and the document's details beside it, then "Rue du Trône 98" / "1050 Bruxelles" /
"Belgium" / "VAT BE ...").

A letter template's sidebar prints the issuer's name under its logo and its address, VAT ID
and contacts further down, while the page's main column beside it holds the title, the
details and the addressee's block. Measured in blank lines, the address stands too far under
the name to be its block; but nothing in the column parts them: every line in between lies
wholly right of the sidebar. The first line the column prints again starts the name's block.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line

# How far the address's first line may start from the name's edge (points), how many lines
# down it may stand, and how many lines beside the empty column make it a sidebar.
_FLUSH = 4.0
_REACH = 14
_BESIDE = 2


def sidebar_block_start(lines: list[Line], index: int, cell: Cell) -> int | None:
    """The index of the last line before the sidebar's next line flush under the name's
    `cell` (at `index`), the lines in between all wholly right of the name; None when
    the name stands in no such column, or the line below is not flush with it."""
    line = lines[index]
    right = max(cell.x1, *(c.x1 for c in line.cells if c.x0 < cell.x1))
    if any(c.x0 <= right for c in line.cells if c is not cell and c.x0 > cell.x0):
        return None
    beside = 0
    for number in range(index + 1, min(index + 1 + _REACH, len(lines))):
        below = lines[number]
        if below.page != line.page or not below.cells:
            return None
        inside = [c for c in below.cells if c.x0 <= right]
        if not inside:
            beside += 1
            continue
        if abs(inside[0].x0 - cell.x0) > _FLUSH or inside[0].x1 > right + _FLUSH:
            return None
        return number - 1 if beside >= _BESIDE else None
    return None
