"""Items listed in an inner column, their sum in the list's own amount column::

    Sub-total liable to VAT                                     6,000.00
    OUTLAYS (not liable to VAT)
       Property Registration Authority - registration fees  400.00
       Law searches (Registry of Deeds, Judgments)          185.00
       Commissioner for Oaths                                20.00    605.00

Fee notes and bills of costs list outlays (disbursements) this way: each one's figure
right-aligned in a column left of the main one, their sum on the last one's line (or the
line under it) in the main column. The outlays are items; the sum is their group's.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

# A figure reading a cell's money amount alone (itemlist's `_figure`).
Figure = Callable[[Cell], tuple[Word, Decimal] | None]
# One inner row: its line, its name, its figure's word and amount.
InnerRow = tuple[Line, list[Word], Word, Decimal]
# Lines without a figure (a wrapped name, a heading) that may stand between inner rows.
_MAX_TEXT_LINES = 2
# Right edges of one column's figures agree within this many line heights.
_ALIGN = 1.0
# How far left of the main column, in line heights, an inner column's right edge ends.
_INSET = 3.0


def inner_sum_rows(lines: list[Line], start: int, right: float, figure: Figure) -> list[InnerRow]:
    """The rows of the first inner-column group from `start` on, on its page, whose figures
    add up to the sum printed in the main column (right edge `right`); empty when none."""
    if start >= len(lines):
        return []
    page = lines[start].page
    group: list[InnerRow] = []
    texts = 0
    for line in lines[start:]:
        if line.page != page:
            break
        figures = [(cell, found) for cell in line.cells if (found := figure(cell)) is not None]
        if not figures:
            texts += 1
            if texts > _MAX_TEXT_LINES:
                group = []
            continue
        texts = 0
        height = line.height
        first_cell = line.cells.index(figures[0][0])
        name = [w for cell in line.cells[:first_cell] for w in cell.words]
        named = any(ch.isalpha() for w in name for ch in w.text)
        word, amount = figures[0][1]
        main = figures[-1][1]
        summed = abs(main[0].box.x1 - right) <= _ALIGN * height
        inner = word.box.x1 < right - _INSET * height and _aligned(group, word, height)
        if len(figures) == 1 and inner and named and line.cells[-1] is figures[0][0]:
            group.append((line, name, word, amount))
            continue
        if len(figures) == 2 and inner and named and summed:
            group.append((line, name, word, amount))
        elif not (len(figures) == 1 and summed and group):  # "Total outlays  605.00"
            group = []
            continue
        if len(group) >= 2 and sum((row[3] for row in group), Decimal(0)) == main[1]:
            return group
        group = []
    return []


def _aligned(group: list[InnerRow], word: Word, height: float) -> bool:
    return not group or abs(group[-1][2].box.x1 - word.box.x1) <= _ALIGN * height
