"""A size scale printed between an item table's rows: no item, no sum, no end of the table.

Apparel, footwear and sports-equipment wholesalers bill each article with its quantity per
size, and print the sizes of a block of articles on a line of their own over the block's
size-quantity cells: "longueur (cm) | 150 | 158 | 166 | 174" over skis, "Mondopoint | 25,5 |
26,5 | 27,5" over ski boots, "Gr. 36 37 38 39 40" over shoes, UK sizes "4 | 4½ | 5".
Such a line holds four sizes or more, rising by steps of about the same size (a half size
between whole ones at most doubles the step), and no other figure; its words, if any, are
the scale's caption. A row of an item prints its price and amount, which no scale does.
"""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.layout import Line

# A size: a whole number, or one and a half ("24,5", "8.5", "4½").
_SIZE = re.compile(r"^(\d{1,3})(?:([.,]5)|(½))?$")
# The fewest sizes a scale prints.
_SIZES = 4


def size_scale(line: Line) -> bool:
    """Whether the line is a size scale's captions: four sizes or more, rising evenly."""
    sizes: list[float] = []
    for word in line.words:
        match = _SIZE.match(word.text)
        if match is None:
            if any(ch.isdigit() for ch in word.text):
                return False  # another figure: a price, an amount, a code
            continue
        sizes.append(int(match.group(1)) + (0.5 if match.group(2) or match.group(3) else 0.0))
    if len(sizes) < _SIZES:
        return False
    steps = [later - earlier for earlier, later in pairwise(sizes)]
    return min(steps) > 0 and max(steps) <= 2 * min(steps)
