"""A tall logo word (initials too: "HMS") beside a name stacked on two lines ("Kowalski" /
"Hausmeisterservice"): the page prints the firm's whole name elsewhere (the footer's
"HMS Kowalski Hausmeisterservice"), the logo's word first, then the two lines; that name is
the seller's. The text layer may join the logo with the line it shares a baseline with
("HMS Hausmeisterservice"), so the stack is read word by word."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, line_with_cell, print_height
from facturist.engine.model import Value, Word

_TALLER = 1.8  # how much taller than the name the logo word is set, at least
_GAP = 1.5  # the widest gap between the logo and the name, in the logo's heights
_LOGO = re.compile(r"[^\W\d_]{2,}(?:[-&][^\W\d_]+)*")


def stack_printed_whole(top: list[Line], cell: Cell, page: list[Line]) -> Value | None:
    """The logo word and the name's two lines as one name, as the page prints it elsewhere;
    None when no such stack stands there or the page prints no such name."""
    index = line_with_cell(top, cell)
    if index is None or len(cell.words) > 3:
        return None
    line = top[index]
    height = print_height(cell)
    second = _second_line(top, index, cell, height)
    if second is None:
        return None
    y0 = min(w.box.y0 for w in cell.words)
    y1 = max(w.box.y1 for w in second)
    for near in top[max(0, index - 1) : index + 3]:
        if near.page != line.page:
            continue
        for word in near.words:
            if _logo_beside(word, cell.x0, y0, y1, height):
                words = [word.text, *(w.text for w in cell.words), *(w.text for w in second)]
                return _printed(page, words, {word.box, *cell.boxes})
    return None


def _second_line(top: list[Line], index: int, cell: Cell, height: float) -> list[Word] | None:
    """The words flush under the name on the next line, up to the end of their cell: the
    stack's second line (no digits, no more than three words)."""
    line = top[index]
    tolerance = max(3.0, 0.2 * height)
    for below in top[index + 1 : index + 3]:
        if below.page != line.page or below.y0 - line.y1 > 1.5 * height:
            return None
        for under in below.cells:
            start = next(
                (i for i, w in enumerate(under.words) if abs(w.box.x0 - cell.x0) < tolerance),
                None,
            )
            if start is None:
                continue
            words = under.words[start:]
            if len(words) > 3 or any(ch.isdigit() for w in words for ch in w.text):
                return None
            return words
    return None


def _logo_beside(word: Word, x0: float, y0: float, y1: float, height: float) -> bool:
    """Whether the word stands just left of the stack, set taller, across its two lines."""
    tall = word.box.y1 - word.box.y0
    gap = x0 - word.box.x1
    overlap = min(y1, word.box.y1) - max(y0, word.box.y0)
    return (
        _LOGO.fullmatch(word.text.strip()) is not None
        and tall >= _TALLER * height
        and 0 <= gap < _GAP * tall
        and overlap >= 0.5 * (y1 - y0)
    )


def _printed(page: list[Line], words: list[str], stack: set[object]) -> Value | None:
    """The words as the page prints them together, in a cell off the stack."""
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE
    )
    for line in page:
        for other in line.cells:
            if stack & set(other.boxes):
                continue
            found = pattern.search(other.text)
            if found is not None:
                return Value(found.group(), other.text, other.boxes, 0.4)
    return None
