"""An item table whose header names no description: the text is the rows' first column, and
it ends where the header's first caption starts.

A scan's OCR may lose the "DESCRIZIONE" over the items' text, or a form leaves that column
uncaptioned, so the header reads "UM | Q.TA | PREZZO | IMPORTO | IVA", its first caption a
unit of measure no column vocabulary names. Without a description caption the text's span
runs from the page's edge to the first named caption (tableheader._description_span), and
each row's unit ("NR", "MT", "ORE") would join its name. When the header starts well into
the text's span (right of its middle: not a position's "Pos." at the margin), the text ends
where the header does."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facturist.engine.tableheader import Columns

# The header must start this far into the text's span (a share of its width).
_INTO_TEXT = 0.5


def clip_to_header(columns: Columns) -> None:
    """End an uncaptioned description where the header's first cell starts."""
    if "description" in columns.centers:
        return
    x0, x1 = columns.description
    if x0 + (x1 - x0) * _INTO_TEXT < columns.left < x1 + 2:
        columns.description = (x0, columns.left - 2)
