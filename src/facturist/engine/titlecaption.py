"""The title word as the first caption of a caption list: a hotel's folio prints "Factuur |
118274" over "Datum | 06-03-2026", "Gast | ...", "Kamer | 512", the document's kind naming its
number as "Datum" names its date. A US distributor's block sets its values flush right
("Invoice | 0447215" over "Invoice Date | 02/27/2024")."""

from __future__ import annotations

import re

from facturist.engine.labels import DOCUMENT_TITLE
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_date

# One number: digits, perhaps a series and separators, never an amount's decimal comma.
_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9\-/.]*\d")
# How far a caption's or a value's left edge may stray from the column's.
_ALIGN = 4.0


def title_caption_value(lines: list[Line]) -> Value | None:
    """The number in the cell beside a bare title word, when the next line continues the
    caption list: a caption under the title, a value under the number (its left edge or,
    flush right, its right edge aligned)."""
    for index, line in enumerate(lines[:40]):
        for cell, after in zip(line.cells, line.cells[1:], strict=False):
            title = cell.text.strip()
            text = after.text.strip()
            if (
                not DOCUMENT_TITLE.match(title)
                or any(ch.isdigit() or ch in ":#" for ch in title)
                or len(after.words) != 1
                or not _NUMBER.fullmatch(text)
                or sum(ch.isdigit() for ch in text) < 4
                or parse_date(text) is not None
            ):
                continue
            below = _column_below(lines, index, cell.x0)
            if below is None:
                continue
            lefts = [c.x0 for c in below.cells]
            if any(abs(x - cell.x0) < _ALIGN for x in lefts) and any(
                abs(c.x0 - after.x0) < _ALIGN or abs(c.x1 - after.x1) < _ALIGN
                for c in below.cells
                if c.x0 > cell.x1
            ):
                return Value(text, f"{title} {text}", (after.words[0].box,), 0.8)
    return None


def _column_below(lines: list[Line], index: int, left: float) -> Line | None:
    """The next line close below that holds a cell in the caption's column (from `left` on):
    a party block's line beside a header box, set between the box's rows, is passed."""
    line = lines[index]
    for below in lines[index + 1 : index + 4]:
        if below.page != line.page or below.y0 - line.y1 > 1.5 * line.height:
            return None
        if any(c.x1 > left - _ALIGN for c in below.cells):
            return below
    return None
