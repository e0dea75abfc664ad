"""A row billing a share of a base ("Anzahlung lt. Auftrag | 40 % | 24.860,00 | 9.944,00"
under "Bezeichnung | Anteil | Basis netto | Betrag netto"): advance, partial and instalment
invoices print the percentage billed and the sum it is taken of, between the text and the
amount.

The header names only the text and the amount (its share and base captions the reader does
not know), which alone would not tell an item table from a totals block. The rows prove it:
where a cell right of the text reads a percentage and another a sum whose share is the row's
amount, the row is an item billed as a part of a whole, its amount the share.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.parsing import parse_amount
from facturist.engine.workingcolumn import text_amount_rows

# A percentage cell: "40 %", "40%", "33,33 %".
_SHARE = re.compile(r"^(\d{1,3}(?:[.,]\d{1,2})?)\s?%$")
# How far the share of the base may miss the amount: a cent, or half a per mille of it.
_CENT = Decimal("0.011")


def share_rows(found: dict[str, list[Word]], group: list[Line], below: list[Line]) -> bool:
    """Whether a header naming the text and the amount only (`found`, its lines `group`)
    heads rows of text | share % | base | amount, the share of the base the amount (see the
    module's docstring); `below`: the lines under the header."""
    for line, text_x1, amount_x0 in text_amount_rows(found, group, below, 4):
        amount = _money(line.cells[-1])
        if amount is None or amount == 0:
            continue
        between = [c for c in line.cells[1:-1] if text_x1 < c.x1 and c.x1 < amount_x0 + 20]
        if _share_of_base(between, amount):
            return True
    return False


def _share_of_base(cells: list[Cell], amount: Decimal) -> bool:
    """A percentage cell and a money cell right of it, the share of which is the amount."""
    for index, cell in enumerate(cells):
        match = _SHARE.match(cell.text.strip())
        if match is None:
            continue
        rate = parse_amount(match.group(1).replace(",", "."))
        if rate is None or not 0 < rate <= 100:
            continue
        for other in cells[index + 1 :]:
            base = _money(other)
            tolerance = max(_CENT, abs(amount) * Decimal("0.0005"))
            if base is not None and abs(abs(base) * rate / 100 - abs(amount)) <= tolerance:
                return True
    return False


def _money(cell: Cell) -> Decimal | None:
    return parse_amount(cell.text)
