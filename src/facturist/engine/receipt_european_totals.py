"""Totals that European tills print without an English TOTAL caption.

A Polish fiscal receipt ("paragon fiskalny") closes on "SUMA PLN 61,60", printed large under
"SUMA PTU" (the sum of its tax, PTU). A taxi's or car park's receipt prints its fare
("Fahrpreis EUR 38,00", "Parkgebühr CHF 7.50") with the tax it includes on the next line
("darin 7% MwSt 2,49", "inkl. MWST 8.1 % 0.56"), and no total caption at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.receipt_scan import amounts_in

# "SUMA PLN", "SUMA:", "Suma" alone: not "SUMA PTU" (the tax's sum), nor "suma rabatów".
SUM_CAPTION = re.compile(r"^\W*SUMA\b(?!\s*(?:PTU|VAT|RABAT|OPUST))", re.IGNORECASE)
# A line stating the tax held in the amount above it: German "darin" / "inkl.", English
# "incl.", French "dont", Italian "di cui", Polish "w tym", with the rate between or after.
_INCLUDED_TAX = re.compile(
    r"^\W*(?:DARIN|INKL\.?|INKLUSIVE|INCL\.?|INCLUDING|DONT|DI\s+CUI|W\s+TYM)\s*"
    r"(?:\d{1,2}(?:[.,]\d{1,2})?\s*%\s*)?(?:MWST|UST|VAT|TVA|IVA|BTW|PTU|DPH)\b",
    re.IGNORECASE,
)
# The most tax a gross price includes: 27% of the net (Hungary's rate) is 21% of the gross.
_MOST_TAX_SHARE = Decimal("0.22")


def amount_above_included_tax(lines: Sequence[Line]) -> tuple[int, Decimal] | None:
    """(index, amount) of the amount right above the first included-tax line, when the tax
    is a plausible share of it: the gross that line speaks of."""
    for index, line in enumerate(lines[1:], start=1):
        if not _INCLUDED_TAX.search(line.text):
            continue
        taxes = amounts_in(line.text)
        above = amounts_in(lines[index - 1].text)
        if not taxes or not above:
            return None
        gross, tax = above[-1], taxes[-1]
        if 0 < tax <= gross * _MOST_TAX_SHARE:
            return index - 1, gross
        return None
    return None
