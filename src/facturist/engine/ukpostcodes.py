"""A British postcode whose two halves a hyphen or a dot joins ("WF10-1AY", "LS5.3RP"): OCR
reads the space of a faxed or photographed page so, and some billing systems print it so.
Every postcode reader (towns.py, townoverpostcode.py, ...) wants the space; read with it,
the town line and the address block it closes come back. The halves are strict: the
outward code (one or two letters, a digit, a digit or letter) and the inward code (a digit,
two of the letters the Royal Mail uses there), so no order code is taken for one."""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box, Word

_JOINED = re.compile(r"([A-Z]{1,2}\d[A-Z\d]?)[-.·]([0-9][ABD-HJLNP-UW-Z]{2}[,.]?)")


def spaced_uk_postcodes(lines: list[Line]) -> list[Line]:
    """The lines with each joined postcode parted into its two halves; the same list when
    no line holds one."""
    if not any(_JOINED.fullmatch(w.text) for line in lines for w in line.words):
        return lines
    return [_spaced(line) for line in lines]


def _spaced(line: Line) -> Line:
    if not any(_JOINED.fullmatch(w.text) for w in line.words):
        return line
    cells = [Cell([part for w in cell.words for part in _parts(w)]) for cell in line.cells]
    return Line(
        page=line.page,
        words=[w for c in cells for w in c.words],
        cells=cells,
        item_term=line.item_term,
    )


def _parts(word: Word) -> list[Word]:
    found = _JOINED.fullmatch(word.text)
    if found is None:
        return [word]
    box = word.box
    cut = box.x0 + (box.x1 - box.x0) * len(found.group(1)) / len(word.text)
    return [
        replace(word, text=found.group(1), box=Box(box.page, box.x0, box.y0, cut, box.y1)),
        replace(word, text=found.group(2), box=Box(box.page, cut, box.y0, box.x1, box.y1)),
    ]
