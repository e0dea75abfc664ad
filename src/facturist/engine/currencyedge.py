"""Where a figure printed with its currency sign after it ends: at the sign.

Totals and some rows print "2 825,00 €" where the rows above print "480,00" alone, the sign
standing in the right margin of the amount column: the figure's own right edge sits a sign's
width to the left of the column's, the sign's right edge on it. Alignment tests compare
either edge with the rows' figures.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Box

_SIGN = re.compile(r"^(?:€|\$|£|eur|usd|gbp|chf)$", re.IGNORECASE)


def sign_edge(box: Box, line: Line) -> float | None:
    """The right edge of a currency sign printed right after the figure at `box` on `line`
    (within a space's width), or None without one."""
    for word in line.words:
        if word.box.x0 < box.x1 - 0.5:
            continue
        gap = word.box.x0 - box.x1
        if gap > 0.6 * line.height:
            return None
        return word.box.x1 if _SIGN.match(word.text) else None
    return None
