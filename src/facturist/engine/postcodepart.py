"""A British postcode's outward code read as an id: "Invoice Number" in a middle column, its
value on the line below, the seller's address column to its right closing with "ST1 5LG" on
the caption's own line. "ST1" is no invoice number: the postcode's halves stand together, the
outward code (one or two letters, a digit, a digit or letter) before the inward code (a digit,
two of the letters the Royal Mail uses there), and the caption's value is read under it."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value

_OUTWARD = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?")
_INWARD = re.compile(r"\d[ABD-HJLNP-UW-Z]{2}[,.]?")


def postcode_part(line: Line, value: Value) -> bool:
    """Whether the id read at `value` is a postcode's outward code, its inward code next."""
    if not value.boxes or not _OUTWARD.fullmatch(str(value.value)):
        return False
    box = value.boxes[0]
    for cell in line.cells:
        for position, word in enumerate(cell.words):
            if word.box == box:
                after = cell.words[position + 1 : position + 2]
                return bool(after) and _INWARD.fullmatch(after[0].text) is not None
    return False
