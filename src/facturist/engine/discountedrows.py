"""Rows with a discount column ("Pris | Rab.% | Beløp", "Cena | Rabat | Wartość"): the count
and the unit price stay as printed, q × price × (1 − discount / 100) being the line amount.

A discount percentage between the price and the amount explains why the amount falls below
count times price; the figures that give the amount with it are the row's count and price,
not a price worked out from the amount (its net of the discount) nor a count left unread.
"""

from __future__ import annotations

from facturist.engine.model import Value

# How far the product may miss the printed amount: a cent, or half a per mille of it.
_CENT = 0.011


def discount_factor(numbers: dict[str, tuple[float, Value]]) -> float | None:
    """What share of count times price the row's discount leaves ("10" in "Rab.%": 0.9);
    None without a percentage below a hundred in the discount column."""
    if "discount" not in numbers:
        return None
    rate = numbers["discount"][1].value
    if not isinstance(rate, float) or not 0 < rate < 100:
        return None
    return 1 - rate / 100


def gives_amount(count: float, price: float, amount: float, factor: float | None) -> bool:
    """Count times price, less the discount where one is printed, is the amount."""
    tolerance = max(_CENT, 0.0005 * abs(amount))
    return any(
        abs(count * price * share - amount) <= tolerance
        for share in (1.0, factor)
        if share is not None
    )


def count_and_price(
    numbers: dict[str, tuple[float, Value]], crowded: list[tuple[str, Value]]
) -> None:
    """Count and price under one caption run together ("Ilość J.m.Cena jedn. netto" over
    "25 | szt. | 288,00"), no price caption of their own: the left figure is the count, the
    right one the printed price, where with the row's discount they give its amount."""
    if "unit_price" in numbers or "quantity" not in numbers or "amount" not in numbers:
        return
    figures = [numbers["quantity"][1]] + [f for column, f in crowded if column == "quantity"]
    if len(figures) != 2 or not all(figure.boxes for figure in figures):
        return
    count, price = sorted(figures, key=lambda figure: figure.boxes[0].x0)
    amount = numbers["amount"][1].value
    q, p = count.value, price.value
    if not (isinstance(q, float) and isinstance(p, float) and isinstance(amount, float)):
        return
    if q <= 0 or p <= 0 or not gives_amount(q, p, amount, discount_factor(numbers)):
        return
    numbers["quantity"] = (0.0, count)
    numbers["unit_price"] = (0.0, price)
