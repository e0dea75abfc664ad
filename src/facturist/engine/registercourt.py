"""The commercial register's lines in a letterhead's or footer's details ("Amtsgericht
Bremen" over "HRB 28814 HB", "Registergericht: AG Köln", "Tribunal de commerce de Lyon"):
the court that keeps the issuer's entry, never a party's name, though with the register
number under it the two lines look like a name over a postcode and town."""

from __future__ import annotations

import re

# de "Amtsgericht Bremen", "Registergericht", "Handelsregister", at "Landesgericht" /
# "Handelsgericht Wien" (Firmenbuch), fr "Tribunal de commerce", "Greffe du tribunal".
_COURT = re.compile(
    r"^(?:amtsgericht|registergericht|handelsregister|landesgericht|handelsgericht"
    r"|firmenbuchgericht|tribunal de commerce|greffe du tribunal)\b",
    re.IGNORECASE,
)


def register_court(text: str) -> bool:
    """Whether a line names the register court (or the register) that keeps an entry."""
    return _COURT.match(text.strip()) is not None
