"""Unit prices printed with five or six decimals ("0.14200", "0,038500"): Oracle and SAP print
prices of cheap parts sold by the thousand so, the amount being the count times the price. The
amount token stops at four decimals (more read as a code there); under an item's figures such a
figure is a price all the same.
"""

from __future__ import annotations

import re

# One to four whole digits, then five or six decimals: no thousands group ("1,234" has three).
_FINE = re.compile(r"^\d{1,4}[.,]\d{5,6}$")


def fine_price(text: str) -> bool:
    """Whether the text is a price with five or six decimals."""
    return _FINE.match(text) is not None
