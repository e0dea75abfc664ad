"""An allowance on the whole document printed under a numbered item table ("Rabatt lt.
Rahmenvereinbarung 2,5 % ... -475,33"): EN 16931's document-level allowance (BG-20), no
invoice line. Every item carries its position number; this row carries none, nor a count
or a price, only its negative sum."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.tableheader import Columns

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
