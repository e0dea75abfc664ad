"""Rows of a VAT recap for rates the invoice charges nothing at.

Czech and Slovak accounting packages (Pohoda, Money S3) print every rate's row, used or not::

    Základ v Kč | Sazba | DPH v Kč | Celkem s DPH v Kč
    Osvobozeno          0,00 |  0% |          |  0,00
    Snížená sazba       0,00 | 12% |     0,00 |  0,00
    Základní sazba 22 722,00 | 21% | 4 771,62 | 27 493,62

The exempt row prints no tax at all, so its columns say nothing of which captions head
figures (a caption with none under the first row is a grid's title), and rows of zeros are
no rate's part of the invoice: they neither sum to nor complete the other rows. The columns
are read on the grid's first row with a figure other than zero, and zero rows are left out.
"""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.gridfigures import AMOUNT
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

# How many rows of zeros may open the grid, and how far apart (line heights) its rows stand.
_EMPTY_ROWS = 3
_ROW_GAP = 3.5


def _zero_row(line: Line) -> bool:
    """The line's figures are all zero (and it has at least one)."""
    figures = [parse_amount(w.text) for w in line.words if AMOUNT.match(w.text)]
    return bool(figures) and all(f is not None and f == 0 for f in figures)


def past_empty_rows(lines: list[Line], below: Line | None) -> list[Word]:
    """Words of the rows under the first, up to the first row with a figure other than zero,
    when the first (`below`) holds only zeros: they show which captions head figures too."""
    if below is None or not _zero_row(below):
        return []
    start = next((i for i, line in enumerate(lines) if line is below), None)
    if start is None:
        return []
    words: list[Word] = []
    previous = below
    for line in lines[start + 1 : start + 1 + _EMPTY_ROWS]:
        if line.page != below.page or line.y0 - previous.y1 > _ROW_GAP * previous.height:
            break
        words.extend(line.words)
        if not _zero_row(line):
            break
        previous = line
    return words


def without_empty_rates(rows: list[dict[str, Value]]) -> list[dict[str, Value]]:
    """The rows less those whose figures are all zero, unless no other row is left."""
    kept = [row for row in rows if any(Decimal(str(v.value)) != 0 for v in row.values())]
    return kept or rows
