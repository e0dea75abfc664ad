"""The currency of the total's figure printed again with its sign on another line.

A total read from a grid or a summary row often stands unsigned ("Różnica | 23% | -1 180,60
| -271,54 | -1 452,14"), while the page prints the same figure again with its sign under it
("Kwota korekty: -1 452,14 zł", "Do zwrotu: 1 452,14 zł"). That sign names the currency,
whatever else the page's text counts more often: a unit column's "kr" (krąg, a coil of
cable) or "t" beside quantities is no money.
"""

from __future__ import annotations

from facturist.engine.amountread import read_amount
from facturist.engine.layout import Line
from facturist.engine.model import Box, Value
from facturist.engine.parse.currency import sign_currency
from facturist.engine.parsing import detect_currency


def repeated_total_currency(lines: list[Line], fields: dict[str, Value], page: str) -> str | None:
    """The currency signed on a line that repeats the total's (or the amount due's) figure."""
    figures = set()
    for key in ("total_amount", "amount_due"):
        value = fields.get(key)
        if value is not None and isinstance(value.value, int | float) and value.value:
            figures.add(round(abs(float(value.value)), 2))
    if not figures:
        return None
    for line in lines:
        code = detect_currency(line.text)
        if code is None:
            continue
        amount = read_amount(line.words)
        if amount is None or not isinstance(amount.value, int | float):
            continue
        if round(abs(float(amount.value)), 2) in figures:
            return code if code in line.text else sign_currency(line.text, page)
    return None


def figure_cell_currency(line: Line, box: Box, page: str) -> str | None:
    """The currency printed in the total's own cell, or its caption's just before it
    ("Razem brutto | 458,40 zł"): the rest of the line may hold a note converting the total
    ("1 EUR = 4,2140 PLN) | Razem brutto | 458,40 zł"), whose codes are no billed currency."""
    at = next(
        (i for i, cell in enumerate(line.cells) if any(w.box == box for w in cell.words)), None
    )
    if at is None:
        return None
    text = " ".join(cell.text for cell in line.cells[max(0, at - 1) : at + 1])
    code = detect_currency(text)
    if not code:
        return None
    return code if code in text else sign_currency(text, page)
