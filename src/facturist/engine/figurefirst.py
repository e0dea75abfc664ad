"""A totals block printed figure first, its caption to the right of it.

Some layouts mirror the usual totals column: the figures in a column at the left edge, each
caption in the cell after its figure::

    6 441,40 €   Total HT
      644,14 €   TVA 10 % (travaux de rénovation)
    7 085,54 €   Total TTC
  - 1 500,00 €   Acompte versé le 15/01/2025
    5 585,54 €   NET À PAYER

Nothing follows such a caption on its line but its own words, so the reader finds no value
after it. The figure is the line's first cell, alone in it, and the caption opens the next.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# A money figure alone: sign, currency, grouped digits and cents ("- 1 500,00 €", "$1,250.00").
_FIGURE = re.compile(
    r"^[-−+]?\s*(?:[€$£]|[A-Z]{3})?\s*[-−]?\s*\d{1,3}(?:[ .,'’\u00a0\u202f]?\d{3})*[.,]\d{2}"
    r"\s*(?:[€$£]|[A-Z]{3})?$"
)


def figure_before_caption(line: Line, label: list[Word]) -> list[Word]:
    """The words of the line's first cell where the caption opens the second (the figure
    there read by the caller); none otherwise."""
    if not label or len(line.cells) < 2:
        return []
    first, second = line.cells[0], line.cells[1]
    if not second.words or second.words[0] is not label[0]:
        return []
    if not _FIGURE.match(first.text.strip()):
        return []  # a money figure with its currency, no count, date or text
    return list(first.words)


__all__ = ["figure_before_caption"]
