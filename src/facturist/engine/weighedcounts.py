"""Catch-weight rows: a wholesaler of meat, fish or cheese prints the pieces delivered and
the weight weighed side by side ("Kolli | Stk | Netto-kg | Preis € PE | Betrag": "1 | 2 |
4,386 | 8,49 kg | 37,24"). The price is per kilogram, so the billed quantity is the weight,
not the count of pieces the quantity caption names: of the figures read for the count's
column, the one that times the price gives the amount is the quantity. Rows priced per
piece ("4 | 120 | 0,28 Stk | 33,60") keep the count."""

from __future__ import annotations

from facturist.engine.model import Value


def weighed_count(
    numbers: dict[str, tuple[float, Value]], crowded: list[tuple[str, Value]]
) -> Value | None:
    """A figure left of the price, crowded out of its column by a nearer one, that times the
    price gives the amount where the count read does not: it becomes the quantity. Returns
    it, if any."""
    if not {"quantity", "unit_price", "amount"} <= numbers.keys():
        return None
    values = [numbers[key][1].value for key in ("quantity", "unit_price", "amount")]
    count, price, amount = values
    if not (isinstance(count, float) and isinstance(price, float) and isinstance(amount, float)):
        return None
    tolerance = max(0.011, 0.005 * abs(amount))
    if not price or abs(count * price - amount) <= tolerance:
        return None  # the count read gives the amount
    price_x0 = numbers["unit_price"][1].boxes[0].x0
    for _column, figure in crowded:
        weight = figure.value
        if not isinstance(weight, float) or weight == count or figure.boxes[0].x1 > price_x0:
            continue
        if abs(weight * price - amount) <= tolerance:
            numbers["quantity"] = (0.0, figure)
            return figure
    return None
