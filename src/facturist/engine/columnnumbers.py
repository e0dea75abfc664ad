"""The row of column numbers under an item table's header: "0 | 1 | 2 | 3 | 4 | 5 (3x4) | 6".

Statutory invoice forms of Romania, Poland, Bulgaria and other Eastern European countries
number their columns on a row of its own under the captions, so that a formula can name them
("Valoarea = col. 3 x col. 4", "5 (3x4)", "Total de plată (col. 5 + col. 6)"). The row holds
only consecutive small numbers, perhaps each with its formula in brackets: no item.
"""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.layout import Line

# "(3x4)", "(3 x 4)", "=3x4", "(5+6)", "col. 3": a formula over other columns' numbers.
_FORMULA = re.compile(r"^(?:\(|=)?(?:col\.?)?\d{1,2}(?:\s?[x×*+\-/]\s?\d{1,2})*\)?$", re.I)
_NUMBER = re.compile(r"^\d{1,2}$")


def column_numbers(line: Line) -> bool:
    """A line of column numbers 0 or 1, 2, 3, ... (at least four) in order, left to right,
    each in a cell of its own, a number's cell perhaps holding its formula besides."""
    if len(line.cells) < 4:
        return False
    numbers: list[int] = []
    for cell in line.cells:
        texts = cell.text.split()
        if not texts or not _NUMBER.match(texts[0]):
            return False
        if not all(_FORMULA.match(t) for t in texts[1:]):
            return False
        numbers.append(int(texts[0]))
    return numbers[0] in (0, 1) and all(b == a + 1 for a, b in pairwise(numbers))
