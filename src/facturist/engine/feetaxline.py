"""The tax on a group's sum, printed between that sum and the next group's title.

Irish and UK solicitors' fee notes close the fees with their sum, then print the VAT on the
fees alone, and only then the untaxed outlays under their own heading::

    Professional fees                              7,741.00
    VAT @ 23% on fees                              1,780.43
    OUTLAYS (not subject to VAT)
    Stamp duty (paid on client's behalf)           7,260.00

The tax line names a tax, so it reads as the totals block; yet its figure is its rate of the
group's sum to the cent, which says it taxes the group above and the table may go on below.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.parse.amounts import parse_amount

# A percentage in the line's text: "VAT @ 23% on fees", "TVA 20 % sur honoraires".
_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def taxes_group_sum(line: Line, total: float) -> bool:
    """Whether `line` prints one rate and, as its last cell, that rate of `total`."""
    rates = _RATE.findall(line.text)
    if len(rates) != 1 or len(line.cells) < 2 or total <= 0:
        return False
    figure = parse_amount(line.cells[-1].text)
    if figure is None:
        return False
    rate = float(rates[0].replace(",", "."))
    return rate > 0 and abs(total * rate / 100 - float(figure)) <= 0.011
