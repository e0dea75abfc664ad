"""A till's zero balance after the total was tendered at the till.

A restaurant's or hotel bar's till prints the tender under the total and the balance left
after it::

    TOTAL GBP                62.44
    Paid: VISA Contactless   62.44
    Balance                   0.00

The general reader reads "Balance 0.00" as nothing due. On a till receipt the sum the card
or the cash settled at the till is the amount due (receipt_due.py, as "Change 0.00" after the
cash handed over): the balance's zero only says the tender covered it. A deposit or voucher
deducted before the balance names no card or cash, and keeps its zero.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.receipt_scan import amounts_in
from facturist.engine.settlingcaptions import TENDER

# A zero balance's caption: what is left to pay after the tender.
_BALANCE = re.compile(
    r"^\W*(?:balance(?:\s+due)?|remaining|restbetrag|reste|saldo|resto|restant)\b", re.I
)
# How many lines above the balance the tender may stand.
_REACH = 4
_CENT = Decimal("0.005")


def tendered_balance(lines: Sequence[Line], due: Value, total: float) -> bool:
    """The due amount is a printed zero balance under a card or cash tender of the total."""
    if due.value != 0 or not due.text or not due.boxes:
        return False
    boxes = set(due.boxes)
    order = next(
        (i for i, line in enumerate(lines) if any(w.box in boxes for w in line.words)), None
    )
    if order is None or not _BALANCE.match(lines[order].text):
        return False
    wanted = Decimal(str(total))
    for line in lines[max(0, order - _REACH) : order]:
        text = line.text
        if not TENDER.search(text):
            continue
        if any(abs(amount - wanted) <= _CENT for amount in amounts_in(text)):
            return True
    return False
