"""A retention deducted under the remainder: what is paid out is less than what is left.

A builder's progress or final bill deducts the payments on account, then keeps back a share
of the gross as security for defects, and names what is paid out at last:

    Restforderung                                              15.281,98
    abzgl. Sicherheitseinbehalt 5% der Bruttoabrechnungssumme  -2.846,60
    Auszahlungsbetrag                                          12.435,38

The row under the remainder deducts (its figure negative, or its caption opens "abzgl.",
"less", "moins"), and the row under it, captioned as what is to pay, is the remainder less
that deduction: the amount due.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.creditremainder import as_decimal, captioned_figure
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Value

# A deduction's caption ("abzgl. Sicherheitseinbehalt 5 %", "less retention", "moins
# retenue de garantie", "./. Einbehalt").
_DEDUCTION = re.compile(
    r"^\W*(?:abz[üu]glich|abzgl|abz\.|less|minus|moins|d[ée]duction|menos|meno|deduct\w*)\b"
    r"|^\s*\./\.",
    re.IGNORECASE,
)
_CENT = Decimal("0.011")


def retained_below(lines: list[Line], index: int, remainder: Value) -> Value | None:
    """The figure two rows under the remainder on `lines[index]` when the row between
    deducts a sum and the row under it, captioned as the amount to pay, is the remainder
    less it; else None."""
    if index + 2 >= len(lines) or lines[index + 2].page != lines[index].page:
        return None
    step, final = lines[index + 1], lines[index + 2]
    deduction, paid = captioned_figure(step), captioned_figure(final)
    if deduction is None or paid is None or as_decimal(paid) <= 0:
        return None
    if as_decimal(deduction) >= 0 and not _DEDUCTION.match(step.cells[0].text):
        return None
    if LABELS_BY_RANK["amount_due"].search(final.cells[0].text) is None:
        return None
    left = as_decimal(remainder) - abs(as_decimal(deduction))
    return paid if abs(left - as_decimal(paid)) < _CENT else None
