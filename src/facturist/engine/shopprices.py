"""A bare "Price" caption as a header's last column, beside the count and no amount caption:
web shops (order confirmations, shop-system invoices) print "Product | Qty | Price", the price
being the line's total (count times the price of one), which the totals below add up.

A caption naming the price of one ("Unit price", "Einzelpreis", "Prix unitaire") stays the
unit price.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

_BARE_PRICE = re.compile(
    r"^(?:price|prijs|preis|prix|precio|prezzo|preço|pris|cena|hinta)$", re.IGNORECASE
)


def price_as_total(found: dict[str, list[Word]], group: list[Line]) -> None:
    """Make a bare price caption right of the count, the header's last, the amount's."""
    price = found.get("unit_price")
    if "amount" in found or price is None or not {"description", "quantity"} <= found.keys():
        return
    if not _BARE_PRICE.match(" ".join(w.text for w in price).strip(".:")):
        return
    x0 = min(w.box.x0 for w in price)
    if max(w.box.x1 for w in found["quantity"]) >= x0:
        return
    if any(w.box.x0 > x0 + 1 for member in group for w in member.words if w not in price):
        return  # a column right of the price: the line's total stands there, unnamed
    found["amount"] = found.pop("unit_price")
