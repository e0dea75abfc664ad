"""A number sign, the number and its date in one cell: "n. NC 3/2026 del 18/11/2026".

Italian title blocks print the document's number and date on one line under the title
("NOTA DI CREDITO" over "n. NC 3/2026 del 18/11/2026"), as German ones print "Nr. 2025-014
vom 05.03.2025": the cell is neither a bare number nor a bare date. Split at the word that
introduces the date ("del", "vom", "du", "dated"), the cell is the number, signed, and the
date after it, which must fill the rest of the cell.
"""

from __future__ import annotations

import re

from facturist.engine.dateread import read_date
from facturist.engine.model import Value, Word

# The number sign opening the cell: "n.", "Nr.", "No.", "N°", "Nº", "č.", "#".
_SIGN = re.compile(r"^(?:n|nr|no|n\.?[°º]|№|č|#)\.?:?$", re.IGNORECASE)
# The word that introduces the number's date: "del", "vom", "du", "dated", "of", "van", "from".
_DATED = re.compile(r"^(?:del|vom|du|dated|of|van|from)$", re.IGNORECASE)


def signed_and_dated(words: list[Word]) -> tuple[list[Word], Value] | None:
    """The cell's words up to the date's word (the sign and number) and the date after it,
    where the cell opens with a number sign and the date ends it; else nothing."""
    if len(words) < 4 or not _SIGN.match(words[0].text):
        return None
    for position in range(2, len(words) - 1):
        if not _DATED.match(words[position].text):
            continue
        rest = words[position + 1 :]
        date = read_date(rest)
        if date is not None and len(date.boxes) == len(rest):
            return words[:position], date
    return None
