"""Register numbers in a footer's legal line, which look like a postcode before a town.

A footer names the register that keeps the firm's entry next to its seat: "HRA 30812
Amtsgericht Mainz", "Sitz: Graz · FN 384512 t", "KvK 12345678 Utrecht". The number after
its register's abbreviation reads like a postcode and the court or town after it like the
town, but neither is part of a postal address: a seat captioned with its town alone ("Sitz:
Graz") names no street either.
"""

from __future__ import annotations

import re

# A register's abbreviation before its number: de "HRA"/"HRB"/"GnR"/"PR"/"VR" (trade,
# cooperative, partnership and association registers), at "FN" (Firmenbuch), "ZVR"
# (associations), nl "KvK", fr "RCS <town>", pl "KRS", gb "Company No." / "CRN".
_REGISTER = (
    r"(?<![^\W\d_])(?:hra|hrb|gnr|pr|vr|fn|zvr|kvk|krs|crn|rcs(?: [^\W\d_]+)?"
    r"|company (?:no\.?|number)|reg(?:istration)?\.? ?(?:no\.?|nr\.?|number))"
)
_BEFORE = re.compile(rf"{_REGISTER}\s*:?\s*$", re.IGNORECASE)
# The whole piece: the abbreviation, its number, a court's letter after it ("384512 t",
# "214477 B").
_PIECE = re.compile(rf"{_REGISTER}\s*:?\s*\d[\d ./-]*(?:\s?[a-z](?![^\W_]))?", re.IGNORECASE)


def register_number_at(text: str, start: int) -> bool:
    """Whether the number at `start` of `text` follows its register's abbreviation ("HRA
    30812 Amtsgericht Mainz" is no postcode and town)."""
    return _BEFORE.search(text[:start]) is not None


def register_only(text: str) -> bool:
    """Whether the text's digits are all register numbers: a seat captioned with its town
    and register entry ("Graz · FN 384512 t"), no address."""
    rest = _PIECE.sub("", text)
    return rest != text and not any(ch.isdigit() for ch in rest)
