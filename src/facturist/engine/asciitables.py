"""Tables drawn in characters: pipes between the cells, "+---+---+" rules between the rows.

DOS-era and terminal invoicing programs print their item table with ASCII art in a
monospaced font ("| 1.| Transport drogowy ... |    12|kurs|  1150,00|  13800,00|"). The
text layer gives each pipe as a word of its own or glued to the figure before it ("12|kurs|",
"1150,00|"): read as text, the figures are no numbers and the pipes split the row into empty
cells. On a page that draws such rules, a pipe is a cell border: the words between two pipes
are one cell, the pipes no words, and the rules and the rows of bare pipes (under a wrapped
description) carry no text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.model import Box, Word

# A rule of the table: "+---+-----+", "|----+----|", "+===+" (at least two joints).
_RULE = re.compile(r"^[+|](?:[-=]+[+|])+$")
_PIPE = "|"


def ascii_rule_page(words: list[Word]) -> bool:
    """Whether the page draws a table in characters: a rule and pipes."""
    return any(_RULE.match(w.text) for w in words) and any(_PIPE in w.text for w in words)


def pipe_words(words: list[Word]) -> list[Word]:
    """The words of a page drawing a table in characters (ascii_rule_page), the rules
    dropped and each glued pipe split off as a word "|" of its own ("12|kurs|" as "12", "|",
    "kurs", "|")."""
    result: list[Word] = []
    for word in words:
        if _RULE.match(word.text):
            continue
        if _PIPE not in word.text or word.text == _PIPE:
            result.append(word)
            continue
        result.extend(_split(word))
    return result


def _split(word: Word) -> list[Word]:
    """The word cut at its pipes, each piece's box its share of the word's width (the print
    is monospaced: every character as wide)."""
    text, box = word.text, word.box
    pitch = (box.x1 - box.x0) / len(text)
    pieces: list[Word] = []
    start = 0
    for index, char in enumerate(text + _PIPE):
        if char != _PIPE:
            continue
        if index > start:
            pieces.append(_piece(word, start, index, pitch))
        if index < len(text):
            pieces.append(_piece(word, index, index + 1, pitch))
        start = index + 1
    return pieces


def _piece(word: Word, start: int, end: int, pitch: float) -> Word:
    box = word.box
    x0 = box.x0 + start * pitch
    return replace(
        word,
        text=word.text[start:end],
        box=Box(box.page, x0, box.y0, x0 + (end - start) * pitch, box.y1),
    )


def pipe_runs(words: list[Word]) -> list[list[Word]] | None:
    """A line's cells where it is a row of a table drawn in characters (a pipe in it): the
    runs of words between its pipes, the pipes left out (empty where the line holds pipes
    only). None for a line with no pipe."""
    if not any(w.text == _PIPE for w in words):
        return None
    runs: list[list[Word]] = [[]]
    for word in words:
        if word.text == _PIPE:
            runs.append([])
        else:
            runs[-1].append(word)
    return [run for run in runs if run]
