"""A currency column of an item table: each charge's own currency, not the invoice's.

Forwarders bill some charges in dollars and others in euros, each row printing its currency
under a "Valuta" / "Currency" / "Devise" caption, and convert them into the invoice's money::

    Descrizione        | Valuta | Importo valuta | Importo EUR
    Nolo mare ...      | USD    |       1.780,00 |    1.634,38
    THC imbarco ...    | EUR    |         210,00 |      210,00

The caption's value read under it is the first row's currency. Where the column under it
lists two currencies or more, it is a column of the rows' currencies: the invoice's currency
is the one its total is printed in, read from the total's line or elsewhere.
"""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line

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
