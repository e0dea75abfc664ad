"""The payee's name set over two lines at the top of the page: "Huisartsenpraktijk" and,
under it in bold, "De Linde", the practice's address in a block of its own beside them (no
name over it), the patient's block ("Dhr. P. van Dijk" / street / town) below.

The payment line names the account holder whole ("t.n.v. Huisartsenpraktijk De Linde"): the
stacked lines that spell that name together, one under the other in the same column, are the
letterhead, the issuer's, and no addressed block under them is.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value

# Lines looked at under the name's first line: a column beside it may interleave its own.
_REACH = 3
# How far (points) the second line's left edge may stand from the first's.
_ALIGN = 4.0


def _words(text: str) -> list[str]:
    return text.casefold().replace("\u00a0", " ").split()


def holder_stacked(top: list[Line], holder: Value | None) -> Value | None:
    """The account holder's name as two stacked cells on top spell it, kept at the first
    cell's place; None when no two such cells do."""
    if holder is None or not isinstance(holder.value, str):
        return None
    wanted = _words(holder.value)
    if len(wanted) < 2:
        return None
    for index, line in enumerate(top):
        for cell in line.cells:
            head = _words(cell.text)
            if not head or head != wanted[: len(head)] or len(head) == len(wanted):
                continue
            under = _cell_under(top, index, cell)
            if under is not None and head + _words(under.text) == wanted:
                joined = f"{cell.text.strip()} {under.text.strip()}"
                return Value(joined, cell.text, cell.boxes, 0.4)
    return None


def _cell_under(top: list[Line], index: int, cell: Cell) -> Cell | None:
    """The first cell on the next few lines that starts flush under `cell`."""
    for below in top[index + 1 : index + 1 + _REACH]:
        if below.page != top[index].page:
            return None
        for other in below.cells:
            if abs(other.x0 - cell.x0) <= _ALIGN:
                return other
    return None
