"""An item's count and unit price on a sub-line under its name: "Qty: 2 × £4.25".

Marketplaces list each item as its name and line total, then detail lines: the seller's
references and, last, the count times the unit price::

    Beeswax food wraps, set of three                £8.50
    Item ref: K2M9 | Seller SKU: BW-3SET
    Qty: 2 | × £4.25

Where count times price gives the item's amount, they are its quantity and unit price.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import parse_amount

# "Qty: 2 × £4.25", "Quantity 3 x 12,00 €", "Antal: 2 x 99,00 kr", "2 × $6.99".
_COUNT_TIMES_PRICE = re.compile(
    r"^(?:(?:qty|quantity|menge|anzahl|antal|antall|aantal|qt[ée]|quantit[ée]|cantidad"
    r"|quantit[àa]|ilo[śs][ćc]|m[äa]ngd)\.?\s*:?\s*)?"
    r"(\d{1,5}(?:[.,]\d{1,3})?)\s*[x×]\s*(\S+(?:\s\S+)?)$",
    re.IGNORECASE,
)


def sub_line_count(line: Line, amount: Decimal) -> tuple[Value, Value] | None:
    """The count and unit price a detail line prints, where they multiply to `amount`."""
    found = _COUNT_TIMES_PRICE.match(line.text.strip())
    if found is None:
        return None
    count = parse_amount(found.group(1))
    price_text = found.group(2).strip()
    tokens = price_text.split()
    core = without_currency(" ".join(t for t in tokens if any(ch.isdigit() for ch in t)))
    price = parse_amount(core.strip("€$£ ")) if core else None
    if count is None or price is None or count <= 0:
        return None
    if abs(count * price - amount) > Decimal("0.011"):
        return None
    boxes = tuple(w.box for w in line.words)
    return (
        Value(float(count), found.group(1), boxes),
        Value(float(price), price_text, boxes),
    )
