"""A title over a header grid of its own captions, each value under its caption.

Sage and other French accounting software print the title large over a boxed grid::

                      FACTURE
        Numéro       Date        Code client   Page
      FA24-01587   30/04/2024      CL00412       1

The title names the document; the row under it captions each value beneath. Where that row
holds a number caption, the number is the value under it: the title stands centred over the
grid, so a customer's code may stand nearer under it than the number does.
"""

from __future__ import annotations

import re

from facturist.engine.labels import DOCUMENT_TITLE
from facturist.engine.layout import Cell, Line

# A bare number caption in a cell of its own ("Numéro", "N°", "Nr.", "No.", "Number").
_NUMBER_CAPTION = re.compile(
    r"^(?:n[°º.]?|nr\.?|no\.?|num\.?|numero|número|numéro|number|nummer|numer)\s*:?$",
    re.IGNORECASE,
)
# The fewest captions a grid's caption row holds.
_CAPTIONS = 3


def number_column(row: Line | None) -> Cell | None:
    """The number caption of a grid's caption row (three cells or more, no digit); None where
    `row` is no such row or captions no number."""
    if row is None or len(row.cells) < _CAPTIONS or any(ch.isdigit() for ch in row.text):
        return None
    return next((cell for cell in row.cells if _numbers(cell.text.strip())), None)


def under_other_caption(row: Line, cell: Cell) -> bool:
    """Whether `cell` stands under a caption of `row` other than a number's."""
    over = [c for c in row.cells if c.x0 < cell.x1 and c.x1 > cell.x0]
    return bool(over) and not any(_numbers(c.text.strip()) for c in over)


def _numbers(text: str) -> bool:
    return bool(_NUMBER_CAPTION.match(text) or DOCUMENT_TITLE.match(text))
