"""A note printed left of a totals grid, on the grid's own lines.

Invoices print a VAT summary by rate at the right and, on the same lines at the left, a note
(an exemption's legal ground, the exchange rate, the VAT in the domestic currency)::

    Stawka 0% – art. 83 ust. 1 pkt 23 ustawy o VAT | Stawka | Netto    | VAT   | Brutto
    (usługi transportu międzynarodowego).          | 0%     | 2 240,35 | 0,00  | 2 240,35
    Kurs średni NBP z dnia 2025-03-19,
                                                   | 23%    |   108,00 | 24,84 |   132,84
    Kwota VAT w PLN: 103,89 zł                     | Razem  | 2 348,35 | 24,84 | 2 373,19

The note's figures make the caption row no line of captions, and its words open the grid's
rows, so the grid reads as nothing. Without the note's cells (those ending left of the grid's
first caption) the lines are the grid alone, read as any other.
"""

from __future__ import annotations

from collections.abc import Callable

from facturist.engine.layout import Cell, Line

# How many lines under the captions the grid may take (its rows and the note's lines).
_WINDOW = 16
# The fewest captions the grid right of the note holds.
_CAPTIONS = 3


def without_note(
    lines: list[Line], index: int, captions: Callable[[Line], bool]
) -> list[Line] | None:
    """lines[: index + 1 + _WINDOW] without the cells of a note left of the grid whose
    caption row is the right part of lines[index] (`captions` tells a caption row); None
    where lines[index] holds no such grid beside a note."""
    line = lines[index]
    cells = line.cells
    if len(cells) <= _CAPTIONS or not any(ch.isdigit() for ch in cells[0].text):
        return None
    for split in range(1, len(cells) - _CAPTIONS + 1):
        right = cells[split:]
        caption = Line(line.page, [w for c in right for w in c.words], right)
        if any(ch.isdigit() for c in cells[:split] for ch in c.text) and captions(caption):
            break
    else:
        return None
    left = right[0].x0
    return lines_keeping(lines, index, caption, lambda cell: cell.x1 > left)


def lines_keeping(
    lines: list[Line], index: int, caption: Line, keep: Callable[[Cell], bool]
) -> list[Line]:
    """lines[: index + 1 + _WINDOW] with `caption` for lines[index] and, under it, only the
    cells `keep` accepts (a line left with none dropped): the grid apart from a block beside
    it (a note left of it here, a totals block right of it in boxbesidegrid.py)."""
    line = lines[index]
    trimmed = [caption]
    for below in lines[index + 1 : index + 1 + _WINDOW]:
        if below.page != line.page:
            break
        kept = [c for c in below.cells if keep(c)]
        if kept:
            trimmed.append(
                below
                if len(kept) == len(below.cells)
                else Line(below.page, [w for c in kept for w in c.words], kept)
            )
    return [*lines[:index], *trimmed]
