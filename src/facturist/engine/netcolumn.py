"""The net amount column of a table printing the net and the gross of each row.

Indian GST invoices (and many web shops') print each row's net, its tax and its gross:

    Description        Unit Price  Qty  Net Amount  Tax Rate  Tax Type  Tax Amount  Total Amount
    Shipping Charges       ₹33.90            ₹33.90       18%      IGST       ₹6.10        ₹40.00

The line amount is the net, read by its caption. A row with its count left empty (a shipping
charge) cannot show its net as count times price, so the figure under the net caption says
it; the gross right of it is that net plus its tax. "Total Amount" is one caption: its
"Total" is no second amount column left of "Amount".
"""

from __future__ import annotations

from facturist.engine.amountread import AMOUNT_TOKEN
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import parse_amount

# How much above its net a row's gross may be: the net plus at most 30 % tax.
_GROSS_SHARE = 1.3


def same_caption(words: list[Word], amount: list[Word], group: list[Line]) -> bool:
    """Whether the caption words share a header cell with the amount's caption ("Total |
    Amount" read as two amount captions in the one cell "Total Amount")."""
    for line in group:
        for cell in line.cells:
            if any(word in cell.words for word in words) and any(
                word in cell.words for word in amount
            ):
                return True
    return False


def net_without_count(
    line: Line,
    numbers: dict[str, tuple[float, Value]],
    hint: str | None,
    net_span: tuple[float, float] | None,
) -> None:
    """A row with a price and a gross but no count: the figure under the net caption, left
    of the gross and at most its share below it, is the line amount."""
    if net_span is None or "quantity" in numbers or not {"unit_price", "amount"} <= numbers.keys():
        return
    price, gross = numbers["unit_price"][1], numbers["amount"][1]
    if not (isinstance(gross.value, float) and gross.value > 0 and price.boxes and gross.boxes):
        return
    for word in line.words:
        center = (word.box.x0 + word.box.x1) / 2
        if not net_span[0] - 10 <= center <= net_span[1] + 10:
            continue
        if word.box in price.boxes or word.box.x1 >= gross.boxes[0].x0:
            continue
        core = without_currency(word.text.strip("€$£₹"))
        figure = parse_amount(core, decimal_hint=hint) if AMOUNT_TOKEN.match(core) else None
        if figure is None:
            continue
        net = float(figure)
        if 0 < net < gross.value <= _GROSS_SHARE * net:
            numbers["amount"] = (numbers["amount"][0], Value(net, word.text, (word.box,)))
            return
