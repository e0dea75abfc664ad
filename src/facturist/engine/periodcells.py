"""A charge list's column of billed periods, under its own caption.

Telecom bills print "Description | Period | Amount (ex VAT)" over their charges, the period
in words ("9 Apr - 8 May 2024", "dispatched 27 Mar 2024") in a column of its own. With no
count or price captioned, the charges are read as a list that adds up (itemlist.py), whose
names would take in the period: it is a detail of the charge, as a date column is, and names
no item (the table reader keeps it out the same way, textcolumn.py).
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.textcolumn import PERIOD_CAPTION

# How many lines above a list's first item its caption line may stand.
_CAPTION_REACH = 2


def period_span(lines: list[Line], start: int) -> tuple[float, float] | None:
    """The x-range of a period caption ("Period", "Zeitraum") on a caption line right above
    the list starting at `start`, right of the list's first caption; None without one."""
    first = lines[start]
    for line in reversed(lines[max(0, start - _CAPTION_REACH) : start]):
        if line.page != first.page or len(line.cells) < 2:
            continue
        for cell in line.cells[1:]:
            if PERIOD_CAPTION.match(cell.text.strip()):
                return cell.x0, cell.x1
    return None


def without_period(line: Line, name: list[Word], span: tuple[float, float]) -> list[Word]:
    """The name without the words of the line's cells (past its first) under the period
    caption; the name as it is where nothing else would be left."""
    x0, x1 = span
    dropped = {
        id(word) for cell in line.cells[1:] if cell.x0 < x1 and cell.x1 > x0 for word in cell.words
    }
    kept = [word for word in name if id(word) not in dropped]
    return kept if any(ch.isalpha() for word in kept for ch in word.text) else name
