"""Words one word space apart: one phrase, however the line was split into cells.

A monospaced text layer (Courier, as older ERPs and viewers print) sets a word space as wide
as a letter, wider than the gap that splits a line into cells, so each word of a phrase stands
in a cell of its own ("Weinhaus | Saale-Unstrut | GmbH", "Kleiststraße | 8", "… 2% Skonto =
101,91 EUR, Zahlbetrag 4.993,62 EUR"). Rules that read a name, an address or a clause across
those cells join them again; two spaces or more, as monospaced print sets between columns,
still part them.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, print_height
from facturist.engine.model import Word

# A word space: at most a letter and a half of the print's height (a monospaced letter is
# 0.6 em, about one cap height); a column gap is wider.
SPACE_HEIGHTS = 1.5
# A word closing a clause before the run it starts: a caption's colon, a semicolon, a sentence's
# full stop after a word of letters ("Kasse."), never an abbreviation's ("abzgl.", "inkl.").
_CLAUSE_END = re.compile(r"[:;!?]$|^[^\W\d_]{6,}\.$")


def one_space(left: Word, right: Word) -> bool:
    """Whether `right` follows `left` a word space apart (measured on the taller word)."""
    space = SPACE_HEIGHTS * max(w.box.y1 - w.box.y0 for w in (left, right))
    return right.box.x0 - left.box.x1 < space


def word_space_after(previous: Cell, cell: Cell) -> bool:
    """Whether `cell` follows `previous` a word space on (measured on the previous cell)."""
    return 0 <= cell.x0 - previous.x1 < SPACE_HEIGHTS * print_height(previous)


def run_on(cells: list[Cell], start: int) -> list[Cell]:
    """cells[start] and the cells after it that go on with it, each a word space on."""
    run = [cells[start]]
    for cell in cells[start + 1 :]:
        if not word_space_after(run[-1], cell):
            break
        run.append(cell)
    return run


def phrase(line: Line, cell: Cell) -> Cell:
    """The cell with the cells after it a word space apart: monospaced print parts each word
    of "VIALE VENEZIA 310 - 33100 UDINE (UD)" into a cell of its own."""
    words = list(cell.words)
    for following in line.cells[line.cells.index(cell) + 1 :]:
        if not one_space(words[-1], following.words[0]):
            break
        words.extend(following.words)
    return Cell(words) if len(words) > len(cell.words) else cell


def phrase_before(line: Line, cell: Cell) -> Cell:
    """The cell with the cells before it a word space apart (a flush-right monospaced line:
    "9712 | AN | Groningen" read from its right edge)."""
    words = list(cell.words)
    for previous in reversed(line.cells[: line.cells.index(cell)]):
        if not one_space(previous.words[-1], words[0]):
            break
        words[:0] = previous.words
    return Cell(words) if len(words) > len(cell.words) else cell


def run_before(line: Line, start: int) -> str:
    """The words of the run that leads up to the character `start` of line.text, back to the
    start of their clause."""
    offset, index = 0, 0
    while index < len(line.words) and offset < start:
        offset += len(line.words[index].text) + 1
        index += 1
    if index >= len(line.words):
        return ""  # `start` past the line's last word: nothing leads up to it
    taken: list[str] = []
    for position in range(index - 1, -1, -1):
        word = line.words[position]
        if _CLAUSE_END.search(word.text) or not one_space(word, line.words[position + 1]):
            break
        taken.append(word.text)
    return " ".join(reversed(taken))
