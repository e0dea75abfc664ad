"""A number sign, the number, a dash and the invoice's subject in one cell: "Nº 2025/0158 –
Certificación final de obra".

Builders and craftsmen print what the invoice bills beside its number under the title
("FACTURA" over "Nº 2025/0158 – Certificación final de obra", "RECHNUNG" over "Nr. 2025-041 –
Dachsanierung Haus B"): the cell is no bare number. Split at a dash standing alone between
words, the cell is the number, signed, when the subject after the dash holds no digit (a
date or a second number there makes the cell something else).
"""

from __future__ import annotations

import re

from facturist.engine.model import Word

# The number sign opening the cell: "n.", "Nr.", "No.", "N°", "Nº", "č.", "#".
_SIGN = re.compile(r"^(?:n|nr|no|n\.?[°º]|№|č|#)\.?:?$", re.IGNORECASE)
# A dash standing alone between the number and the subject.
_DASH = re.compile(r"^[\-–—]$")


def number_before_subject(words: list[Word]) -> list[Word] | None:
    """The cell's words before a dash (the sign and the number), where the cell opens with a
    number sign and words without a digit follow the dash; else nothing."""
    if len(words) < 4 or not _SIGN.match(words[0].text):
        return None
    for position in range(2, len(words) - 1):
        if not _DASH.match(words[position].text):
            continue
        rest = words[position + 1 :]
        if any(ch.isdigit() for word in rest for ch in word.text):
            return None
        return words[:position]
    return None
