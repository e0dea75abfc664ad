"""A contractor's application for payment (the AIA G702 form and its copies): the numbered
summary runs "1. Original contract sum", "2. Net change by change orders", "3. Contract sum
to date", ... "8. Current payment due". The contract's sums, the work completed to date and
the retainage are the project's running figures; what this application bills is the current
payment due, its total and the sum due. Where the summary is printed, its other figures are
no candidates for the document's net, tax, total or sum due."""

from __future__ import annotations

import re

from facturist.engine.amountread import read_amount
from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line

# "8. CURRENT PAYMENT DUE", "Current Payment Due:", "Current Amount Due This Application".
_CURRENT_DUE = re.compile(
    r"^(?:\d{1,2}\.?\s+)?current\s+(?:payment|amount)\s+due\b(?:\s+this\s+application)?\s*:?$",
    re.IGNORECASE,
)
# "CONTRACT SUM TO DATE", "ORIGINAL CONTRACT SUM": the summary's running figures.
_CONTRACT_SUM = re.compile(r"\bcontract\s+sum\b", re.IGNORECASE)
_AMOUNT_KEYS = frozenset({"net_amount", "tax_amount", "total_amount", "amount_due"})


def pay_application_due(lines: list[Line], found: list[Candidate]) -> list[Candidate]:
    """The candidates with the summary's current payment due as total and sum due, and no
    other amount, where a contract sum and the current payment due are both printed."""
    current = None
    summed = False
    for line in lines:
        summed = summed or bool(_CONTRACT_SUM.search(line.text))
        if current is not None:
            continue
        for index, cell in enumerate(line.cells):
            if _CURRENT_DUE.match(cell.text.strip()):
                words = [w for later in line.cells[index + 1 :] for w in later.words]
                current = read_amount(words, last=False)
                break
    if current is None or not summed:
        return found
    order = max((c.order for c in found), default=0) + 1
    kept = [c for c in found if c.key not in _AMOUNT_KEYS]
    kept.append(Candidate("total_amount", current, 0, order))
    kept.append(Candidate("amount_due", current, 0, order))
    return kept
