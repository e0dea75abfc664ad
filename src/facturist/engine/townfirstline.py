"""A one-line address that prints the postcode and town before the street.

Austrian and Swiss letterheads often set "A-1100 Wien, Favoritenstraße 210" or "8001 Zürich,
Bahnhofstrasse 12": the town first, a comma, then the street and its number. The address
reads street first ("Favoritenstraße 210, A-1100 Wien"), as every other address does. A
place and date ("Graz, am 31. Jänner 2025") is no street: the street's words hold no digit
before its house number, and nothing but a number follows them.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell
from facturist.engine.model import Value
from facturist.engine.townline import CONTACT, town_in

# The town's piece up to its comma, then the street: words without a digit, a house number
# (perhaps "12a", "88/3/12", "18-20"), and the line's or piece's end.
_STREET_AFTER = re.compile(
    r"^(?P<town>[^,·|•]+),\s*(?P<street>[^\W\d_][^\d,·|•:]*?\s\d{1,5}[a-zA-Z]?"
    r"(?:\s*[/\-–]\s*\d{1,5}[a-zA-Z]?)*)\s*(?:$|[·|•]|,\s)"
)


def town_then_street(cell: Cell) -> Value | None:
    """ "A-1100 Wien, Favoritenstraße 210" read as "Favoritenstraße 210, A-1100 Wien"; else
    None."""
    text = cell.text.strip()
    town = town_in(text, [])
    if town is None or town.start() != 0:
        return None
    found = _STREET_AFTER.match(text)
    if found is None or CONTACT.search(found.group()):
        return None
    value = f"{found.group('street').strip()}, {found.group('town').strip()}"
    return Value(value, value, cell.boxes)


__all__ = ["town_then_street"]
