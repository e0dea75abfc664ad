"""Two figures crowding under the amount's caption, the price's column left empty: the one
that is the count times the other is the amount, the other the unit price.

Spreadsheet grids set each caption at its cell's left edge and the figures right-aligned at
the right edge ("Menge | ME | EP € | Betrag €" over "146,00 | m³ | 18,50 | 2.701,00"): the
price ends right before the amount's caption starts, nearer it than its own, and both figures
are read under the amount's caption. Which one the row's amount is its arithmetic tells:
146 × 18,50 = 2.701,00.
"""

from __future__ import annotations

from facturist.engine.model import Value


def settle_by_product(
    numbers: dict[str, tuple[float, Value]], crowded: list[tuple[str, Value]]
) -> None:
    """With a count and an amount read and no price, a figure crowded out of the amount's
    column that is the count times the amount read (it stands right of it) is the amount and
    the one read the price; one left of it that times the count gives the amount is the
    price."""
    if "unit_price" in numbers or not {"quantity", "amount"} <= numbers.keys():
        return
    count, read = numbers["quantity"][1], numbers["amount"][1]
    q, a = count.value, read.value
    if not isinstance(q, float) or not isinstance(a, float) or not q or not read.boxes:
        return
    for column, figure in crowded:
        f = figure.value
        if column != "amount" or not isinstance(f, float) or not figure.boxes:
            continue
        right = figure.boxes[0].x0 > read.boxes[0].x1
        tolerance = max(0.011, 0.0005 * abs(f if right else a))
        if right and abs(abs(q * a) - abs(f)) <= tolerance:
            numbers["unit_price"] = (1e6, read)
            numbers["amount"] = (1e6, figure)
            return
        if not right and abs(abs(q * f) - abs(a)) <= tolerance:
            numbers["unit_price"] = (1e6, figure)
            return
