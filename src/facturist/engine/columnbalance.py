"""A bare balance caption closing a totals column printed beside another grid.

A hotel's or a shop's bill sets its totals column at the right, on the same lines as a VAT
breakdown at the left, and closes it with what is left once the payment is booked::

    Taux   Montant HT   TVA    Montant TTC      Total TTC                626,28 €
    10 %       493,64  49,36        543,00      Réglé CB le 17/06/2024  - 626,28 €
    20 %        55,00  11,00         66,00      Solde                      0,00 €

Alone at a line's start, a bare "Solde", "Balance" or "Saldo" before its figure is the amount
due (labels.py); beside the grid it opens a later cell, where the line's caption readers never
look. Under a total caption in its own column, it is the same balance.
"""

from __future__ import annotations

import re

from facturist.engine.amountread import read_amount
from facturist.engine.layout import Line
from facturist.engine.model import Value

# The bare balance alone in its cell: fr "Solde", en "Balance", de/it/es/nl "Saldo".
_BALANCE = re.compile(r"^(?:solde|balance|saldo)\s*:?$", re.IGNORECASE)
# A total's caption opening a cell of the column above ("Total TTC", "Totale", "Gesamt").
_TOTAL = re.compile(r"^(?:total|totale|gesamt)", re.IGNORECASE)
# How far (points) the column's cells' left edges may stand apart.
_ALIGN = 4.0
# How many lines above the balance the column's total may stand.
_REACH = 6


def column_balance(lines: list[Line]) -> Value | None:
    """The figure of a bare balance caption opening the next-to-last cell of a line, a total
    caption over it in the same column a few lines up; else None."""
    for index, line in enumerate(lines):
        cells = line.cells
        if len(cells) < 3 or _BALANCE.match(cells[-2].text.strip()) is None:
            continue
        caption = cells[-2]
        if not any(
            other.page == line.page
            and any(
                abs(cell.x0 - caption.x0) <= _ALIGN and _TOTAL.match(cell.text)
                for cell in other.cells
            )
            for other in lines[max(0, index - _REACH) : index]
        ):
            continue
        figure = read_amount(cells[-1].words)
        if figure is not None:
            return figure
    return None
