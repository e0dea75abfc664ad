"""A row's price read against the amount: a price base printed in a column of its own ("PE":
"100", per a hundred units), a price read as a discount, and of two printed prices the one
the amount is the count times."""

from __future__ import annotations

import re

from facturist.engine.hundredunits import code_after
from facturist.engine.layout import Line
from facturist.engine.model import Value

# A price base (per 10, 100 or 1000 units) printed as a figure of its own beside the price
# ("PE": "100").
BASE_TEXTS = frozenset({"10", "100", "1000"})
# The thousands mark of a base printed grouped: "1.000", "1 000", "1'000".
THOUSAND_MARK = re.compile(r"(?<=^1)[.,'\s\u00a0\u202f](?=000$)")


def printed_base(
    numbers: dict[str, tuple[float, Value]], strays: list[Value], text_x0: float
) -> None:
    """A price unit printed in a column of its own ("Preis | PE | Betrag", "P.U. | Unité de
    prix": "9,50 | 100"): the price is quoted per that many units, as the row prints it (EN
    16931's net price per base quantity), and is no price per piece to be worked out
    (tables.py's `_per_base_quantity`). Kept as "price_base" beside the row's figures. The
    figure stands under no caption or under an unknown one ("PE"), which may leave it to the
    price's column as a second, crowded figure. The price unit stands among the figures right
    of the item's text; a "10" left of it is the position number ("10 | 0471-8060 | ...")."""
    if "unit_price" not in numbers or "amount" not in numbers:
        return
    amount_x0 = numbers["amount"][1].boxes[0].x0
    read = [figure for _gap, figure in numbers.values()]
    for stray in strays:
        base = base_text(stray.text)
        if (
            base is not None
            and text_x0 < stray.boxes[0].x0
            and stray.boxes[0].x1 < amount_x0
            and all(stray is not figure for figure in read)
        ):
            # "1.000", "1 000" per a thousand: the base in digits, as the row's finish reads it.
            numbers["price_base"] = (0.0, Value(float(base), base, stray.boxes))
            return


def base_text(text: str) -> str | None:
    """The price base a figure of its own prints ("100", "1.000", "1 000"), in plain digits."""
    plain = THOUSAND_MARK.sub("", text.strip())
    return plain if plain in BASE_TEXTS else None


def price_as_discount(numbers: dict[str, tuple[float, Value]], others: list[Value]) -> None:
    """A row with no price whose figure read as its discount gives the amount times the
    count (per the base the row prints: "300 m | 10,63 | 100 | 31,89" under "Menge |
    Listenpreis | Rab.% | Netto-EP | PE | Betrag", a surcharge with no list price, its net
    price nearest the discount's caption): that figure is the price, which a discount never
    is."""
    if "unit_price" in numbers or not {"quantity", "discount", "amount"} <= numbers.keys():
        return
    q, d, a = (numbers[key][1].value for key in ("quantity", "discount", "amount"))
    if not (isinstance(q, float) and isinstance(d, float) and isinstance(a, float)) or not a:
        return
    tolerance = max(0.011, 0.0005 * abs(a))
    bases = [1.0] + [float(b) for f in others if (b := base_text(f.text)) is not None]
    if any(abs(abs(q * d) / base - abs(a)) <= tolerance for base in bases):
        numbers["unit_price"] = numbers.pop("discount")


def consistent_price(
    numbers: dict[str, tuple[float, Value]], others: list[Value], line: Line
) -> None:
    """Of two unit prices printed ("Prezzo unitario (IVA esclusa) | (IVA inclusa)"), the one
    the amount is quantity times: a figure right of the price read that gives the amount
    where the price read does not (a gross amount beside a net and a gross price). A list
    price beside a discount and the net price of one ("Listenpreis | Rab.% | Netto-EP") gives
    the net one, per the base the row prints where it quotes per 100 or 1000 ("Netto-EP |
    PE" over "163,02 | 100", "P.U. net | Par" over "17,17 | C"): that price stays as printed,
    its base read beside it (`printed_base`, hundredunits.py). Credit notes print the
    amount negative, the prices not: magnitudes compare."""
    if not {"quantity", "unit_price", "amount"} <= numbers.keys():
        return
    q, p, a = (numbers[key][1].value for key in ("quantity", "unit_price", "amount"))
    if not (isinstance(q, float) and isinstance(p, float) and isinstance(a, float)) or not q:
        return
    q, p, a = abs(q), abs(p), abs(a)
    tolerance = max(0.011, 0.0005 * abs(a))
    # The bases the row prints as figures of their own (a "PE" column's "100").
    bases = [1.0] + [float(b) for f in others if (b := base_text(f.text)) is not None]
    if any(abs(q * p / base - a) <= tolerance for base in bases):
        return
    price_x1 = numbers["unit_price"][1].boxes[0].x1
    amount_x0 = numbers["amount"][1].boxes[0].x0
    for figure in others:
        f = figure.value
        if (
            isinstance(f, float)
            and figure.boxes
            and price_x1 < figure.boxes[0].x0 < amount_x0
            and base_text(figure.text) is None
        ):
            code = code_after(line, figure)  # "17,17 | C": per a hundred
            own = [*bases, code[0]] if code is not None else bases
            if any(abs(q * abs(f) / base - a) <= tolerance for base in own):
                numbers["unit_price"] = (numbers["unit_price"][0], figure)
                return
