"""A column of caption | value rows (a payment slip's "Customer | Harbour & Hythe Ltd" over
"Invoice Number | INV-0193"): the party caption's next cell is its value, not a second block's
caption, though the next row starts in the same two columns."""

from __future__ import annotations

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Cell, Line


def caption_under(below: Line, header: Cell) -> bool:
    """Whether the cell of `below` starting under `header` is another field's short caption."""
    for cell in below.cells:
        if abs(cell.x0 - header.x0) >= 4:
            continue
        text = cell.text.strip()
        if len(text.split()) > 4 or any(ch.isdigit() for ch in text):
            return False
        return any(pattern.match(text) for pattern in LABELS_BY_RANK.values())
    return False
