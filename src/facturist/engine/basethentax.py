"""A VAT recap's row that prints a rate's base, then its tax: "TVA à 20 % | 76,43 € | 15,29 €".

The tax caption with its rate opens the row, and the first figure after it is the base the
rate applies to, the second the tax ("Taux | Base HT | Montant TVA"; "MwSt 19 % | 100,00 |
19,00"). Read from the caption on, the base comes first and passes for the tax. The
arithmetic tells them apart: where the next cell's figure is the rate of the first one, that
figure is the tax. A row printing the tax, then its gross ("VAT 20% | 15.29 | 91.72") fails
the test and keeps its first figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.amountread import read_amount
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s?%")
# How far the printed tax may stray from base x rate: its rounding, and a few cents where the
# base sums lines each rounded on its own.
_SLACK = Decimal("0.02")


def tax_after_base(line: Line, label: list[Word], value: Value) -> Value:
    """The figure in the cell after the value where it is the caption's rate of the value
    (the value then the base); else the value."""
    if not label or not value.boxes or not isinstance(value.value, float) or value.value <= 0:
        return value
    first, last = value.boxes[0], value.boxes[-1]
    start = label[0].box.x0
    between = " ".join(
        w.text for w in line.words if w.box.x0 >= start and w.box.x1 <= first.x0 + 0.5
    )
    rates = _RATE.findall(between)
    if not rates:
        return value
    rate = Decimal(rates[-1].replace(",", ".")) / 100
    cells = line.cells
    for index, cell in enumerate(cells[:-1]):
        if last not in cell.boxes:
            continue
        # The next cell with a figure: a currency sign may stand in a cell of its own.
        figured = [c for c in cells[index + 1 : index + 3] if any(ch.isdigit() for ch in c.text)]
        following = read_amount(figured[0].words) if figured else None
        if following is None or not isinstance(following.value, float):
            return value
        base, tax = Decimal(str(value.value)), Decimal(str(following.value))
        if 0 < tax < base and abs(base * rate - tax) <= _SLACK:
            return following
        return value
    return value
