"""A freight or shipping charge printed as the last row of an item table ("Freight charges -
DHL Freight, 3 cartons | 35.00"), no count nor price, where the sum printed under the table
("Lines Subtotal 2,218.40") holds the rows above it and not the charge: the vendor bills it as
a document-level charge, listed again in the totals ("Freight | 35.00"), no invoice line.
"""

from __future__ import annotations

import re

from facturist.engine.amountread import read_amount
from facturist.engine.layout import Line
from facturist.engine.model import Value

# The charge's caption: en, de, fr, es, it, nl.
_FREIGHT = re.compile(
    r"^(?:freight|shipping|carriage|delivery|postage|handling|fracht|versand|porto"
    r"|frais de (?:port|transport|livraison)|transporte|portes|gastos de env[ií]o|trasporto"
    r"|spese di (?:spedizione|trasporto)|verzend(?:kosten|ing)|vracht)",
    re.IGNORECASE,
)
# Lines under the table's end to look for the rows' sum.
_SUM_LINES = 4
_CENT = 0.011


def without_freight_row(
    table: list[dict[str, Value]], lines: list[Line], end: int
) -> list[dict[str, Value]]:
    """The table less its last row where that is a freight charge the sum under the table
    (within a few lines of `end`, where the table stopped) leaves out."""
    if len(table) < 2:
        return table
    last = table[-1]
    if "quantity" in last or "unit_price" in last:
        return table
    if not _FREIGHT.match(str(last["description"].value)):
        return table
    amounts = [item["amount"].value for item in table]
    if not all(isinstance(a, float) for a in amounts):
        return table
    whole = sum(a for a in amounts if isinstance(a, float))
    charge = amounts[-1]
    assert isinstance(charge, float)
    start = max(end - 1, 0)
    for line in lines[start : start + _SUM_LINES]:
        figure = read_amount(line.words)
        if figure is None or not isinstance(figure.value, float):
            continue
        if abs(figure.value - whole) <= _CENT:
            return table  # the sum holds the charge: a row of the table
        if abs(figure.value - (whole - charge)) <= _CENT:
            return table[:-1]
    return table
