"""A page's words read with its annotations merged (annotationlayer.py), put as a viewer shows
them: a comb field's characters, one a cell, joined into the field's value; words under a
strike-out dropped; and how many of the characters the annotations drew.

A comb field for a date is printed over cells captioned with the date's parts, one letter a
cell ("T T M M J J J J", "D D M M A A A A", "G G M M A A A A", "M M D D Y Y Y Y"): the value
"29012024" is then read with the parts the captions give it, "29.01.2024".
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from facturist.engine.annotationlayer import AnnotationLayer, Area
from facturist.engine.model import Box, Word

# A struck word's centre may lie this far outside the strike-out's quadrilateral (points).
_STRUCK_SLACK = 1.0
# The captions of a date's cells: the month's, the other two parts' letters (day: Tag, día,
# giorno, jour; year: Jahr, año / ano, anno, year, jaar).
_MONTH_LETTER = "M"
# The height of the bands of rows annotation areas are filed by (points).
_BAND = 20.0
_DATE_LETTERS = frozenset("DTJGYAM")


def with_annotations(
    words: list[Word], layer: AnnotationLayer, page_height: float
) -> tuple[list[Word], int]:
    """The page's words as a viewer shows them with its annotations, and the number of
    characters in words the merged annotations drew."""
    if layer.struck:
        struck = [_box(area, page_height) for area in layer.struck]
        words = [word for word in words if not any(_centred(word.box, s) for s in struck)]
    if layer.merged and layer.combs:
        for area in layer.combs:
            words = _joined_comb(words, _box(area, page_height))
    drawn = 0
    if layer.merged and layer.areas:
        # Areas filed by the bands of rows they cover: a word looks among its band's only (a
        # form page has some fifty fields and hundreds of words).
        bands: dict[int, list[tuple[float, float, float, float]]] = {}
        for area in layer.areas:
            box = _box(area, page_height)
            for band in range(_band(box[1] - _STRUCK_SLACK), _band(box[3] + _STRUCK_SLACK) + 1):
                bands.setdefault(band, []).append(box)
        for word in words:
            filed = bands.get(_band((word.box.y0 + word.box.y1) / 2))
            if filed and any(_centred(word.box, box) for box in filed):
                drawn += len(word.text)
    return words, drawn


def _band(y: float) -> int:
    return int(y // _BAND) if y == y else 0  # (a NaN edge: band 0)


def _box(area: Area, page_height: float) -> tuple[float, float, float, float]:
    """An area (y upward) as (x0, y0, x1, y1) with y growing down the page, as word boxes."""
    left, bottom, right, top = area
    return left, page_height - top, right, page_height - bottom


def _centred(box: Box, area: tuple[float, float, float, float]) -> bool:
    x = (box.x0 + box.x1) / 2
    y = (box.y0 + box.y1) / 2
    x0, y0, x1, y1 = area
    slack = _STRUCK_SLACK
    return x0 - slack <= x <= x1 + slack and y0 - slack <= y <= y1 + slack


def _joined_comb(words: list[Word], area: tuple[float, float, float, float]) -> list[Word]:
    """The words with a comb field's cells (the words centred in its area) joined into one."""
    inside = [at for at, word in enumerate(words) if _centred(word.box, area)]
    if not inside:
        return words
    cells = sorted((words[at] for at in inside), key=lambda word: word.box.x0)
    text = "".join(word.text for word in cells)
    captions = _cell_captions(words, area, len(text))
    if captions is not None:
        text = _dated(text, captions)
    first = cells[0]
    box = Box(
        first.box.page,
        min(word.box.x0 for word in cells),
        min(word.box.y0 for word in cells),
        max(word.box.x1 for word in cells),
        max(word.box.y1 for word in cells),
    )
    joined = replace(first, text=text, box=box)
    skipped = set(inside[1:])
    return [
        joined if at == inside[0] else word for at, word in enumerate(words) if at not in skipped
    ]


def _cell_captions(
    words: list[Word], area: tuple[float, float, float, float], cells: int
) -> str | None:
    """The letters captioning a comb field's cells one by one, printed right under (or over)
    the field within its width: "TTMMJJJJ"; None without such a caption."""
    x0, y0, x1, y1 = area
    height = y1 - y0
    for lower, upper in ((y1 - height / 2, y1 + height), (y0 - height, y0 + height / 2)):
        letters = sorted(
            (
                word
                for word in words
                if len(word.text) == 1
                and word.text.upper() in _DATE_LETTERS
                and x0 <= (word.box.x0 + word.box.x1) / 2 <= x1
                and lower <= (word.box.y0 + word.box.y1) / 2 <= upper
            ),
            key=lambda word: word.box.x0,
        )
        if len(letters) == cells:
            return "".join(word.text.upper() for word in letters)
    return None


def _dated(digits: str, captions: str) -> str:
    """A comb date's digits set apart into its parts as its cells' captions give them: day,
    month and year ("29012024" under "TTMMJJJJ": "29.01.2024"); the digits as they are when
    the captions do not spell a day, a month and a four-digit year."""
    if not digits.isdigit():
        return digits
    runs = [(letter, len(list(run))) for letter, run in groupby(captions)]
    if len(runs) != 3 or sorted(size for _letter, size in runs) != [2, 2, 4]:
        return digits
    parts: list[str] = []
    at = 0
    for _letter, size in runs:
        parts.append(digits[at : at + size])
        at += size
    letters = [letter for letter, _size in runs]
    if _MONTH_LETTER not in letters:
        return digits
    month = letters.index(_MONTH_LETTER)
    year = next(k for k, (_letter, size) in enumerate(runs) if size == 4)
    if year == month:
        return digits
    day = 3 - month - year
    return f"{parts[day]}.{parts[month]}.{parts[year]}"
