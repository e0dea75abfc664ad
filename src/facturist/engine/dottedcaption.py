"""A caption's value on a line of "·"-joined pieces ends at the first dot.

A continuation page or an appendix repeats the customer in one line of captioned pieces:
"Kunde: Bäckerei Huber GmbH · Leistungszeitraum 01.02.–28.02. · Abrechnung im 15-Minuten-Takt".
The name is the piece up to the first middle dot (or bullet); the rest are other captions'.
Dashes part no pieces here: "Kulturverein Aschach – Verein zur ..." is one name.
"""

from __future__ import annotations

import re

# A middle dot or a bullet with a space on either side.
_DOT = re.compile(r"\s[·•●▪]\s")


def first_dotted_piece(text: str) -> str:
    """The text up to its first spaced middle dot or bullet; the whole text without one."""
    piece = _DOT.split(text, maxsplit=1)[0].strip()
    return piece or text


__all__ = ["first_dotted_piece"]
