"""A row's amount printed far right of its caption, at the grid's right rule.

A ruled order pad ("Menge | Artikel | €/kg bzw. Stk | Betrag €") prints each caption at its
cell's left and the figures at the cell's right rule: the amount stands well right of
"Betrag €", nearer no caption. A money figure under no column that ends the row, right of the
amount's caption (the table's last), is the row's amount where it is the count times the
price the row prints.
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.tableheader import Columns


def far_amount(
    numbers: dict[str, tuple[float, Value]], strays: list[Value], line: Line, columns: Columns
) -> None:
    """Moves such a stray figure (see the module's docstring) from `strays` into `numbers`."""
    span = columns.centers.get("amount")
    if span is None or "amount" in numbers or not strays or not line.words:
        return
    if span[1] < max(x1 for _x0, x1 in columns.centers.values()):
        return  # a caption right of the amount's: its own column
    quantity, price = numbers.get("quantity"), numbers.get("unit_price")
    if quantity is None or price is None:
        return
    count, each, last = quantity[1].value, price[1].value, strays[-1]
    if not (isinstance(count, float) and isinstance(each, float) and isinstance(last.value, float)):
        return
    if not last.boxes or last.boxes[-1] != line.words[-1].box or last.boxes[0].x0 <= span[1]:
        return
    if abs(round(count * each, 2) - last.value) <= 0.011:
        numbers["amount"] = (0.0, last)
        strays.remove(last)
