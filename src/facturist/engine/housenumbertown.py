"""A North American street line's house number read as a postcode, and the town line under it.

A US or Canadian receipt centres its seller's street over the town, its state or province
and its ZIP or postal code::

    2145 Larimer St
    Denver, CO 80205

A four-digit house number opening the street line ("2145 Larimer") reads like a European
postcode before its town, so the address seems to end there and the town line is dropped.
Where the line under it is a town before its postcode (the North American order: letters
first, the postcode closing the line), that line is the address's real last line.
"""

from __future__ import annotations

import re

from facturist.engine.parties import POSTCODE_TOWN

# A street line opening with a four-digit number ("2145 Larimer St"): no other figure after it.
_HOUSE_NUMBER_STREET = re.compile(r"^\s*\d{4}\s+[^\W\d_][^\d]*$")
# A town line opening with its name ("Denver, CO 80205", "San Francisco, CA 94110").
_TOWN_FIRST = re.compile(r"^\s*[^\W\d_]")


def house_number_street(text: str) -> bool:
    """A street line whose only postcode-like figure is its opening four-digit house number."""
    return _HOUSE_NUMBER_STREET.match(text) is not None


def town_then_postcode(text: str) -> bool:
    """A town, then its state or province and postcode closing the line, nothing after."""
    if _TOWN_FIRST.match(text) is None or not any(ch.isdigit() for ch in text):
        return False
    stripped = text.rstrip(" .,")
    return any(found.end() == len(stripped) for found in POSTCODE_TOWN.finditer(stripped))
