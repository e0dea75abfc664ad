"""Liechtenstein's MWST number: five or six plain digits after its own caption.

Liechtenstein is in the Swiss VAT area, but its tax office numbers its taxpayers plainly
("MWST-Nr. 57318"), no CHE prefix and no check digit, so no VAT reader takes the digits for
an ID. Read them only after an explicit "MWST-Nr." caption (not the bare tax's name), and
only on a page that shows it is Liechtenstein's: an "FL-9490" postcode, the country's name
or an LI IBAN. Bare digits anywhere else could be any number.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.seller_vat import is_buyers

# "MWST-Nr. 57318", "MWST Nr.: 057318", "MwSt.-Nummer 57318".
_CAPTIONED = re.compile(
    r"\bmwst\.?[\s\-]*(?:nr|nummer|no)\.?\s*:?\s*(?P<number>\d{5,6})(?![\d.\-/])", re.IGNORECASE
)
# What marks a page as Liechtenstein's.
_LIECHTENSTEIN = re.compile(
    r"\bFL-?9[4-9]\d{2}\b|\bliechtenstein|\bLI\d{2}\s?0\d{3}\s?\d{4}", re.IGNORECASE
)


def liechtenstein_vat_number(lines: list[Line], buyer: Value | None) -> Value | None:
    """The first "MWST-Nr." number on a Liechtenstein page outside the buyer's block."""
    if not any(_LIECHTENSTEIN.search(line.text) for line in lines):
        return None
    for line in lines:
        match = _CAPTIONED.search(line.text)
        if match is None:
            continue
        number = match.group("number")
        boxes = tuple(w.box for w in line.words if w.text.strip(":;,.") == number)
        value = Value(number, number, boxes, 0.8)
        if not is_buyers(value, buyer, lines):
            return value
    return None
