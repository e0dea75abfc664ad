"""A till's VAT-rate column between an article's name and its amount.

Italian, Spanish and Portuguese tills print each article's rate before its amount::

    NASTRO AMERICANO 50M        22%      4,90
    PUNTA HSS 6MM               22%      6,30

The row reader (receipt_rows.py) reads the rate as the name's last word. Where two or more
rows end their name on a whole-number rate standing in one column (left edges within a line
height of each other), the rates are that column and no part of the names. A single rate,
or rates out of line ("Joghurt 10%", a fat content inside the name), stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from facturist.engine.receipt_rows import Row, has_letters

_RATE = re.compile(r"^\d{1,2}\s?%$")


def without_rate_column(rows: Sequence[Row]) -> None:
    """Take the rate column's words off the names of `rows` (in place), where there is one."""
    rated = [
        row
        for row in rows
        if not row.discount
        and len(row.name) >= 2
        and _RATE.match(row.name[-1].text)
        and has_letters(row.name[:-1])
    ]
    if len(rated) < 2:
        return
    edges = [row.name[-1].box.x0 for row in rated]
    middle = median(edges)
    for row in rated:
        rate = row.name[-1].box
        if abs(rate.x0 - middle) <= rate.y1 - rate.y0:
            row.name = row.name[:-1]
