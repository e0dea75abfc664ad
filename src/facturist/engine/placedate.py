"""A letter's place-and-date line ("Aix-en-Provence, le 1er avril 2026", "Kirchzarten, den
17.03.2025", "Madrid, 3 de marzo de 2026", "London, 3 March 2026") is never a party's name.

French, German, Spanish, Italian and Polish letters print their place and date at the top
right, often on the addressee block's first line, so a reader taking the block by its
columns, or the line under a return address, meets the dateline where a name belongs. It is
told by its shape: a town's words, a comma, perhaps the language's article ("le", "den",
"am", "el", "il", "dnia", "the"), then nothing but a date that reads as one.
"""

from __future__ import annotations

import re

from facturist.engine.parsing import parse_date

# The town (letters first, no digit, no colon), a comma, an optional article, then a date's
# text: a day or a month word first and a year of four digits (or two after a dot) last.
_PLACE_DATE = re.compile(
    r"^[^\W\d_][^\d:,]{1,40},\s*(?:(?:le|den|am|el|il|dnia|on|the|a|op)\s+)?"
    r"(?P<date>(?:\d|[^\W\d_]{3,}\.?\s+\d)[^:]{2,30}?(?:\d{4}|[./]\d{2}))\.?$",
    re.IGNORECASE,
)


def place_and_date(text: str) -> bool:
    """Whether the text is a letter's place and date alone."""
    found = _PLACE_DATE.match(text.strip())
    return found is not None and parse_date(found.group("date")) is not None
