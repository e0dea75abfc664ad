"""A legal form set alone in its cell at the end of a monospaced name.

Courier's wide word space parts "THAMESBROOK PIGMENTS LTD" into one cell a word: the form
"LTD" stands alone, and a lone run of capitals reads as a logo's initials ("SL"), no name
by its form. Right after the name's words, a word space apart, it ends the name those words
begin (parties.py joins them, _with_joined_start).
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.wordspace import word_space_after


def closes_spaced_name(cells: list[Cell], position: int) -> bool:
    """Whether cells[position] is a legal form alone that a word of letters precedes a
    word space before it."""
    if position == 0 or LEGAL_FORM.fullmatch(cells[position].text.strip()) is None:
        return False
    before = cells[position - 1]
    word = before.text.strip()
    return (
        word_space_after(before, cells[position])
        and word.replace("&", "").replace("-", "").isalpha()
        and len(word) > 1
    )


# A figure ending a cell: a quantity ("28.540", "12,5").
_FIGURE_END = re.compile(r"\d[.,]?\d*\s*$")


def unit_after_figure(cells: list[Cell], position: int) -> bool:
    """Whether cells[position] is a unit alone after a figure: the quantity column's "28.540"
    beside the unit column's "kg" (or "KG") reads "28.540 kg", a weight, never a company's
    form (Germany's "KG"); a figure with its unit names no one."""
    if position == 0 or LEGAL_FORM.fullmatch(cells[position].text.strip()) is None:
        return False
    return _FIGURE_END.search(cells[position - 1].text) is not None
