"""A fax machine's transmission line over the page: a date, a clock time, the sending station
(its name, its number, "FROM: ... TO: ...") and a page counter. It is the machine's metadata,
never a party's name or section: "24.02.2025 11:07  +49 511 357499  WEBER KG  S. 01/01",
"11-MAR-2025 15:42 | FROM: HARCOURT LYLE | 01134960721 | TO:01977552310 | P.001/001",
"13/03/2025 10:27  TRANSPORTS ROLLAND  N°4471 P. 1/1". The station's name is what the
sender keyed into the machine, often short or in capitals; the letterhead below holds the
firm's name. The date may print its month as a word, and OCR of a noisy line misreads the
counter's digits ("S. 01/0i")."""

from __future__ import annotations

import re

_DIGIT = r"[\dOoIil|]"  # a counter's digit as OCR reads it off a fax's streaks
_MONTH = r"[^\W\d_]{3,4}\.?"  # "MAR", "Mär", "Sept."
FAX_HEADER = re.compile(
    rf"\d{{1,2}}(?:[./,-]\d{{1,2}}[./,-]|[./ -]?{_MONTH}[./ -]?)\d{{2,4}},?\s+\d{{1,2}}:\d{{2}}\b"
    rf".*\b(?:s|p|pg|page|seite|blatt)\.?\s*\d{{1,3}}\s*/\s*\d{_DIGIT}{{0,2}}\s*$",
    re.IGNORECASE,
)
