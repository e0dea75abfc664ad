"""The amount due of a cash bill that spells its total in words and prints no due line.

The general reader takes the total as the amount due where no separate due line prints
(totals.py). A cash bill whose "TOTAL" caption OCR lost may have its total found only by the
receipt rules, through the amount in words under it ("Ringgit Malaysia: Tujuh Ratus Lapan
Sahaja"): the words state the sum to pay, so that total is due as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.receipt_words import amount_in_words


def with_total_due(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with the total as the amount due where the amount in words spells the total
    and no amount due was found."""
    total = fields.get("total_amount")
    if total is None or "amount_due" in fields or not isinstance(total.value, int | float):
        return fields
    spelled = amount_in_words(lines)
    if spelled is None or abs(spelled[1] - Decimal(str(total.value))) > Decimal("0.005"):
        return fields
    return {**fields, "amount_due": total}
