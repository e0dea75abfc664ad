"""A recipient's block under the end of a letterhead's wide name, right of the letterhead's
column: a name set large and wide over the narrower lines of its tagline and address, the
boxed recipient lower down starting right of those lines (partyblocks.py)."""

from __future__ import annotations

from facturist.engine.layout import Cell, Line


def right_of_column(top: list[Line], head: Cell, cell: Cell) -> bool:
    """Whether `cell` stands right of the letterhead's column though under the end of its name:
    a name set large and wide ("TRANSPORT VAN DAMME & ZONEN") over narrower lines, the boxed
    recipient starting right of those lines and right of the name's middle."""
    lines = [c for below in top[1:6] for c in below.cells if abs(c.x0 - head.x0) < 6]
    if not lines or cell.x0 <= (head.x0 + head.x1) / 2:
        return False
    return cell.x0 > max(c.x1 for c in lines)
