"""The number beside a title that carries its document type code.

An e-invoice viewer heads the document with its type, the UNTDID 1001 code in brackets, and
the number in the next column: "Gutschrift (381) | Nr. GS-2025-0009 | vom | 11.02.2025",
"Handelsrechnung (380) | Nr. 2025-0212". The number stands in a column of its own, however
short the type's name, so the gap apart is no sign of another field: the caption is the
title's, as "Gutschrift Nr." in one cell would be; a party's "Nummer:" row is the party's.
"""

from __future__ import annotations

import re

from facturist.engine.labels import DOCUMENT_TITLE
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_date

# A title and its type code: "Gutschrift (381)", "Commercial invoice (380)".
_TYPED = re.compile(r"^(?P<title>.+?)\s*\(\d{3}\)$")
# A number sign opening the cell after it, perhaps the date after the number.
_SIGNED = re.compile(
    r"(?i:nr|no|n[°º]|number|nummer)\.?:?\s+(?P<number>[A-Z0-9][\w\-/.]*\d[\w\-/]*|\d)"
    r"(?:\s+(?i:vom|du|dated|of|from|van|de|del)\s+\d.*)?"
)


def typed_title_number(lines: list[Line]) -> Value | None:
    """The number in the cell after a title with its type code, near the top of the page."""
    for line in lines[:40]:
        for cell, after in zip(line.cells, line.cells[1:], strict=False):
            typed = _TYPED.match(cell.text.strip())
            if typed is None or not DOCUMENT_TITLE.match(typed.group("title")):
                continue
            signed = _SIGNED.fullmatch(after.text.strip())
            if signed is None:
                continue
            number = signed.group("number").rstrip(".")
            if parse_date(number) is not None:
                continue
            boxes = tuple(w.box for w in after.words if number in w.text)
            return Value(number, f"{cell.text} {after.text}", boxes[:1], 0.9)
    return None
