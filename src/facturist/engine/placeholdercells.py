"""Money cells that print no figure: a dash ("—", "-,--", "€ -,--") for nothing charged, or a
word ("inkl.", "compris", "inbegrepen") for a charge included in another. The row keeps its
own count and position: it is an item of its own, its price or amount 0 (a dash) or unknown
(a word)."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

# The whole cell a dash, perhaps with a currency sign and the cents' dashes: "—", "€ -,--".
_DASH_CELL = re.compile(
    r"^(?:€|\$|£|EUR|CHF)?\s*[-\u2012\u2013\u2014\u2212]{1,3}(?:\s*[.,]\s*-{1,2})?\s*(?:€|\$|£|EUR|CHF)?$",
    re.IGNORECASE,
)
# The whole cell a word saying the charge is included in another.
_INCLUDED_CELL = re.compile(
    r"^(?:inkl\.?|incl\.?|inklusive|included|inclus|compris|inbegrepen|incluso|incluido|enthalten)$",
    re.IGNORECASE,
)


def placeholder_cells(line: Line) -> list[tuple[list[Word], float | None]]:
    """The line's cells printing a dash (value 0.0) or an "included" word (value None)."""
    found: list[tuple[list[Word], float | None]] = []
    for cell in line.cells:
        text = " ".join(word.text for word in cell.words).strip()
        # A lone hyphen is rather a minus sign set apart from a figure wrapped below.
        if _DASH_CELL.match(text) and text not in ("-", "\u2212"):
            found.append((list(cell.words), 0.0))
        elif _INCLUDED_CELL.match(text):
            found.append((list(cell.words), None))
    return found


def priced_item(numbers: dict[str, Value]) -> bool:
    """A row printing its own count, price and amount, the amount their product: an item,
    whatever its text says ("Returned: 18V battery pack | 2 | 45.83 | 91.66")."""
    figures = [numbers.get(key) for key in ("quantity", "unit_price", "amount")]
    values = [figure.value if figure is not None else None for figure in figures]
    quantity, price, amount = values
    if not (isinstance(quantity, float) and isinstance(price, float) and isinstance(amount, float)):
        return False
    return quantity > 0 and abs(abs(quantity * price) - abs(amount)) <= max(
        0.011, 0.005 * abs(amount)
    )
