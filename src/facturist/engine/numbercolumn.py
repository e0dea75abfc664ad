"""The number under its caption in the caption's own column, not another column's words.

Xero's tax invoices print a column of captions, each over its value ("Invoice Number" over
"INV-3381"), beside the issuer's address column, whose lines sit between the captions' rows.
The reach under a caption runs a little past its right edge, for a value wider than it; an
address line starting there ("27 Kerr Road") is cut to its house number. Words read under a
caption that open a cell starting past the caption's right edge and running on beyond them are
that other column's: the value is the cell under the caption, its left edge the caption's.
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.owncolumn import own_column_below


def in_caption_column(
    lines: list[Line], index: int, label: list[Word], words: list[Word]
) -> list[Word]:
    """`words` read under the caption on lines[index], or its own column's cell under it when
    they are the head of a cell of the next column."""
    if not words or not label:
        return words
    right = max(w.box.x1 for w in label)
    first = words[0]
    below = next((ln for ln in lines[index + 1 : index + 4] if first in ln.words), None)
    cell = None if below is None else next((c for c in below.cells if first in c.words), None)
    if cell is None or cell.x0 <= right or len(cell.words) <= len(words):
        return words
    return own_column_below(lines, index, label)
