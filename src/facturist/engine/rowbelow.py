"""An item row's amount printed on the line under its other figures.

Some visualisations print a row's price, quantity and rate on its first line and its amount
on the next, beside the description's second line::

    AP-QZ  Arbeitsplatte Quarzkomposit 20 mm   412,0000   4,2 lfm   19 %
    4                                                                1.730,40

Where such a row opens a page that repeats no header, its first line has no amount; the
amount on the line right under it completes the row (tablesections.next_page).
"""

from __future__ import annotations

from collections.abc import Callable

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

RowReader = Callable[[Line], tuple[list[Word], dict[str, Value]]]

# How far below (in line heights) the amount's line may start.
_GAP = 1.0


def amount_below(
    lines: list[Line], index: int, numbers: dict[str, Value], read_row: RowReader
) -> dict[str, Value]:
    """The amount on the line under a priced line lacking one (quantity and unit price
    read, no amount), when that line holds an amount and no other figure; else nothing."""
    if "amount" in numbers or not {"quantity", "unit_price"} <= numbers.keys():
        return {}
    if index + 1 >= len(lines):
        return {}
    line, below = lines[index], lines[index + 1]
    if below.page != line.page or below.y0 - line.y1 > _GAP * line.height:
        return {}
    _description, figures = read_row(below)
    if set(figures) != {"amount"}:
        return {}
    return {"amount": figures["amount"]}
