"""A word parted into the two groups of a pattern's match, and a line rebuilt from cells of
such parts: postcode readers part what OCR or a billing system glued ("WF10-1AY",
"NSB3H 2R1") before the town readers, which want the space, see the line."""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box, Word


def halves(word: Word, found: re.Match[str]) -> list[Word]:
    """The word as its match's first and second groups, the box cut where the first group's
    share of the word's characters ends."""
    box = word.box
    cut = box.x0 + (box.x1 - box.x0) * len(found.group(1)) / len(word.text)
    return [
        replace(word, text=found.group(1), box=Box(box.page, box.x0, box.y0, cut, box.y1)),
        replace(word, text=found.group(2), box=Box(box.page, cut, box.y0, box.x1, box.y1)),
    ]


def with_cells(line: Line, cells: list[Cell]) -> Line:
    """The line holding these cells (its words theirs), on the same page and with its mark."""
    return Line(
        page=line.page,
        words=[w for c in cells for w in c.words],
        cells=cells,
        item_term=line.item_term,
    )
