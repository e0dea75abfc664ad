"""An OCR'd IBAN whose bank letters were read as look-alike digits, restored by mod-97.

Some countries' account numbers hold letters at fixed places after the check digits: Italy's
and San Marino's check letter (CIN, "IT67 I054 1810 ..."), the bank's four letters in the UK,
Ireland and the Netherlands ("GB29 NWBK ...", "NL91 ABNA ..."). OCR reads an "I" there as
"1", an "O" as "0", a "B" as "8": the IBAN then has its length and fails mod-97. A digit at a
letter's place is tried as each letter it looks like; the repair is taken only when exactly
one variant passes the check.
"""

from __future__ import annotations

from itertools import product

from facturist.engine.ocrlookalikes import LETTERS_READ_AS
from facturist.engine.parse.ids import IBAN_LENGTHS, is_valid_iban

# The places (0-based, in the unspaced IBAN) that hold letters, by country.
_LETTER_PLACES: dict[str, range] = {
    "IT": range(4, 5),
    "SM": range(4, 5),
    "GB": range(4, 8),
    "IE": range(4, 8),
    "NL": range(4, 8),
}


def lettered_iban(text: str) -> str | None:
    """`text` (an unspaced IBAN of its country's length that fails mod-97) with the digits at
    its letter places read as letters, when exactly one reading passes; else None."""
    places = _LETTER_PLACES.get(text[:2])
    if places is None or len(text) != IBAN_LENGTHS[text[:2]] or is_valid_iban(text):
        return None
    options = [
        LETTERS_READ_AS.get(ch, "") if i in places and ch.isdigit() else ch
        for i, ch in enumerate(text)
    ]
    if any(not choice for choice in options):
        return None  # a digit no letter looks like, where a letter belongs
    if all(len(choice) == 1 for choice in options) and "".join(options) == text:
        return None
    passing = [v for v in ("".join(p) for p in product(*options)) if is_valid_iban(v)]
    return passing[0] if len(passing) == 1 else None
