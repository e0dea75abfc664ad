"""A due date whose caption wraps over two lines: the amount box's "Montant à payer" over
"avant le 05/03/2023 par prélèvement", "Amount to pay" over "by 14 March 2025". Neither line
alone is a caption; the payment words closing the line above make the deadline's."""

from __future__ import annotations

import re

from facturist.engine.dateread import read_date
from facturist.engine.layout import Line
from facturist.engine.model import Value

# A deadline opening its line, a date right after it.
_DEADLINE = re.compile(
    r"^\W*(?:avant le|au plus tard le|jusqu'au|bis zum|bis sp[äa]testens|bis|by|before"
    r"|no later than|on or before|entro il|antes del?|hasta el|v[oó][oó]r|uiterlijk(?: op)?)"
    r"\s+(?=\d)",
    re.IGNORECASE,
)
# Payment words closing the caption's first line.
_TO_PAY = re.compile(
    r"\b(?:[àa] payer|[àa] r[ée]gler|zu zahlen|zahlbar|to pay|payable|amount due|da pagare"
    r"|a pagar|te betalen)\s*:?\s*$",
    re.IGNORECASE,
)
# How far (points) the caption's first line may start from its second.
_ALIGNED = 20.0


def wrapped_due_date(lines: list[Line], index: int) -> Value | None:
    """The date after a deadline opening lines[index], under a cell closing in payment words."""
    line = lines[index]
    match = _DEADLINE.match(line.text)
    if match is None or not line.cells:
        return None
    left = line.cells[0].x0
    for above in reversed(lines[max(0, index - 2) : index]):
        if above.page != line.page or line.y0 - above.y1 > line.height:
            return None
        if any(abs(c.x0 - left) <= _ALIGNED and _TO_PAY.search(c.text) for c in above.cells):
            skipped = len(match.group().split())
            return read_date(line.words[skipped : skipped + 4])
    return None
