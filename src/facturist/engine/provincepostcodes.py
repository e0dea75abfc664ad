"""A Canadian province's code glued to the postal code after it ("Halifax, NSB3H 2R1").

A scan's OCR may read the space between the province ("NS", "ON", "BC") and the postal
code's first half as none, "NSB3H" for "NS B3H". Every town reader (towns.py) wants the
space; read with it, the town line, and the address block it closes, come back. Both parts
are strict: a province's or territory's code, then the forward sortation area (a letter
Canada Post uses there, a digit, a letter), and the local half ("2R1") after it, so no
order code is taken for one.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.wordhalves import halves, with_cells

_PROVINCE = r"(?:AB|BC|MB|N[BLSTU]|ON|PE|QC|SK|YT)"
_AREA = r"[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z]"
_LOCAL = re.compile(r"\d[A-CEGHJ-NPR-TV-Z]\d[,.]?")
# The code and the area glued, the local half a word of its own after it, or glued too.
_JOINED = re.compile(rf"({_PROVINCE})({_AREA}(?:\d[A-CEGHJ-NPR-TV-Z]\d)?[,.]?)")


def spaced_province_codes(lines: list[Line]) -> list[Line]:
    """The lines with each province code glued to its postal code parted off; the same list
    when no line holds one."""
    # A glued word the pattern fills is part of its line's text, where the search finds it:
    # a line the search finds nothing in holds none (one scan a line, not one a word).
    if not any(
        _JOINED.search(line.text) and any(_glued(line.words, at) for at in range(len(line.words)))
        for line in lines
    ):
        return lines
    return [_spaced(line) for line in lines]


def _glued(words: list[Word], at: int) -> bool:
    found = _JOINED.fullmatch(words[at].text)
    if found is None:
        return False
    if len(found.group(2).rstrip(",.")) == 6:
        return True  # "NSB3H2R1": the whole code glued on
    return at + 1 < len(words) and _LOCAL.fullmatch(words[at + 1].text) is not None


def _spaced(line: Line) -> Line:
    glued = {id(w) for at, w in enumerate(line.words) if _glued(line.words, at)}
    if not glued:
        return line
    cells = [
        Cell([part for w in cell.words for part in (_parts(w) if id(w) in glued else [w])])
        for cell in line.cells
    ]
    return with_cells(line, cells)


def _parts(word: Word) -> list[Word]:
    found = _JOINED.fullmatch(word.text)
    if found is None:
        return [word]
    return halves(word, found)
