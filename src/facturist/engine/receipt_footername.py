"""A shop's logo at the top of a till receipt, its registered name printed in the footer.

Bakeries and cafés print their brand as a logo (often letter-spaced, which OCR reads as "R O
TI M A N IS"), a tagline set between ornaments under it ("~ BAKERY & CAFE ~"), and the
business as registered, with its number in brackets, at the foot of the roll ("ROTI MANIS
BAKERY (IP0338217-K)"). The tagline names what the shop is, not who it is; the footer's
registered line that spells the logo's letters is the seller's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.layout import Line

# A line set between ornaments: "~ BAKERY & CAFE ~", "* Since 1968 *", "= Kopitiam =".
_ORNAMENTED = re.compile(r"^\s*([~*=•·♦◆])\s*[^~*=•·♦◆]*[^\W\d_][^~*=•·♦◆]*\s*\1\s*$")
# A name closing on its business registration in brackets: "(IP0338217-K)", "(556781-T)".
_REGISTERED = re.compile(r"^(?P<name>.*[^\W\d_].*?)\s*\((?:[A-Z]{1,3})?\d{5,}-?[A-Z]\)\s*$")


def ornamented(text: str) -> bool:
    """Whether a header line is a tagline set between ornaments ("~ BAKERY & CAFE ~")."""
    return _ORNAMENTED.match(text) is not None


def _letters(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalpha())


def registered_footer_name(lines: Sequence[Line], start: int, logo: str) -> Line | None:
    """The line after `start` naming a business with its registration in brackets whose
    letters open with the logo's ("R O TI M A N IS" -> "ROTI MANIS BAKERY (IP0338217-K)")."""
    letters = _letters(logo)
    if len(letters) < 4:
        return None
    for line in lines[max(start, 0) :]:
        match = _REGISTERED.match(line.text)
        if match is not None and _letters(match.group("name")).startswith(letters):
            return line
    return None
