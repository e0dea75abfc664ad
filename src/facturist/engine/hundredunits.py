"""A price per hundred or per thousand pieces, told by its unit of measure "C" or "M".

US distributors (fasteners, electrical, paper) print the price's unit of measure beside it:
"EA" per each, "C" per hundred (the Roman numeral), "M" per thousand, "CWT" per hundredweight:

    HEX CAP SCREW 1/2-13 X 2 GR5 ZP | ORD 500 | SHP 500 | 14.200 C | 71.00

The count billed times the price, divided by that base, gives the amount (500 x 14.20 / 100 =
71.00). The base is kept as the row's "price_base" (the price stays as printed, per that many,
EN 16931 BT-149), and a count column named by no known caption ("SHP", "Shipped") is the one
billed where it gives the amount so.
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Value

_BASES = {"C": 100.0, "CWT": 100.0, "M": 1000.0}


def _unit_base(line: Line, numbers: dict[str, tuple[float, Value]]) -> tuple[float, str] | None:
    """The base the unit code right after the row's price names, with its text."""
    return code_after(line, numbers["unit_price"][1])


def code_after(line: Line, figure: Value) -> tuple[float, str] | None:
    """The base the unit code right after a row's figure names ("17,17 | C"), with its text."""
    boxes = figure.boxes
    if not boxes:
        return None
    last = boxes[-1]
    for index, word in enumerate(line.words[:-1]):
        if word.box == last:
            unit = line.words[index + 1].text
            base = _BASES.get(unit)
            return (base, unit) if base is not None else None
    return None


def hundred_unit_count(
    line: Line, numbers: dict[str, tuple[float, Value]], strays: list[Value]
) -> Value | None:
    """The count under no known caption that, times the price per a unit code's base, gives
    the amount; sets the row's count and price base. Returns the figure taken, if any."""
    if "unit_price" not in numbers or "amount" not in numbers:
        return None
    price, amount = numbers["unit_price"][1].value, numbers["amount"][1].value
    if not isinstance(price, float) or not isinstance(amount, float) or not amount:
        return None
    if not any(w.text in _BASES for w in line.words):
        return None
    found = _unit_base(line, numbers)
    if found is None:
        return None
    base, unit = found
    tolerance = max(0.011, 0.005 * abs(amount))
    quantity = numbers.get("quantity")
    candidates = [quantity[1]] if quantity is not None else strays
    for figure in candidates:
        if (
            isinstance(figure.value, float)
            and abs(figure.value * price / base - amount) <= tolerance
        ):
            numbers["quantity"] = (0.0, figure)
            numbers["price_base"] = (0.0, Value(base, unit, numbers["unit_price"][1].boxes))
            return None if quantity is not None else figure
    return None
