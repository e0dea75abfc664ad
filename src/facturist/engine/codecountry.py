"""A postcode and the country on one line, no town between them: "R93 X2F4 Ireland".

Irish addresses name the town on the street's line ("Kilkenny Road, Carlow") and print the
Eircode, which stands for the town, on the next one, with the country after it in invoicing
tools' layouts; a British postcode may stand so too ("SW1A 1AA United Kingdom"). The line
ends the block as a town line does.
"""

from __future__ import annotations

import re

from facturist.engine.towns import COUNTRY_NAMES

_CODE_COUNTRY = re.compile(
    r"^\s*(?:[A-Z]\d[\dW] ?[A-Z\d]{4}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}),?\s+"
    rf"(?:{COUNTRY_NAMES})\s*$",
    re.IGNORECASE,
)


def code_then_country(text: str) -> re.Match[str] | None:
    """The whole line when it is a postcode and a country's name, else None."""
    found = _CODE_COUNTRY.match(text)
    return found if found is not None and any(ch.isdigit() for ch in found.group()) else None
