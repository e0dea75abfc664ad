"""The totals block right under a running sum a page brings forward.

A long table's last page may print no items at all: only the sum brought forward from the
page before ("Brought forward £75,011.40") and, under it, the totals block, its first line
the same sum under a caption of its own ("Goods and services 75,011.40") and charges added
to it ("Delivery and handling 35.00"). Read as a table of its own, with no rows yet, those
lines look like items; the brought-forward sum named again says the table is over.
"""

from __future__ import annotations

from facturist.engine.carrylines import CARRIED
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

_TOLERANCE = 0.011


def sums_brought(
    lines: list[Line], index: int, description: list[Word], numbers: dict[str, Value]
) -> bool:
    """Whether `lines[index]` (read as `description` and `numbers`) names, alone, the sum the
    line right above it brings forward: the totals block under it, no item."""
    amount = numbers.get("amount")
    if amount is None or not isinstance(amount.value, float) or not description:
        return False
    if numbers.keys() & {"quantity", "unit_price"} or index == 0:
        return False
    above = lines[index - 1]
    if above.page != lines[index].page:
        return False
    match = CARRIED.match(above.text.strip())
    if match is None:
        return False
    carried = parse_amount(match["amount"].replace(" ", "").replace("\u00a0", ""))
    return carried is not None and abs(float(carried) - amount.value) <= _TOLERANCE
