"""A note under the last item that runs on into the figure columns: no wrap of its name.

An Italian e-invoice's courtesy copy prints the document's free text ("Cena di lavoro del
16/09/2024 - 8 coperti - rif. Ing. ...") as a row of its own under the items, with no code
and no figures, at the description's left edge::

    AMR | Amaro della casa                          | 4,00 | 4,50 | NR | 10,00 | 18,00
          Cena di lavoro del 16/09/2024 - 8 coperti - rif. Ing. Marco Ferraresi

A wrapped name stays in its cell: it breaks before the figure columns, its first line the
widest. A line that runs well past the description column's right edge, under the figures'
captions, where the priced item's own text stays inside the column, is no part of the name.
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.tableheader import Columns

# How far past the column's edge, in line heights, text must run to read as crossing it.
_BEYOND = 1.5


def across_figures(
    named: list[Word], description: list[Word], line: Line, columns: Columns
) -> bool:
    """Whether the line's text runs into the figure columns where the item's text (`named`)
    keeps within the description column."""
    if not named or not description:
        return False
    edge = columns.description[1]
    margin = _BEYOND * line.height
    own = max(w.box.x1 for w in named)
    end = max(w.box.x1 for w in description)
    return own <= edge and end > edge + margin and end > own + margin
