"""A shop's name set as a large heading over two or more lines ("FRISCHMARKT" / "KELLERMANN")
with the whole name printed once more in small type right below ("Frischmarkt Kellermann").

The receipt reader takes the heading's first line as the name (a logo's word often stands
alone over the name), which cuts such a name short. A smaller line that repeats the words of
the heading's lines, in order and nothing else, names the shop whole: it is the name (in the
case the shop writes it). A smaller line with other words (a tagline, a trade) changes
nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from facturist.engine.layout import Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.name_rows import width

_WORD = re.compile(r"[^\W\d_]{2,}")
# A legal form ending the line, after a space or a comma.
_FORM_ENDING = re.compile(rf"[\s,]+(?:{LEGAL_FORM.pattern})\s*$", re.IGNORECASE)
# The heading's lines a small line may repeat (two at least: one is a logo's word).
_MOST_LINES = 3
# The small line's height or width per letter, at most this share of the heading's smallest
# line's (a photo's OCR boxes are bands that blur the heights; the width still tells).
_SMALLER = 0.8


def _words(line: Line) -> list[str]:
    return _text_words(line.text)


def _text_words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text)
    return _WORD.findall("".join(ch for ch in plain if not unicodedata.combining(ch)).casefold())


def heading_spelled_below(header: Sequence[Line], chosen: int) -> int | None:
    """The index of the line right under the heading that starts at `chosen` and runs over
    two lines or more, when that line is in smaller print and repeats the heading's words in
    order; else None."""
    heading: list[str] = _words(header[chosen]) if chosen < len(header) else []
    if not heading:
        return None
    for last in range(chosen + 1, min(chosen + _MOST_LINES, len(header) - 1)):
        words = _words(header[last])
        if not words:
            return None
        heading += words
        below = header[last + 1]
        if _smaller(below, header[chosen : last + 1]) and _spells(below, heading):
            return last + 1
    return None


def _spells(below: Line, heading: list[str]) -> bool:
    """Whether the small line prints the heading's words, perhaps with the legal form after
    them ("ÉCOLE DE LANGUES" / "DU LÉMAN" over "École de Langues du Léman Sàrl")."""
    words = _words(below)
    if words == heading:
        return True
    form = _FORM_ENDING.search(below.text)
    if form is None or form.start() == 0:
        return False
    return _text_words(below.text[: form.start()]) == heading


def _pitch(line: Line) -> float:
    return width(line) / max(sum(not ch.isspace() for ch in line.text), 1)


def _smaller(below: Line, heading: Sequence[Line]) -> bool:
    """Whether `below` is in smaller print than each of the heading's lines."""
    return below.height <= _SMALLER * min(line.height for line in heading) or _pitch(
        below
    ) <= _SMALLER * min(_pitch(line) for line in heading)


__all__ = ["heading_spelled_below"]
