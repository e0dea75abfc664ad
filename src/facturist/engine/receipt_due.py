"""The amount due of a cash bill that spells its total in words and prints no due line.

The general reader takes the total as the amount due where no separate due line prints
(totals.py). A cash bill whose "TOTAL" caption OCR lost may have its total found only by the
receipt rules, through the amount in words under it ("Ringgit Malaysia: Tujuh Ratus Lapan
Sahaja"): the words state the sum to pay, so that total is due as well.

A till's "Importo pagato 19,20" (an Italian documento commerciale), "Amount paid", states
the total paid at the till: the general reader reads it as an invoice settled, nothing due
(paidstatus.py); on a till receipt the sum paid there is the amount due. So is the total a
card slip under the receipt approves ("Betrag EUR 77,68 / Zahlung erfolgt"), and the total
that the cash handed over less the change settles ("Gotówka 150,00 / Reszta 45,01").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount
from facturist.engine.paymentdone import payment_done
from facturist.engine.receipt_scan import amounts_in
from facturist.engine.receipt_words import amount_in_words
from facturist.engine.tenderedbalance import tendered_balance
from facturist.engine.tenderedchange import paid_with_change

# The lines a card slip prints between its amount and its approval: the card, the entry mode,
# the terminal, trace, receipt and approval numbers, the tax the amount holds.
_SLIP_LINES = 12
_CENT = Decimal("0.005")
# A date on a slip's line ("Datum 16.04.2025"), whose day and month are no figure of money.
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")


def with_total_due(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with the total as the amount due where the amount in words spells the total
    and no amount due was found."""
    total = fields.get("total_amount")
    if total is None or not isinstance(total.value, int | float):
        return fields
    due = fields.get("amount_due")
    if due is not None and (
        _settled_total(due, total.value)
        or _card_approved(lines, due, total.value)
        or tendered_balance(lines, due, total.value)  # "Paid: VISA 62.44 / Balance 0.00"
    ):
        return {**fields, "amount_due": total}
    if due is not None:
        return fields
    if paid_with_change(lines):
        return {**fields, "amount_due": total}  # "Gotówka 150,00 / Reszta 45,01" settle it
    spelled = amount_in_words(lines)
    if spelled is None or abs(spelled[1] - Decimal(str(total.value))) > Decimal("0.005"):
        return fields
    return {**fields, "amount_due": total}


def _card_approved(lines: Sequence[Line], due: Value, total: float) -> bool:
    """The due amount is a zero the general reader set for a card slip's approval line
    ("Zahlung erfolgt") under the slip's amount, which is the total ("Betrag EUR 77,68"),
    maybe with the slip's details between them (card, terminal, trace and approval numbers,
    the tax the amount holds): the slip states the sum the card paid, as "Importo pagato"
    does. A bill's own closing "ZAHLUNG ERFOLGT" with no amount above it, or under a sum
    handed over that is more than the total, still leaves nothing due."""
    if due.value != 0 or not due.text or not payment_done(due.text) or not due.boxes:
        return False
    boxes = set(due.boxes)
    approval = next(
        (order for order, line in enumerate(lines) if any(w.box in boxes for w in line.words)),
        0,
    )
    bill = Decimal(str(total))
    for line in reversed(lines[max(0, approval - _SLIP_LINES) : approval]):
        if any(figure > bill + _CENT for figure in amounts_in(_DATE.sub(" ", line.text))):
            return False  # cash handed over, a sum with a tip: not the slip's amount
        figure = parse_amount(line.cells[-1].text) if line.cells else None
        if figure is not None and abs(figure - bill) <= _CENT:
            return True
    return False


def _settled_total(due: Value, total: float) -> bool:
    """The due amount is a zero the general reader set for a printed sum paid that is the
    total ("Importo pagato | 19,20")."""
    if due.value != 0 or not due.text or not due.boxes:
        return False
    figure = parse_amount(due.text)
    return figure is not None and abs(figure - Decimal(str(total))) <= Decimal("0.005")
