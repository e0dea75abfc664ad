"""A currency column of an item table: each charge's own currency, not the invoice's.

Forwarders bill some charges in dollars and others in euros, each row printing its currency
under a "Valuta" / "Currency" / "Devise" caption, and convert them into the invoice's money::

    Descrizione        | Valuta | Importo valuta | Importo EUR
    Nolo mare ...      | USD    |       1.780,00 |    1.634,38
    THC imbarco ...    | EUR    |         210,00 |      210,00

The caption's value read under it is the first row's currency. Where the column under it
lists two currencies or more, it is a column of the rows' currencies: the invoice's currency
is the one its total is printed in, read from the total's line or elsewhere.

A column of item codes may hold one shaped like a currency ("COP" for an Italian cover
charge, "Coperto", over "MEN-TRD", "CAF"): no currency evidence at all (item_code_texts).
"""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.parse.currency import CURRENCY_CODES

# An ISO currency code as a cell of its own.
_CODE = re.compile(r"^[A-Z]{3}$")
# Rows of the column looked at under the value.
_REACH = 30


def in_currency_column(candidate: Candidate, lines: list[Line]) -> bool:
    """Whether the candidate's currency code stands in a column of codes naming two
    currencies or more, its first row or any."""
    boxes = candidate.value.boxes
    if not boxes:
        return False
    box = boxes[0]
    start = next((i for i, line in enumerate(lines) if any(w.box == box for w in line.words)), None)
    if start is None:
        return False
    codes = set()
    for line in lines[start : start + _REACH]:
        if line.page != box.page:
            break
        for word in line.words:
            if word.box.x1 < box.x0 - 2 or word.box.x0 > box.x1 + 2:
                continue
            if _CODE.match(word.text):
                codes.add(word.text)
    return len(codes) >= 2


# An item code as an item table prints it in a column of its own: capitals and digits, a
# hyphen, dot or slash between ("MEN-TRD", "VIN-SG3", "CAF", "A-1027").
_ITEM_CODE = re.compile(r"^[A-Z0-9](?:[A-Z0-9./\-]{0,14}[A-Z0-9])?$")
_SLACK = 3.0


def item_code_texts(lines: list[Line]) -> list[str]:
    """The lines' texts less a currency-shaped code ("COP" for Italian "Coperto", "CAD"
    for a drawing's fee) that opens an item row in a column of item codes: the column also
    holds two codes or more that are no currency, and the row goes on with figures."""
    texts = [line.text for line in lines]
    for index, line in enumerate(lines):
        if len(line.cells) < 3 or not _CODE.match(line.cells[0].text):
            continue
        if line.cells[0].text not in CURRENCY_CODES:
            continue
        if not any(ch.isdigit() for ch in line.cells[-1].text):
            continue
        if _codes_beside(lines, index) >= 2:
            texts[index] = " ".join(cell.text for cell in line.cells[1:])
    return texts


def _codes_beside(lines: list[Line], index: int) -> int:
    """How many rows near the line open with an item code, no currency, at its left edge."""
    left = lines[index].cells[0].x0
    count = 0
    for line in lines[max(0, index - _REACH) : index + _REACH]:
        if line is lines[index] or line.page != lines[index].page or len(line.cells) < 3:
            continue
        first = line.cells[0]
        if abs(first.x0 - left) > _SLACK or not _ITEM_CODE.match(first.text):
            continue
        if first.text not in CURRENCY_CODES and any(ch.isalpha() for ch in first.text):
            count += 1
    return count
