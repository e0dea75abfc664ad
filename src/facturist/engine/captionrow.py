"""A row of section captions heading columns ("EMISOR | CLIENTE | DATOS DE FACTURA", "Von |
An | Rechnungsdaten"): the seller's block, the buyer's and an info column side by side, each
caption over its own column. Small captions may stand a wide gap above their columns, wider
than the caption's own line height suggests, so the caption cell beside a party's caption
looks like a value on its line; it is the next column's caption, never the party's name."""

from __future__ import annotations

from facturist.engine.layout import Line

_ALIGN = 4.0  # points between a caption's left edge and its column's
_REACH = 3.5  # the gap to the columns' first line, in the taller line's heights


def heads_columns(line: Line, below: Line | None) -> bool:
    """Whether every cell of the caption line starts a column of the line under it: no cell
    holds a digit or a colon-closed value, and a cell of `below` starts under each."""
    if below is None or below.page != line.page or len(line.cells) < 3:
        return False
    if below.y0 - line.y1 > _REACH * max(line.height, below.height):
        return False
    for cell in line.cells:
        text = cell.text.strip()
        if any(ch.isdigit() for ch in text) or ":" in text.rstrip(":"):
            return False
        if not any(abs(other.x0 - cell.x0) < _ALIGN for other in below.cells):
            return False
    return True
