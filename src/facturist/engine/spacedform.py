"""A legal form set alone in its cell at the end of a monospaced name.

Courier's wide word space parts "THAMESBROOK PIGMENTS LTD" into one cell a word: the form
"LTD" stands alone, and a lone run of capitals reads as a logo's initials ("SL"), no name
by its form. Right after the name's words, a word space apart, it ends the name those words
begin (parties.py joins them, _with_joined_start).
"""

from __future__ import annotations

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
