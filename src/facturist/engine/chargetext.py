"""A "Charge" caption over the charges' names: the text column, not the price of one.

Couriers' weekly bills caption each shipment's data and then its charges in one header::

    Waybill    | Date     | Route           | Pcs | Kg   | Charge               | VAT | Amount £
    4417220631 | 03/03/25 | COVENTRY > LYON | 2   | 12.4 | International Express
                                                           Base charge          | Z   | 78.40
                                                           Fuel surcharge 27.25% | Z  | 21.36

"Charge" between the count and the amount reads as the price of one (`_fee_price_column` in
tableheader.py, "Qty | Charge | Amount"). Where the rows print words under it and no figure,
it heads the items' names: the description column starts there, and the captions left of it
(the route, the parcels, the weight) are the shipment's data on its heading line, no count
nor price of the charges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facturist.engine.layout import Line
from facturist.engine.parse.currency import CURRENCY_CODES, CURRENCY_SYMBOLS

if TYPE_CHECKING:
    from facturist.engine.tableheader import Columns

# Lines looked at under the header, and how many must print words under the caption.
_REACH = 16
_TEXT_ROWS = 3
# Signs that open with a letter ("R$", "US$", "Kč"), longest first: stripped whole.
_LETTERED_SIGNS = sorted(
    (sign for sign in CURRENCY_SYMBOLS if sign[:1].isalpha()), key=len, reverse=True
)


def _without_sign(text: str) -> str:
    """The text less a currency sign glued before it ("€12,50", "R$1.890,00", "US$45.00")."""
    for sign in _LETTERED_SIGNS:
        if text.startswith(sign) and len(text) > len(sign):
            return text[len(sign) :]
    return text.lstrip("£$€¥")


def charge_text_column(columns: Columns, below: list[Line]) -> None:
    """Move the description to the price caption's column where rows print text under it."""
    price = columns.centers.get("unit_price")
    amount = columns.centers.get("amount")
    if price is None or amount is None or "description" not in columns.centers:
        return
    if columns.centers["description"][1] > price[0]:
        return  # the names left of the price, as usual
    texts = 0
    for line in below[:_REACH]:
        if line.page != columns.page:
            break
        for cell in line.cells:
            parts = cell.text.split()
            if len(parts) > 1 and (parts[0] in CURRENCY_CODES or parts[0] in CURRENCY_SYMBOLS):
                parts = parts[1:]  # "EUR 749,00", "R$ 1.890,00": the sign belongs to the figure
            head = _without_sign(parts[0])
            figure = head[:1].isdigit() or not any(ch.isalpha() for ch in head)
            if figure and cell.x0 <= price[1] and cell.x1 >= price[0]:
                # A figure under the caption ("24.50p/kWh"), perhaps set flush right and
                # starting left of it ("412,00" under "Pris"): the price of one after all.
                return
            if price[0] - 3 <= cell.x0 <= price[1]:
                texts += 1
    if texts < _TEXT_ROWS:
        return
    right = min(
        (span[0] for key, span in columns.centers.items() if span[0] > price[1]), default=amount[0]
    )
    moved = [
        span
        for key, span in columns.centers.items()
        if key in ("description", "quantity", "unit_price")
    ]
    for key in ("description", "quantity", "unit_price"):
        columns.centers.pop(key, None)
    columns.centers["description"] = price
    columns.description = (price[0] - 4, right - 2)
    columns.others += [span for span in moved if span != price]
