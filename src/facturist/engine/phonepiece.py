"""A phone number set off as a piece of a letterhead's address line ("1075 Harbour Street,
Halifax, NS B3H 2R1 • 902-555-0172"): a separator, then the number alone up to the line's or
the piece's end. A phone number is never part of a postal address, captioned ("Tel:") or not.
"""

from __future__ import annotations

import re

# A separator (bullet, middle dot, bar, dash), then a North American or international number:
# "902-555-0172", "(902) 555-0172", "+1 902 555 0172", "902.555.0172".
_PHONE_PIECE = re.compile(
    r"^[•·|–—-]\s*(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{3,4}"
    r"\s*(?:$|[•·|–—])"
)


def phone_piece(rest: str) -> bool:
    """Whether the rest of an address line, from a separator on, is a phone number's piece."""
    return _PHONE_PIECE.match(rest.strip()) is not None
