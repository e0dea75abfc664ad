"""A position's net value printed under its condition lines, as ERP systems (SAP SD) print
surcharges and rebates under each item::

    000010  Sechskantschraube DIN 933 M10x40   5.000 ST   18,40 / 100 ST   920,00
            Legierungszuschlag                            1,95 / 100 ST     97,50
            Positionsrabatt 5,00 %                                          -50,88
            Positionswert netto                                             966,62

The surcharge and rebate lines are no items of their own: they adjust the position, whose
amount is the net value under them. The net value line names itself and sums the position's
row and its condition rows; only then are they merged.
"""

from __future__ import annotations

import re

# "Positionswert netto", "Nettowert Position", "Pos.-Wert netto", "Position net value",
# "Item net value", "Net value of item".
_POSITION_NET = re.compile(
    r"^(?:positions?(?:wert|betrag|summe)\s+netto|pos\.?-?\s?wert\s+netto"
    r"|netto(?:wert|betrag)\s+(?:der\s+)?position|positionsnetto(?:wert)?"
    r"|(?:position|item|line)\s+net\s+(?:value|amount)|net\s+value\s+(?:of\s+)?(?:the\s+)?item)"
    r"\s*:?$",
    re.IGNORECASE,
)
# The most rows one position spans: its own and its condition lines.
_MOST_PARTS = 6
_TOLERANCE = 0.011


def is_position_net(caption: str) -> bool:
    """Whether a line's text names a position's net value."""
    return _POSITION_NET.match(caption.strip()) is not None


def net_parts(amounts: list[float | None], net: float) -> int | None:
    """How many of the last rows (the position's, then its condition lines) add up to the net
    value; None when no run of them does."""
    total = 0.0
    for count, amount in enumerate(reversed(amounts[-_MOST_PARTS:]), start=1):
        if amount is None:
            return None
        total += amount
        if abs(total - net) <= _TOLERANCE:
            return count
    return None
