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
# The amount box's figure alone in its cell: "500,29 €", "€ 1.204,00".
_FIGURE = re.compile(r"^(?:[€$£]|[A-Z]{3})?\s*-?\d[\d.,' ]*\s*(?:[€$£]|[A-Z]{3})?$")
# How many lines above a deadline the box's caption may stand (a column beside interleaves).
_BOX_LINES = 5


def wrapped_due_date(lines: list[Line], index: int) -> Value | None:
    """The date after a deadline opening lines[index], under a cell closing in payment words."""
    line = lines[index]
    match = _DEADLINE.match(line.text)
    if match is None or not line.cells:
        return None
    left = line.cells[0].x0
    skipped = len(match.group().split())
    for above in reversed(lines[max(0, index - 2) : index]):
        # The deadline's small print under a larger caption ("Totale da pagare" over "entro
        # il ..."): the gap is the taller line's to judge.
        if above.page != line.page or line.y0 - above.y1 > max(line.height, above.height):
            break
        if any(abs(c.x0 - left) <= _ALIGNED and _TO_PAY.search(c.text) for c in above.cells):
            return read_date(line.words[skipped : skipped + 4])
    if _under_figure(lines, index):
        return read_date(line.words[skipped : skipped + 4])
    return None


def _under_figure(lines: list[Line], index: int) -> bool:
    """Whether the deadline stands under the amount box's figure and its caption: "TOTALE DA
    PAGARE" / "500,29 €" / "entro il 26/03/2026". Lines of a column beside interleave."""
    line = lines[index]
    left, last, figure = line.cells[0].x0, line, False
    for above in reversed(lines[max(0, index - _BOX_LINES) : index]):
        if above.page != line.page:
            return False
        aligned = [c for c in above.cells if abs(c.x0 - left) <= _ALIGNED]
        if not aligned:
            continue  # a line of the column beside
        if last.y0 - above.y1 > max(last.height, above.height):
            return False
        if any(_TO_PAY.search(c.text) for c in aligned):
            return figure
        if figure or not all(_FIGURE.match(c.text) for c in aligned):
            return False
        figure, last = True, above
    return False
