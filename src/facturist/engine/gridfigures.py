"""Figures of a totals grid: what reads as an amount, and the caption a figure stands under."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell
from facturist.engine.model import Word

# Thousands grouped by a dot, space, comma or apostrophe ("1.234,56", "1,234.56", "1'234.56"),
# or in lakhs ("1,00,975.00"), perhaps with its currency symbol ("€140.63", "26,72 €").
AMOUNT = re.compile(
    r"^[(\-−]?[€$£₹]?\s?(?:\d{1,3}(?:[.,'\u00a0 ]?\d{3})*|\d{1,2}(?:,\d{2})+,\d{3})"
    r"(?:[.,]\d{2})\s?[€$£]?-?\)?$"
)
# A currency code or symbol, or a percent sign, printed as a word of its own.
_SYMBOL = re.compile(r"^(?:[A-Z]{3}|[€$£₹%])$")
# How close (in the figure's heights) a symbol stands to the figure it belongs to: a space.
_SYMBOL_GAP = 0.8


def column_of(word: Word, cells: list[Cell]) -> Cell | None:
    """The caption a figure stands under: the one it overlaps most, else the last one that
    starts left of it (figures right-aligned under captions set flush left, "Totale
    imposta" over a figure at the grid's right edge)."""
    best = max(cells, key=lambda cell: _overlap(word, cell))
    if _overlap(word, best) > 0:
        return best
    left = [cell for cell in cells if cell.x0 <= word.box.x1]
    return max(left, key=lambda cell: cell.x0) if left else None


def _overlap(word: Word, cell: Cell) -> float:
    return min(word.box.x1, cell.x1) - max(word.box.x0, cell.x0)


def right_of_grid(word: Word, cells: list[Cell]) -> bool:
    """The figure starts right of the grid's last caption: where the column it would fall
    under already holds the row's figure, it is another box's beside the grid (a boxed
    "Celkem k úhradě 11 975,01 Kč" level with a VAT recap's second row)."""
    return bool(cells) and word.box.x0 > max(cell.x1 for cell in cells)


def column_figures(words: list[Word]) -> list[Word]:
    """The row's words that each stand in a column of their own: a currency symbol or a
    percent sign set a space beside a figure ("432,27 €", "10 %") belongs to that figure's
    column, and is left out; cut by it, the caption over the figure ("Montant HT") would fall
    apart into two ("Montant", "HT")."""
    kept = []
    for index, word in enumerate(words):
        if _SYMBOL.match(word.text) and any(
            _beside(word, words[other])
            for other in (index - 1, index + 1)
            if 0 <= other < len(words)
        ):
            continue
        kept.append(word)
    return kept


def _beside(symbol: Word, figure: Word) -> bool:
    """The symbol stands a space or less left or right of a figure on its row."""
    if _SYMBOL.match(figure.text) or not any(ch.isdigit() for ch in figure.text):
        return False
    gap = max(symbol.box.x0 - figure.box.x1, figure.box.x0 - symbol.box.x1)
    return gap <= _SYMBOL_GAP * (figure.box.y1 - figure.box.y0)
