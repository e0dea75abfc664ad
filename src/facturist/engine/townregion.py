"""The region printed after a postcode and town ("15232 Chalandri, Attiki", "11741 Athina,
Attiki"): part of the address, where other words after the town line's comma (a centred
letterhead's phone, its contact) are not."""

from __future__ import annotations

import re

# One or two capitalised words of letters: a region's, a province's or a county's name.
_REGION = re.compile(r"[^\W\d_][^\W\d_'\-]+(?: [^\W\d_][^\W\d_'\-]+)?")


def region_after_town(text: str, start: int) -> bool:
    """Whether the town line goes on, after the comma at `start`, with a region's name alone
    (capitalised, no digit, no caption)."""
    if text[start : start + 1] != ",":
        return False
    rest = text[start + 1 :].strip()
    return bool(_REGION.fullmatch(rest)) and all(w[:1].isupper() for w in rest.split())
