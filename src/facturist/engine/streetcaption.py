"""A party's captioned address row, unless its "caption" is a word of the street's name.

A monospaced text layer (Courier, as till-style and older ERP printouts set it) puts each word
in a cell of its own: "Torgauer | Straße | 233" under the firm's name reads like a viewer's
street row ("Straße: | Lindenweg 8", captionedaddress.py) whose value is the house number
alone. A house number alone is no address: the street's name is the word before the
"caption", and the block under the name is read whole instead.
"""

from __future__ import annotations

import re

from facturist.engine.captionedaddress import captioned_address
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value

# A house number alone ("233", "17a", "12 B").
_HOUSE_NUMBER_ALONE = re.compile(r"\d{1,5}\s?[A-Za-z]?")


def captioned_street(lines: list[Line], index: int, cell: Cell) -> Value | None:
    """captioned_address's value under the name `cell`, unless it is a house number alone."""
    found = captioned_address(lines, index, cell)
    if found is not None and _HOUSE_NUMBER_ALONE.fullmatch(str(found.value).strip()):
        return None
    return found
