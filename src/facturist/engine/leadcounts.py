"""Order lines led by their count ("2x  Pizza Margherita  € 11,50 p/st  9%  € 23,00"), as
delivery apps and web-shop confirmations list what was ordered under no table header: the
count opens the line, the price of one may stand before the amount, and neither is part of
the item's name."""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.layout import Cell
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount

# "2x", "2 x", "3×": a count and a times sign opening the line.
_LEAD = re.compile(r"^(\d{1,4})\s?[x×]$", re.IGNORECASE)
# "€ 11,50 p/st", "4.50 each", "€2,95/st.": the price of one, its per-unit mark optional.
_EACH = re.compile(
    r"^(?:€|\$|£|EUR|USD|GBP|CHF)?\s?(\d{1,5}(?:[.,]\d{3})*[.,]\d{2})\s?(?:€|EUR)?\s?"
    r"(?:p/st\.?|/st(?:uk|k)?\.?|per st(?:uk|k)?\.?|each|ea\.?|/pc|/pcs|per piece|je stk\.?"
    r"|pro stk\.?|/stk\.?|/unit)?$",
    re.IGNORECASE,
)


def lead_count(cells: list[Cell]) -> tuple[Value, int] | None:
    """The count opening a line ("2x", "2 x") and how many words it takes, if it opens so."""
    words = [w for cell in cells for w in cell.words]
    for size in (1, 2):
        lead = " ".join(w.text for w in words[:size])
        if len(words) > size and (match := _LEAD.match(lead)):
            return Value(float(match.group(1)), lead, (words[0].box,)), size
    return None


def without_price_of_one(cells: list[Cell], count: object, amount: Decimal) -> list[Cell]:
    """The cells less a last one holding the price of one whose product by the count is the
    amount ("€ 11,50 p/st" of 2 at 23,00): a figure of the item, no part of its name."""
    if len(cells) < 2 or not isinstance(count, float):
        return cells
    match = _EACH.match(cells[-1].text.strip())
    if match is None:
        return cells
    price = parse_amount(match.group(1))
    if price is None or abs(price * Decimal(str(count)) - abs(amount)) > Decimal("0.011"):
        return cells
    return cells[:-1]
