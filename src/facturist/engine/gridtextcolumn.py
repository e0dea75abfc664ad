"""A text column in a VAT recap grid: each rate's description beside its figures.

Italian recaps ("Castelletto IVA") caption a column for the rate's wording beside the base
and the tax ("Imponibile | Aliquota | Imposta | Descrizione" over "565,80 | 22% | 124,48 |
Aliquota ordinaria"); a row's words under that caption are no label and no stray text, and
leave the row a row of figures.
"""

from __future__ import annotations

from facturist.engine.column_captions import classify_text
from facturist.engine.gridfigures import column_of
from facturist.engine.layout import Cell
from facturist.engine.model import Word


def in_text_column(word: Word, cells: list[Cell], columns: dict[str, Cell]) -> bool:
    """Whether the word stands under a caption naming a description, no amount's column."""
    column = column_of(word, cells)
    if column is None or any(column is cell for cell in columns.values()):
        return False
    return classify_text(column.text) == "description"
