"""An item's amount on a line of its own under its row, captioned as a sum that would end
the table ("Summe Pos. 1 | 1.317,60" under "1 | LP-6236-40 | LED-Panel ... | 24 Stk | 54,90"),
the row's amount cell left empty.

The line's only figure stands under the amount's caption and is the row's count times its
price: it completes the row, its caption no part of the item's text and no total ending
the table."""

from __future__ import annotations

from facturist.engine.itemrow import ItemRow
from facturist.engine.layout import Line
from facturist.engine.tablecolumns import read_row_line
from facturist.engine.tableheader import Columns


def position_sum(line: Line, row: ItemRow, columns: Columns) -> bool:
    """True where the line is the amount of the row above (see the module's docstring), the
    row then given it."""
    if "amount" in row.numbers or row.page != line.page:
        return False
    quantity, price = row.numbers.get("quantity"), row.numbers.get("unit_price")
    if quantity is None or price is None or not any(ch.isdigit() for ch in line.text):
        return False
    q, p = quantity.value, price.value
    if not (isinstance(q, float) and isinstance(p, float)) or q <= 0:
        return False
    _description, numbers = read_row_line(line, columns)
    amount = numbers.get("amount")
    if set(numbers) != {"amount"} or amount is None or not isinstance(amount.value, float):
        return False
    if abs(abs(q * p) - abs(amount.value)) > max(0.011, 0.005 * abs(amount.value)):
        return False
    row.numbers["amount"] = amount
    row.last_y = line.y1
    return True
