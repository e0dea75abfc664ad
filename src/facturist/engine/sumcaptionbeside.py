"""A totals caption in the middle cell, its sum in the last, a note at the left: no item.

Statements and trade invoices print the payment note left of the totals, sharing their lines:

    This invoice is due by 30/04/2025.                 | Goods total (net)   | 422.10
    Please pay the balance now due by bank transfer:   | VAT S 20% on 208.05 | 41.61

The note reads as an item's text, the caption's base ("on 208.05") as a price; the caption in
the cell before the closing figure is a sum's all the same ("Goods total", "Subtotal", "VAT"),
and the item table is over (tablerows.total_beside reads the plain "| Subtotal | 1,146.68").
"""

from __future__ import annotations

import re

from facturist.engine.amountread import AMOUNT_TOKEN
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parse.currency import currency_from_token, without_currency
from facturist.engine.parsing import parse_amount

# The sums' captions read at the start of a cell, first rank only ("Goods total", "Invoice total").
_SUM_KEYS = ("net_amount", "total_amount")


def sum_caption_beside(line: Line, numbers: dict[str, Value], stop: re.Pattern[str]) -> bool:
    """Whether the line closes with a sum, its caption alone in the cell before it and text
    in a cell left of that, with no count read on it."""
    if len(line.cells) < 3 or "amount" not in numbers or "quantity" in numbers:
        return False
    caption = line.cells[-2].text
    if not (stop.match(caption) or any(_opens_cell(key, caption) for key in _SUM_KEYS)):
        return False
    core = without_currency(_without_currency_word(line.cells[-1].text).strip("€$£ "))
    figure = parse_amount(core) if AMOUNT_TOKEN.match(core) else None
    amount = numbers["amount"].value
    return figure is not None and isinstance(amount, float) and float(figure) == amount


def _opens_cell(key: str, caption: str) -> bool:
    found = LABELS_BY_RANK[key].match(caption)
    return found is not None and found.lastgroup == "r0"


def _without_currency_word(text: str) -> str:
    """ "385,19 zł", "PLN 385,19", "1 600,00 kr": the figure less a currency printed a space
    apart from it."""
    tokens = text.split()
    if len(tokens) > 1 and currency_from_token(tokens[-1]) is not None:
        tokens = tokens[:-1]
    if len(tokens) > 1 and currency_from_token(tokens[0]) is not None:
        tokens = tokens[1:]
    return " ".join(tokens)
