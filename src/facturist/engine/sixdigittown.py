"""A six-digit postcode opening the town line under a street: "400363 Cluj-Napoca, Cluj,
România", "300081 Timișoara, jud. Timiș", "061072 București, Sector 6".

Romania's postcodes have six digits and go before the town, on the line under the street, as
Russia's, Belarus's and Kazakhstan's do. The page-wide postcode patterns (towns.py) read four
or five digits there, six only after a street's comma on the same line: six digits alone open
many a line that is no town (an order's or a customer's number). Under a street line of a
block, a six-digit number followed by a capitalised word is the postcode and the town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.layout import Cell

# The postcode, then the town's capitalised name (Romanian, Cyrillic or Latin letters).
_SIX_DIGIT_TOWN = re.compile(r"^\s*\d{6},?\s+(?:[A-ZĂÂÎȘȚŞŢА-ЯЁ][a-zăâîșțşţа-яё]|[A-ZĂÂÎȘȚŞŢ]{2})")
# A street line: letters, then a number ("Str. Observatorului 107", "Calea Aradului nr. 56,
# ap. 3", "Bd. Iuliu Maniu 7, Corp B, et. 4").
_STREET = re.compile(r"^\s*[^\W\d_][^\d@]{2,}\d")


def six_digit_town(text: str, taken: Sequence[Cell]) -> re.Match[str] | None:
    """Where a six-digit postcode and its town open the line, when the block's last line
    taken is a street (letters, then a number); else None."""
    if not taken or _STREET.match(taken[-1].text) is None:
        return None
    return _SIX_DIGIT_TOWN.match(text)
