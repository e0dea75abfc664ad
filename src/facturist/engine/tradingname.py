"""A sole trader's letterhead line "Gareth Pryce t/a Pryce Carpentry": the business trades
under the name after "t/a" (trading as), which is the seller's name on the invoice."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value

# "t/a", "T/A", "trading as", then the trading name up to a separator or the cell's end.
_TRADING_AS = re.compile(
    r"\b(?:t/a|trading as)\s+([^\W\d_][^·|•,;:()]{1,60}?)\s*(?:[·|•,;:(]|$)", re.IGNORECASE
)


def trading_name(top: list[Line]) -> Value | None:
    """The trading name of the first "<owner> t/a <name>" cell on top of the page, or None."""
    for line in top:
        for cell in line.cells:
            found = _TRADING_AS.search(cell.text)
            if found is not None:
                name = found.group(1).strip()
                return Value(name, cell.text, cell.boxes)
    return None
