"""An allowance on the whole document printed under a numbered item table ("Rabatt lt.
Rahmenvereinbarung 2,5 % ... -475,33"): EN 16931's document-level allowance (BG-20), no
invoice line. Every item carries its position number; this row carries none, nor a count
or a price, only its negative sum.

Unless the net printed under it takes it in ("Nachlass lt. Angebot 5 % auf Pflanzen | -82,54"
over "Summe netto | 6.611,86"): where the rows reach the first sum below only with the
allowance, the vendor lists it as a row of the table (sums_with_rows).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from facturist.engine.amountread import read_amount
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.tableends import TABLE_STOP
from facturist.engine.tableheader import Columns

if TYPE_CHECKING:
    from facturist.engine.itemrow import ItemRow

# The allowance's caption: de, en, fr, it, es, nl.
_ALLOWANCE = re.compile(
    r"^(?:rabatt|gesamtrabatt|nachlass|preisnachlass|discount|remise|sconto|descuento"
    r"|korting)\b",
    re.IGNORECASE,
)


def document_allowance(
    line: Line, description: list[Word], numbers: dict[str, Value], columns: Columns
) -> bool:
    """Whether the line is an unnumbered allowance under a table whose items are numbered
    (a caption left of the description's, "Pos."), with a negative amount and no count."""
    amount = numbers.get("amount")
    if not columns.lead or not description or amount is None:
        return False
    if not set(numbers) <= {"amount", "vat_rate"} or not isinstance(amount.value, float):
        return False
    if amount.value >= 0 or line.words[0].box.x1 < columns.description[0]:
        return False  # a charge, or a row opening with its position number
    return _ALLOWANCE.match(" ".join(w.text for w in description)) is not None


# How many lines below the allowance the sum it belongs to may stand.
_SUM_REACH = 3
_CENT = 0.011


def sums_with_rows(lines: list[Line], index: int, rows: list[ItemRow], allowance: Value) -> bool:
    """The first sum captioned under the allowance's line (index) is the rows' amounts with
    the allowance, not without it: the allowance is one of the table's rows."""
    if not isinstance(allowance.value, float):
        return False
    amounts = [row.numbers["amount"].value for row in rows if "amount" in row.numbers]
    if not amounts or not all(isinstance(a, float) for a in amounts):
        return False
    before = sum(a for a in amounts if isinstance(a, float))
    page = lines[index].page
    for line in lines[index + 1 : index + 1 + _SUM_REACH]:
        if line.page != page or not line.cells or not TABLE_STOP.match(line.cells[0].text):
            continue
        figure = read_amount(line.words)
        if figure is None or not isinstance(figure.value, float):
            return False
        return abs(before + allowance.value - figure.value) <= _CENT < abs(before - figure.value)
    return False
