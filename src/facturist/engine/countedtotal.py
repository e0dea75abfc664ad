"""A total row's count before its money, the money marked by its currency.

Export invoices sum the table's quantity column and its amount column on one row, the
currency printed before the money as in the amount column's caption ("(US$)")::

    TOTAL FOB YANTIAN      10,800      US$  63,708.00

The first figure after the caption is the pieces counted: a whole number with no currency,
while the money after it follows its currency's code or sign and carries its cents. The
count's own unit ("2,650 mtr") marks it too (labelvalues._QUANTITY_CELL); here the
currency before the second figure does.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell

# A whole count, grouped or not ("10,800", "1.200", "480").
_WHOLE = re.compile(r"\d{1,3}(?:[,.'\u00a0 ]\d{3})+|\d+")
# A currency's code or sign alone ("US$", "USD", "HK$", "€", "Rs."); a count's unit in
# capitals ("PCS") stands there alike, marking the figure before it as the count.
_MARKER = re.compile(r"[A-Z]{0,3}[$€£¥₹₪]|[A-Z]{3}|Rs\.?")
# Money with its cents ("63,708.00", "1.234,50", "(19,112.40)").
_MONEY = re.compile(r"[-(]?\d[\d.,'\u00a0 ]*[.,]\d{2}\)?")


def count_before_money(cells: list[Cell]) -> bool:
    """Whether cells[0] is a whole count and the money follows it marked by its currency:
    "10,800 | US$ | 63,708.00" or "10,800 | US$ 63,708.00"."""
    if len(cells) < 2 or _WHOLE.fullmatch(cells[0].text.strip()) is None:
        return False
    marker, _, rest = cells[1].text.strip().partition(" ")
    if rest:
        money = rest.strip()
    elif len(cells) > 2:
        money = cells[2].text.strip()
    else:
        return False
    if _MARKER.fullmatch(marker) is None:
        return False
    return _MONEY.fullmatch(money) is not None
