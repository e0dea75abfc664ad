"""Article lines over working lines on a cash-and-carry roll: each item prints its code and
name on one line and its working under it ("2041177 MOZZARELLA FIOR DI LATTE 1KG" over
"6 x 6,79   40,74 A"). A name ending on a figure ("9000025 PFAND EINWEG 0,25", the deposit's
rate) reads as a row of its own, and the working line under it, left without a name, drops
out of the sums. Where the roll prints its names over their workings (text lines over bare
"qty x price amount" lines), a line whose figures do not multiply, right over such a
working line, is that item's name, no row."""

from __future__ import annotations

from collections.abc import Sequence

from facturist.engine.layout import Line
from facturist.engine.receipt_rows import Row, has_letters

# How many workings must stand under a text line for the roll to read as names over
# workings; how far (in line heights) a name may stand over its working.
_NAMED_WORKINGS = 2
_GAP = 1.6


def _working(row: Row) -> bool:
    """A bare "qty x price amount" line: its figures multiply, no name on it."""
    return row.checked and not has_letters(row.name)


def _right_over(lines: Sequence[Line], above: int, below: int) -> bool:
    upper, lower = lines[above], lines[below]
    return (
        below == above + 1
        and upper.page == lower.page
        and lower.y0 - upper.y1 <= _GAP * lower.height
    )


def names_over_workings(
    rows: list[Row], texts: list[int], lines: Sequence[Line]
) -> tuple[list[Row], list[int]]:
    """`rows` less the name lines read as rows, and `texts` with them (see the module)."""
    text_set = set(texts)
    named = sum(1 for row in rows if _working(row) and row.index - 1 in text_set and row.index >= 1)
    if named < _NAMED_WORKINGS:
        return rows, texts
    by_index = {row.index: row for row in rows}
    names = {
        row.index
        for row in rows
        if not row.checked
        and not row.discount
        and has_letters(row.name)
        and (below := by_index.get(row.index + 1)) is not None
        and _working(below)
        and _right_over(lines, row.index, below.index)
    }
    if not names:
        return rows, texts
    return [r for r in rows if r.index not in names], sorted([*texts, *names])
