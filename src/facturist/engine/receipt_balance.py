"""The balance after a deposit, checked against the total above it: "TOTAL 385.00 / DEPOSIT
100.00 / BALANCE 285.00" on a cash bill. Dot-matrix OCR slips a digit in one of the three
("205.00"); the total minus the deposit printed right above the balance mends the balance
when the two differ in one digit only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.receipt_rows import one_digit_slip
from facturist.engine.receipt_scan import amounts_in

__all__ = ["with_mended_balance"]

# "DEPOSIT 100.00", "Less: Deposit paid 500.00", "ADVANCE", Malay "WANG PENDAHULUAN".
_DEPOSIT = re.compile(r"\b(DEPOSIT|ADVANCE|PENDAHULUAN)\b", re.IGNORECASE)
# "BALANCE 285.00", "BALANCE DUE", Malay "BAKI" (not "BAKI" as the change: no cash above).
_BALANCE = re.compile(r"^\W*(BALANCE|BAL\.?|BAKI)\b", re.IGNORECASE)


def with_mended_balance(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with an amount due that is one digit off the total minus the deposit mended."""
    total, due = fields.get("total_amount"), fields.get("amount_due")
    if total is None or due is None or not isinstance(total.value, float | int):
        return fields
    if not isinstance(due.value, float | int) or due.value == total.value:
        return fields
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1]
        if not _BALANCE.match(line.text) or not _DEPOSIT.search(above.text):
            continue
        printed, deposit = amounts_in(line.text), amounts_in(above.text)
        if not printed or not deposit or float(printed[-1]) != due.value:
            return fields
        if not _items_add_up(lines[: index - 1], Decimal(str(total.value))):
            return fields  # the total may be the misread figure: nothing to check against
        expected = Decimal(str(total.value)) - deposit[-1]
        figure = re.findall(r"\d[\d,]*[.,]\d{2}", line.text)[-1]
        if expected > 0 and expected != printed[-1] and one_digit_slip(expected, figure):
            text = f"{expected:.2f}"
            return {**fields, "amount_due": replace(due, value=float(expected), text=text)}
        return fields
    return fields


def _items_add_up(lines: Sequence[Line], total: Decimal) -> bool:
    """Whether the item rows (a price and an amount) above the deposit add up to `total`."""
    rows = [found[-1] for line in lines if len(found := amounts_in(line.text)) >= 2]
    return len(rows) >= 2 and sum(rows) == total
