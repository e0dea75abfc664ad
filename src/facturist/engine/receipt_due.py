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

from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount
from facturist.engine.paymentdone import payment_done
from facturist.engine.receipt_words import amount_in_words
from facturist.engine.tenderedbalance import tendered_balance
from facturist.engine.tenderedchange import paid_with_change


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
    ("Zahlung erfolgt") right under the slip's amount, which is the total ("Betrag EUR
    77,68"): the slip states the sum the card paid, as "Importo pagato" does. A bill's own
    closing "ZAHLUNG ERFOLGT" with no amount above it still leaves nothing due."""
    if due.value != 0 or not due.text or not payment_done(due.text) or not due.boxes:
        return False
    boxes = set(due.boxes)
    for order, line in enumerate(lines):
        if order and any(word.box in boxes for word in line.words):
            figure = (
                parse_amount(lines[order - 1].cells[-1].text) if lines[order - 1].cells else None
            )
            return figure is not None and abs(figure - Decimal(str(total))) <= Decimal("0.005")
    return False


def _settled_total(due: Value, total: float) -> bool:
    """The due amount is a zero the general reader set for a printed sum paid that is the
    total ("Importo pagato | 19,20")."""
    if due.value != 0 or not due.text or not due.boxes:
        return False
    figure = parse_amount(due.text)
    return figure is not None and abs(figure - Decimal(str(total))) <= Decimal("0.005")
