"""A British postcode whose two halves a hyphen or a dot joins ("WF10-1AY", "LS5.3RP"): OCR
reads the space of a faxed or photographed page so, and some billing systems print it so.
Every postcode reader (towns.py, townoverpostcode.py, ...) wants the space; read with it,
the town line and the address block it closes come back. The halves are strict: the
outward code (one or two letters, a digit, a digit or letter) and the inward code (a digit,
two of the letters the Royal Mail uses there), so no order code is taken for one."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.wordhalves import halves, with_cells

_JOINED = re.compile(r"([A-Z]{1,2}\d[A-Z\d]?)[-.·]([0-9][ABD-HJLNP-UW-Z]{2}[,.]?)")


def spaced_uk_postcodes(lines: list[Line]) -> list[Line]:
    """The lines with each joined postcode parted into its two halves; the same list when
    no line holds one."""
    # A word the pattern fills is part of its line's text, where the search finds it: a line
    # the search finds nothing in holds no such word (one scan a line, not one a word).
    if not any(
        _JOINED.search(line.text) and any(_JOINED.fullmatch(w.text) for w in line.words)
        for line in lines
    ):
        return lines
    return [_spaced(line) for line in lines]


def _spaced(line: Line) -> Line:
    if not _JOINED.search(line.text) or not any(_JOINED.fullmatch(w.text) for w in line.words):
        return line
    cells = [Cell([part for w in cell.words for part in _parts(w)]) for cell in line.cells]
    return with_cells(line, cells)


def _parts(word: Word) -> list[Word]:
    found = _JOINED.fullmatch(word.text)
    if found is None:
        return [word]
    return halves(word, found)
