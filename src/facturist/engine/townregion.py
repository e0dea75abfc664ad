"""The region printed after a postcode and town ("15232 Chalandri, Attiki", "11741 Athina,
Attiki"): part of the address, where other words after the town line's comma (a centred
letterhead's phone, its contact) are not."""

from __future__ import annotations

import re

from facturist.engine.addresspatterns import COUNTRY
from facturist.engine.latamtown import latam_region_after

# One or two capitalised words of letters: a region's, a province's or a county's name.
_REGION = re.compile(r"[^\W\d_][^\W\d_'\-]+(?: [^\W\d_][^\W\d_'\-]+)?")
# Romania's county after its caption and Bucharest's sector ("300081 Timișoara, jud. Timiș",
# "061072 București, Sector 6"), then perhaps the region and the country ("400363
# Cluj-Napoca, Cluj, România"): two or three pieces, each a region's, the last perhaps the
# country's.
_COUNTY = re.compile(
    r"(?:jud\.|jude[țţt]ul)\s*[^\W\d_][^\W\d_'\-]+(?: [^\W\d_][^\W\d_'\-]+)?"
    r"|(?:sector|sectorul)\s+[1-6]",
    re.IGNORECASE,
)
COUNTY = _COUNTY  # a wrapped address line's county tells its town line (captionedwrap.py)


def region_after_town(text: str, start: int) -> bool:
    """Whether the town line goes on, after the comma at `start`, with a region's name alone
    (capitalised, no digit, no caption)."""
    if text[start : start + 1] != ",":
        return False
    rest = text[start + 1 :].strip()
    if _COUNTY.fullmatch(rest) or _pieces(rest):
        return True
    if latam_region_after(rest):  # "C.P. 11950, Miguel Hidalgo, Ciudad de México"
        return True
    return bool(_REGION.fullmatch(rest)) and all(w[:1].isupper() for w in rest.split())


def _pieces(rest: str) -> bool:
    """Whether the rest is two or three comma-parted pieces, each a county ("jud. Cluj",
    "Sector 6") or a capitalised region's name ("Cluj", "România"), a county among them or
    the country last."""
    pieces = [p.strip() for p in rest.split(",")]
    if not 2 <= len(pieces) <= 3:
        return False
    if not any(_COUNTY.fullmatch(p) for p in pieces) and not COUNTRY.fullmatch(pieces[-1]):
        return False  # "Berlin, Anna Schmidt, Inhaberin": a county or the country ends it
    return all(
        _COUNTY.fullmatch(p)
        or (_REGION.fullmatch(p) is not None and all(w[:1].isupper() for w in p.split()))
        for p in pieces
    )
