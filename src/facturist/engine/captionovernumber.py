"""A bare number caption on the title's line, the number under it on the next line.

A designed header sets the title large at the left and, far right on the same line, a small
caption naming the number, the number itself printed larger under the caption::

    TatraSoft     Faktúra                                   číslo
                                                       2026030021

The caption says only "number" ("číslo", "Nr.", "No.", "Numéro"); the title beside it says
whose, as "Faktúra číslo 2026030021" in one run would. The number stands alone in its cell
on the next line, flush with the caption's right or left edge.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_date

# A caption naming a number and nothing else (Czech and Slovak "číslo", Polish "numer",
# Hungarian "szám", Slovene "številka", Croatian "broj").
_NUMBER_CAPTION = re.compile(
    r"^(?:n[°º.]?|nr\.?|no\.?|num\.?|numero|número|numéro|number|nummer|numer|[čc][íi]slo"
    r"|sz[áa]m|[šs]tevilka|broj)\s*:?$",
    re.IGNORECASE,
)
# One number: digits, perhaps a series and separators.
_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9\-/.]*\d")
# How far (points) the number's edge may stand from the caption's.
_FLUSH = 4.0
# How far below the title's line (in its heights) the number's line may start.
_GAP = 1.5


def caption_over_number(lines: list[Line], is_title: Callable[[str], bool]) -> Value | None:
    """The number under a bare number caption that shares its line with a title."""
    for index, line in enumerate(lines[:40]):
        if len(line.cells) < 2 or index + 1 >= len(lines):
            continue
        titled = False
        for cell in line.cells:
            text = cell.text.strip()
            if not titled:
                titled = is_title(text) and not any(ch.isdigit() for ch in text)
                continue
            if _NUMBER_CAPTION.match(text):
                found = _number_under(line, lines[index + 1], cell.x0, cell.x1)
                if found is not None:
                    return found
    return None


def _number_under(line: Line, below: Line, left: float, right: float) -> Value | None:
    if below.page != line.page or below.y0 - line.y1 > _GAP * line.height:
        return None
    for other in below.cells:
        flush = abs(other.x1 - right) <= _FLUSH or abs(other.x0 - left) <= _FLUSH
        text = other.text.strip()
        if (
            flush
            and len(other.words) == 1
            and _NUMBER.fullmatch(text)
            and sum(ch.isdigit() for ch in text) >= 3
            and parse_date(text) is None
        ):
            return Value(text, text, (other.words[0].box,), 0.8)
    return None
