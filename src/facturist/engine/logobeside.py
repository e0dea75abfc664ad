"""A logo word set tall left of the legal name it starts: "MAIR" beside the two stacked
names of a bilingual firm ("Industrietechnik GmbH" / "Tecnica Industriale S.r.l.", South
Tyrol), "KRONE" beside "Fahrzeugbau GmbH". The word stands a word space left of the name,
twice its size or more, across its line; the firm's name is the logo word and the line."""

from __future__ import annotations

import re

from facturist.engine.layout import Line, print_height
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value, Word
from facturist.engine.partynames import initials, not_a_name
from facturist.engine.wordspace import SPACE_HEIGHTS

# A logo word: letters only (a hyphen or an ampersand inside), three or more.
_LOGO_WORD = re.compile(r"[^\W\d_]{3,}(?:[-&][^\W\d_]+)*")
_TALLER = 1.8  # how much taller than the name the logo word is set, at least


def with_logo_beside(top: list[Line], index: int, position: int, name: Value) -> Value:
    """The name with the tall logo word left of it put first, else the name."""
    line = top[index]
    if position != 0 or not name.boxes:
        return name
    cell = line.cells[0]
    if name.boxes[0] != cell.words[0].box:
        return name  # the name starts above its line (nameabove.py) or right of its start
    height = print_height(cell)
    y0 = min(w.box.y0 for w in cell.words)
    y1 = max(w.box.y1 for w in cell.words)
    # The tall word's baseline lies lower or higher than the name's: its line is a neighbour.
    for near in top[max(0, index - 1) : index + 2]:
        if near is line or near.page != line.page or not near.words:
            continue
        word = near.words[0]
        if _beside(word, cell.x0, y0, y1, height) and _names_nothing_else(word, str(name.value)):
            joined = f"{word.text} {name.value}"
            return Value(
                joined, f"{word.text} {name.text}", (word.box, *name.boxes), name.confidence
            )
    return name


def _beside(word: Word, x0: float, y0: float, y1: float, height: float) -> bool:
    """Whether the word stands a word space left of the name, set taller, across its line."""
    tall = word.box.y1 - word.box.y0
    gap = x0 - word.box.x1
    overlap = min(y1, word.box.y1) - max(y0, word.box.y0)
    return tall >= _TALLER * height and 0 <= gap < SPACE_HEIGHTS * tall and overlap >= 0.5 * height


def _names_nothing_else(word: Word, name: str) -> bool:
    """Whether the word is a logo's name: letters, no initials, no legal form, and no word
    the name repeats ("BOSCH" beside "Robert Bosch GmbH")."""
    text = word.text.strip()
    return (
        _LOGO_WORD.fullmatch(text) is not None
        and not initials(text)
        and not not_a_name(text)
        and not LEGAL_FORM.search(text)
        and text.casefold() not in {w.casefold() for w in name.split()}
    )
