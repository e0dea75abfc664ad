"""Totals printed as a column of figures, each over its caption ("€ 13.004,43 / Imponibile").

A right- (or left-) aligned run of one-cell lines alternating figure, caption, figure,
caption... reads two ways: values below their captions or above them. The run's first line
settles it: a run that opens with a figure has its captions under their values.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# A line that is one money figure: "€ 2.860,97", "15.865,40 EUR", "(12.00)", "-8,79 €",
# "30 172,77 zł", "Fr. 12.50".
_CURRENCY = r"(?:[€$£¥]|[^\W\d_]{1,3}\.?)"
_FIGURE = re.compile(rf"^[-+(]?\s*{_CURRENCY}?\s*[-+(]?\d[\d.,'\u00a0 ]*\)?\s*-?\s*{_CURRENCY}?$")
_LETTERS = re.compile(r"[^\W\d_]{3}")


def _is_figure(line: Line) -> bool:
    return bool(_FIGURE.match(line.text.strip()))


def _is_caption(line: Line) -> bool:
    return not _is_figure(line) and bool(_LETTERS.search(line.text))


def _paired(upper: Line, lower: Line) -> bool:
    """Two one-cell lines, close one under the other, sharing a left or right edge."""
    if len(upper.cells) != 1 or len(lower.cells) != 1 or upper.page != lower.page:
        return False
    if lower.y0 - upper.y1 > 1.2 * lower.height:
        return False
    up, low = upper.cells[0], lower.cells[0]
    return abs(up.x1 - low.x1) < 4 or abs(up.x0 - low.x0) < 4


def figures_above(lines: list[Line], index: int) -> bool:
    """Whether the caption at `index` has its figure on the line above (see the module)."""
    if not _is_caption(lines[index]):
        return False
    top = index
    while top > 0 and _paired(lines[top - 1], lines[top]):
        if _is_figure(lines[top - 1]) == _is_figure(lines[top]):
            break
        top -= 1
    return top < index and _is_figure(lines[top])
