"""A count and its price of one written into a table's price or fee cell ("12 x 80,40" under
"Gebühr", "3 × 24,00 €" under "Preis"): the row's quantity and unit price.

Tables without a quantity column print a count only where a row bills more than one: a tax
adviser's fee note ("Umsatzsteuer-Voranmeldungen | 3/10 | 12 x 80,40 | 964,80"), a club's
or a school's bill. Read word by word, the count would pass for the price; where the count
times the price gives the row's amount, the count is the quantity and the price the unit
price.
"""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount
from facturist.engine.workingcolumn import WORKING

# The whole cell: a count, perhaps its unit ("8,5 Std. à 145,00"), a times sign or "à", the
# price with cents, perhaps a currency around it (workingcolumn.py).
_COUNT_TIMES_PRICE = WORKING
_CENT = Decimal("0.011")


def price_cell_count(
    line: Line, numbers: dict[str, Value], description_end: float
) -> dict[str, Value]:
    """The row's figures, its quantity and unit price read from a "count x price" cell right
    of the item's text where the two multiply to the row's amount; else as they were."""
    amount = numbers.get("amount")
    if amount is None or not isinstance(amount.value, float):
        return numbers
    for cell in line.cells[1:]:
        if cell.x0 < description_end:
            continue
        match = _COUNT_TIMES_PRICE.match(cell.text.strip())
        if match is None:
            continue
        count = parse_amount(match["count"].replace(",", "."))
        price = parse_amount(match["price"].replace("\u00a0", "").replace(" ", ""))
        if not count or not price:
            continue
        if abs(count * price - Decimal(str(abs(amount.value)))) > _CENT:
            continue
        quantity = numbers.get("quantity")
        if quantity is not None and quantity.value != float(count):
            continue  # a quantity column of its own says otherwise
        boxes = tuple(w.box for w in cell.words)
        return {
            **numbers,
            "quantity": Value(float(count), match["count"], boxes),
            "unit_price": Value(float(price), match["price"], boxes),
        }
    return numbers
