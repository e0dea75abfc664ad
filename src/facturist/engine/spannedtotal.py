"""A totals grid's figure printed across its rows in a merged cell.

Spanish and Portuguese invoices print the invoice's one total beside the per-rate rows, set
larger and centred over them::

    Base imponible | % IVA | Cuota IVA |  TOTAL FACTURA
        3.782,00 € | 10,00 |  378,20 € |
                                       |    5.223,79 €
          879,00 € | 21,00 |  184,59 € |

Its baseline falls between the rows' baselines, so the figure reads as a line of its own
that overlaps the first row's height. It is still the total column's figure: the caption
over it names a column of the grid, not the grid's title.
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Word


def spanning_words(lines: list[Line], row: Line | None) -> list[Word]:
    """The figures of the line right after the grid's first row `row` that overlaps the row's
    height (a merged cell's figure, centred across the rows), else none."""
    if row is None:
        return []
    at = next((i for i, line in enumerate(lines) if line is row), None)
    if at is None or at + 1 >= len(lines):
        return []
    after = lines[at + 1]
    if after.page != row.page or after.y0 >= row.y1 or not after.words:
        return []
    if not all(
        any(ch.isdigit() for ch in word.text) or len(word.text) <= 3 for word in after.words
    ):
        return []
    return list(after.words)
