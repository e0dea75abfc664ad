"""The invoice's number captioned by a bare "Numéro" that heads a column of captions.

A French web host prints its meta block as a column of short captions beside the buyer's
address ("Atelier Verrier Lemoine | Numéro | FR-NDD-7731904", then "Hugo Lemoine | Date |
21/03/2025", "9 chemin des Vignes | Identifiant client | ..."): the bare number caption does
not open its line, so the line-start caption rule (labels.py) misses it. Heading the caption
list, with no caption above it naming another party or document, and a caption column with
its values aligned under it (flush left or flush right), it numbers the document itself.
"""

from __future__ import annotations

import itertools
import re

from facturist.engine.idread import read_id
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value

_BARE_NUMBER = re.compile(r"^(?:num[ée]ro|n[úu]mero|nummer|number|numer)\s*:?$", re.IGNORECASE)
# How far (points) a caption's or a value's left edge may stray from the column's, how many
# rows must follow, and how far apart (top to top, in line heights) the rows may stand.
_ALIGNED = 4.0
_ROWS = 2
_STEP = 2.5


def caption_column_number(lines: list[Line]) -> Value | None:
    """The value beside a bare number caption heading a caption column that does not open
    its line, if any."""
    for index, line in enumerate(lines[:40]):
        for position, cell in enumerate(line.cells[1:-1], start=1):
            if not _BARE_NUMBER.match(cell.text.strip()):
                continue
            value_cell = line.cells[position + 1]
            if _rows_beside(lines[index - 1 :: -1] if index else [], line, cell, value_cell):
                continue  # a caption above it: the number may be another's
            if len(_rows_beside(lines[index + 1 :], line, cell, value_cell)) < _ROWS:
                continue
            found = read_id(value_cell.words)
            if found is not None and sum(ch.isdigit() for ch in str(found.value)) >= 3:
                return found
    return None


def _rows_beside(others: list[Line], line: Line, caption: Cell, value: Cell) -> list[Line]:
    """The consecutive lines, walking away from `line`, holding a caption without a digit
    aligned with `caption` and a cell aligned with `value` after it."""
    out, last = [], line
    for other in others[:6]:
        if other.page != line.page or abs(other.y0 - last.y0) > _STEP * max(
            other.height, last.height
        ):
            break
        cells = other.cells
        pairs = [
            (a, b)
            for a, b in itertools.pairwise(cells)
            if abs(a.x0 - caption.x0) <= _ALIGNED
            and not any(ch.isdigit() for ch in a.text)
            # Values set flush left or flush right ("CN/24/0031" over "21/03/2024").
            and (abs(b.x0 - value.x0) <= _ALIGNED or abs(b.x1 - value.x1) <= _ALIGNED)
        ]
        if not pairs:
            break
        out.append(other)
        last = other
    return out
