"""An item row's values once its lines are read: the kept figures, a price per unit where
the row prints one per 10, 100 or 1000, the price worked out when left empty, the count and
the name cleaned of the seller's reference (moved out of tables.py, which reads the rows)."""

from __future__ import annotations

import re

from facturist.engine.inlinecounts import inline_count
from facturist.engine.itemrow import ItemRow
from facturist.engine.model import Value
from facturist.engine.paddedmaterial import without_padded_material
from facturist.engine.ratefigures import without_money_rate
from facturist.engine.tablerows import unprinted_quantity

# Figures to settle others, no item's own: a discount, a price's printed base quantity.
_UNKEPT = ("discount", "price_base")
# A seller's reference before the name: "[FURN_7777]", "*A-12*".
_BRACKETED_CODE = re.compile(r"^(?:\[[^\]\s]{1,30}\]|\*[^*\s]{1,30}\*)\s*")


def finished_item(row: ItemRow, counted: bool, base: str | None = None) -> dict[str, Value]:
    """The row as an item: `counted` whether its count was printed, `base` the base quantity
    its price caption prints ("je 100kg")."""
    item = {key: value for key, value in row.numbers.items() if key not in _UNKEPT}
    without_money_rate(item)  # ratefigures.py: "249,00" under a rate's caption is no rate
    quantity, amount = item.get("quantity"), item.get("amount")
    # Figures the row prints besides its count, price and amount: a printed price unit.
    printed = {
        value.text.strip()
        for key, value in row.numbers.items()
        if key not in ("quantity", "unit_price", "amount", "vat_rate")
    }
    if base is not None:
        printed.add(base)  # "je 100kg": the price caption prints its base quantity
    unit_base = row.numbers.get("price_base")
    if unit_base is not None and isinstance(unit_base.value, float):
        printed.add(f"{unit_base.value:g}")  # a unit code's base: "C" per hundred, "M" 1000
    _per_base_quantity(item, printed)
    # Some layouts leave the price cell empty; the net amount is quantity times price.
    if (
        "unit_price" not in item
        and quantity is not None
        and amount is not None
        and isinstance(quantity.value, float)
        and isinstance(amount.value, float)
        and quantity.value
    ):
        exact = amount.value / quantity.value
        price = round(exact, 4)
        if not price and exact:
            # Metered usage priced in fractions of a cent ("$0.0000166667 per GB-second"):
            # four decimals would read it as free; four significant digits keep it.
            price = float(f"{exact:.4g}")
        item["unit_price"] = Value(price, "", amount.boxes + quantity.boxes, 0.8)
    text = " ".join(w.text for w in row.description)
    text = inline_count(item, text)  # inlinecounts.py
    unprinted_quantity(item, counted, row.numbers.get("discount"))
    if row.description:
        # "[FURN_7777] Office Chair": the seller's reference is no part of the name.
        text = _BRACKETED_CODE.sub("", text) or text
        text = without_padded_material(text)  # paddedmaterial.py: "000000000040012877"
        # "Heiße Luft pro Liter:" announcing a detail that was not printed: no colon at the end.
        text = text.rstrip(" :") or text
        item["description"] = Value(text, text, tuple(w.box for w in row.description))
    return item


def _per_base_quantity(item: dict[str, Value], printed: set[str]) -> None:
    """A price quoted per 10, 100 or 1000 units ("0,5252 EUR" printed as "52,52"): per unit.

    The line amount is quantity times the unit price; when the printed price gives that only
    once divided by a power of ten, it is the price of that many units. Where the row prints
    that base in a column of its own ("Preiseinheit", "Unité de prix": "9,50 | 100"), the
    price stays as printed, per its base quantity (EN 16931 BT-146 over BT-149), as on rows
    whose discount hides the division.
    """
    quantity, price, amount = item.get("quantity"), item.get("unit_price"), item.get("amount")
    if quantity is None or price is None or amount is None:
        return
    q, p, a = quantity.value, price.value, amount.value
    if not (isinstance(q, float) and isinstance(p, float) and isinstance(a, float)) or not a:
        return
    tolerance = max(0.011, 0.005 * abs(a))
    # A price printed with more than two decimals is already a price per unit.
    if abs(q * p - a) <= tolerance or re.search(r"[.,]\d{3,}$", price.text):
        return
    for base in (10, 100, 1000, 10000):
        if abs(q * p / base - a) <= tolerance:
            if str(base) in printed:
                return
            item["unit_price"] = Value(p / base, price.text, price.boxes, 0.8)
            return
