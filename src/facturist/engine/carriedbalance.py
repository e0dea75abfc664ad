"""A statement's sum due that carries the previous balance over this bill's charges.

US utility and fuel bills print an account summary over the invoice ("Previous Balance
318.42 / Payments Received 0.00 / Current Charges 1,832.41 / TOTAL AMOUNT DUE $2,150.83"):
the caption of the sum due names a total, but the figure holds the balance carried in from
earlier bills. The invoice's total is this bill's charges; the sum due stays what is to pay.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.model import Value

# The balance carried in from the last statement ("Previous Balance", "Balance Forward",
# "Balance brought forward", "Prior balance"; de "Saldovortrag", fr "Solde précédent").
PREVIOUS_BALANCE_KEY = "previous_balance"
PREVIOUS_BALANCE = re.compile(
    r"^(?:(?:previous|prior|last)\s+(?:statement\s+|account\s+)?balance"
    r"|balance\s+(?:brought\s+|carried\s+)?forward|saldovortrag|alter\s+saldo"
    r"|solde\s+(?:pr[ée]c[ée]dent|ant[ée]rieur|report[ée])"
    # An earlier bill left unpaid ("Overdue amount", "Arrears", "Past due balance"), or a
    # credit carried in ("Less credit balance from previous statement (12.40)").
    r"|overdue\s+(?:amount|balance)|amount\s+overdue|arrears|past\s+due\s+(?:amount|balance)"
    r"|(?:less\s+)?credit\s+balance\s+from\s+(?:the\s+)?(?:previous|prior|last)\s+statement"
    # A French bill's account situation names the earlier bill left unpaid by its number
    # ("Solde de la facture n° 1042 5518 207 du 14/12/2023 (prélèvement rejeté)", "Solde de
    # votre facture précédente").
    r"|solde\s+de\s+(?:la\s+|votre\s+)?(?:derni[èe]re\s+)?facture\s+(?:pr[ée]c[ée]dente|n|no|du))\b",
    re.IGNORECASE,
)
_CENT = Decimal("0.011")


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value))


def without_carried_balance(
    candidates: list[Candidate], totals: list[Candidate], dues: list[Candidate]
) -> list[Candidate]:
    """The totals less a figure also read as the sum due that is another total (this bill's
    charges) plus the previous balance printed on the page."""
    # A credit carried in ("Previous Balance ($12.40) CR") is a negative balance.
    balances = [
        _num(c.value) for c in candidates if c.key == PREVIOUS_BALANCE_KEY and _num(c.value) != 0
    ]
    if not balances or not dues:
        return totals
    due_boxes = [d.value.boxes for d in dues]
    carried = [
        total
        for total in totals
        if total.value.boxes in due_boxes
        and any(
            abs(_num(other.value) + balance - _num(total.value)) <= _CENT
            for other in totals
            if _num(other.value) > 0
            for balance in balances
        )
    ]
    return [total for total in totals if total not in carried] if carried else totals


def carried_due(candidates: list[Candidate], totals: list[Candidate], total: Value) -> Value | None:
    """A figure printed after the previous balance that is the chosen total plus it ("Total
    TTC de la facture 52,43 / Solde précédent impayé 47,90 / TOTAL À PAYER 100,33"): the sum
    to pay, though its caption reads as a total; else None."""
    for balance in (c for c in candidates if c.key == PREVIOUS_BALANCE_KEY):
        expected = _num(total) + _num(balance.value)
        if _num(balance.value) == 0 or expected <= 0:
            continue
        for later in totals:
            if (
                later.order > balance.order
                and later.value.text
                and abs(_num(later.value) - expected) <= _CENT
            ):
                return later.value
    return None
