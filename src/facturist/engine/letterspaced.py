"""A title printed letter-spaced: "F A K T U R A   V A T   Nr 0045/2025".

Typewriter-style and monospaced templates (Polish small-business programs, a text report
printed to PDF) space a title's letters out, one space between letters and three between
words. Every letter is then a word of its own, split into cells at random, and no title
reading sees "FAKTURA VAT" before the "Nr 0045/2025" it carries. The letters are joined back
into their words, the run into one cell, and the title's number read on the joined line.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box, Value, Word
from facturist.engine.ownnumber import title_number

# The fewest spaced letters a title spells, and how many times the letters' own gap the gap
# between two words at least is.
_LETTERS = 4
_WORD_GAP = 1.8
# How many lines from the top a title stands within.
_TOP_LINES = 40


def spaced_title_number(lines: list[Line]) -> Value | None:
    """The number a letter-spaced title carries, read with its letters joined into words."""
    top = lines[:_TOP_LINES]
    joined = [_joined(line) for line in top]
    if all(new is old for new, old in zip(joined, top, strict=True)):
        return None
    return title_number(joined)


def _letter(word: Word) -> bool:
    return len(word.text) == 1 and word.text.isalpha() and word.text.isupper()


def _joined(line: Line) -> Line:
    """The line with its longest run of spaced capitals joined into words in one cell."""
    words = line.words
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and _letter(words[end]):
            end += 1
        if end - start >= _LETTERS:
            rebuilt = _rebuilt(line, start, end)
            if rebuilt is not None:
                return rebuilt
        start = end + 1
    return line


def _rebuilt(line: Line, start: int, end: int) -> Line | None:
    letters = line.words[start:end]
    gaps = [b.box.x0 - a.box.x1 for a, b in pairwise(letters)]
    step = min(gaps)
    if step <= 0:
        return None
    groups: list[list[Word]] = [[letters[0]]]
    for gap, letter in zip(gaps, letters[1:], strict=True):
        if gap > _WORD_GAP * step:
            groups.append([letter])
        else:
            groups[-1].append(letter)
    if max(len(group) for group in groups) < 3:
        return None  # initials ("J K"), no spaced-out word
    joined = [
        replace(
            group[0],
            text="".join(w.text for w in group),
            box=Box(
                group[0].box.page,
                group[0].box.x0,
                min(w.box.y0 for w in group),
                group[-1].box.x1,
                max(w.box.y1 for w in group),
            ),
        )
        for group in groups
    ]
    at = {id(w): i for i, w in enumerate(line.words)}
    before = [c for c in line.cells if all(at[id(w)] < start for w in c.words)]
    after = [c for c in line.cells if all(at[id(w)] >= end for w in c.words)]
    held = {id(w) for c in after for w in c.words}
    rest = [w for w in line.words[end:] if id(w) not in held]  # a cell's words past the run
    cells = [*before, Cell(joined), *([Cell(rest)] if rest else []), *after]
    return Line(line.page, [*line.words[:start], *joined, *line.words[end:]], cells)
