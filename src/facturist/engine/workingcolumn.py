"""A column printing each row's working ("3 Tagessätze à 1.150,00", "8,5 Std. à 145,00")
under a caption the reader does not know ("Berechnung", "Calculation"), between the item's
text and its amount.

Consultants, trainers and other freelancers bill days, hours and nights this way: the header
names only the text and the amount ("Pos. | Leistung | Berechnung | Betrag"), which alone
would not tell an item table from a totals block. The rows prove it: where a cell right of
the text reads "count [unit] × price" and the count times the price gives the row's amount,
the rows are items priced per unit (pricecellcounts.py reads the count and the price).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.parsing import parse_amount

# The whole cell: a count, perhaps its unit in a word ("Tagessätze", "Std.", "Nächte",
# "hrs"), a times sign or "à"/"@" (the price of each), the price with cents, perhaps a
# currency around it.
WORKING = re.compile(
    r"^(?P<count>\d{1,4}(?:[.,]\d{1,3})?)\s*(?:[^\W\d_][^\W\d_-]{0,15}\.?\s+)?"
    r"(?:[x×*@]|à)\s*(?:€|EUR|\$|£|CHF)?\s*"
    r"(?P<price>\d{1,3}(?:[.\u00a0 ']?\d{3})*[.,]\d{2})\s*(?:€|EUR|\$|£|CHF)?$",
    re.IGNORECASE,
)
_CENT = Decimal("0.011")
# Lines read under the header for a row proving the column.
_ROWS_READ = 10


def worked_figures(text: str) -> tuple[str, str, Decimal, Decimal] | None:
    """A working cell's count and price as printed and as numbers; None for other text."""
    match = WORKING.match(text.strip())
    if match is None:
        return None
    count = parse_amount(match["count"].replace(",", "."))
    price = parse_amount(match["price"].replace("\u00a0", "").replace(" ", ""))
    if not count or not price:
        return None
    return match["count"], match["price"], count, price


def works_out(text: str, amount: Decimal) -> bool:
    """Whether a cell's count times its price gives the amount, to the cent."""
    figures = worked_figures(text)
    return figures is not None and abs(figures[2] * figures[3] - abs(amount)) <= _CENT


def text_amount_rows(
    found: dict[str, list[Word]], group: list[Line], below: list[Line], min_cells: int
) -> Iterator[tuple[Line, float, float]]:
    """The lines under a header naming the text and the amount only (`found`, its lines
    `group`) that may prove its rows: on the header's page, of `min_cells` cells or more,
    with where the text's caption ends and the amount's begins. Nothing for other headers."""
    if not {"description", "amount"} <= found.keys() or found.keys() & {"quantity", "unit_price"}:
        return
    text_x1 = max(w.box.x1 for w in found["description"])
    amount_x0 = min(w.box.x0 for w in found["amount"])
    for line in below[:_ROWS_READ]:
        if line.page != group[0].page:
            break
        if len(line.cells) >= min_cells:
            yield line, text_x1, amount_x0


def working_column(found: dict[str, list[Word]], group: list[Line], below: list[Line]) -> bool:
    """Whether a header naming the text and the amount only (`found`, its lines `group`)
    heads rows printing their working in a cell of its own, right of the text's caption
    (see the module's docstring); `below`: the lines under the header."""
    for line, text_x1, amount_x0 in text_amount_rows(found, group, below, 3):
        amount = parse_amount(line.cells[-1].text.strip(" €$£"))
        if amount is None:
            continue
        if any(
            text_x1 < cell.x0 and cell.x1 < amount_x0 + 20 and works_out(cell.text, amount)
            for cell in line.cells[1:-1]
        ):
            return True
    return False
