"""A month and its year under an item ("Monat Februar 2024 lt. Rahmenvertrag RV-2022-08",
"Lizenzen März 2024"): the period a recurring charge bills, part of what the item is, though
the line also quotes a contract's number (tablerows.reference_line keeps it with the name).

A day before the month makes it a date ("Lieferschein LS-88412 vom 5. März 2024"): a
document's date, whose line is a tracking detail.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from facturist.engine.parse.dates import MONTHS

_YEAR = re.compile(r"(?:19|20)\d{2}[.,;)]?")
_DAY = re.compile(r"\d{1,2}\.?")


def _folded(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.strip(".,;:()").lower())
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("ł", "l")


def names_billed_month(texts: list[str]) -> bool:
    """A month name followed by its year, no day before it, among a line's words."""
    for index, (month, year) in enumerate(pairwise(texts)):
        if _folded(month) not in MONTHS or not _YEAR.fullmatch(year):
            continue
        if index and _DAY.fullmatch(texts[index - 1]):
            continue  # "5. März 2024": a date
        return True
    return False
