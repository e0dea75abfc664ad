"""Where a correction note's row label stands among the row's words: in line with the item's
name ("Kabel LiYY przed korektą") or in a column of its own left of the name, wrapped over
the row's lines ("przed" over "korektą", the name beside it on both lines)."""

from __future__ import annotations

import itertools
import re

from facturist.engine.layout import CELL_GAP_RATIO
from facturist.engine.model import Word

_LONGEST = 5  # words of the longest label ("antes de la corrección" and its colon)
_ALIGNED = 2.0  # points between the left edges of one column's lines


def plain(words: list[Word]) -> str:
    return " ".join(word.text for word in words).strip(" :()-").lower()


def label_words(
    words: list[Word], pattern: re.Pattern[str], anywhere: bool = False
) -> list[int] | None:
    """The indexes of the words that make the label `pattern` reads: all of them; with
    `anywhere`, a run of them among the item's name; or the first cell of the row's lines,
    starting where the row's first line does, with more text beside it."""
    if not words:
        return None
    if pattern.fullmatch(plain(words)):
        return list(range(len(words)))
    for start in range(len(words) if anywhere else 0):
        for end in range(start + 1, min(start + _LONGEST, len(words)) + 1):
            if pattern.fullmatch(plain(words[start:end])):
                return list(range(start, end))
    column = _label_column(words)
    if column and pattern.fullmatch(plain([words[i] for i in column])):
        return column
    return None


def _label_column(words: list[Word]) -> list[int]:
    """The words of the first cell of each of the row's lines, where those cells stand in a
    column left of the rest of the text (a position number opening the first line aside)."""
    lines: list[list[int]] = []
    for index, word in enumerate(words):
        if lines and abs(word.box.y0 - words[lines[-1][-1]].box.y0) < _height(word) / 2:
            lines[-1].append(index)
        else:
            lines.append([index])
    if len(lines) < 2:
        return []
    cells = [_first_cell(words, line) for line in lines]
    head = cells[0]
    if not head or len(head) == len(lines[0]) - _skipped(words, lines[0]):
        return []  # the first line holds the label alone: no column beside a name
    left = words[head[0]].box.x0
    column = list(head)
    for cell in cells[1:]:
        if cell and abs(words[cell[0]].box.x0 - left) <= _ALIGNED:
            column.extend(cell)
    return column


def _height(word: Word) -> float:
    return max(word.box.y1 - word.box.y0, 1.0)


def _skipped(words: list[Word], line: list[int]) -> int:
    """1 where the line opens with a position number ("1", "2.") in a cell of its own."""
    if len(line) > 1 and words[line[0]].text.rstrip(".").isdigit():
        return 1 if _gap(words[line[0]], words[line[1]]) else 0
    return 0


def _gap(left: Word, right: Word) -> bool:
    return right.box.x0 - left.box.x1 > CELL_GAP_RATIO * _height(left)


def _first_cell(words: list[Word], line: list[int]) -> list[int]:
    line = line[_skipped(words, line) :]
    cell = line[:1]
    for previous, index in itertools.pairwise(line):
        if _gap(words[previous], words[index]):
            break
        cell.append(index)
    return cell
