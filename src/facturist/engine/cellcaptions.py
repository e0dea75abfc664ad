"""Captions read cell by cell in a row of captions over a row of values.

A template's header prints its captions in one row, each over its value in the row below:
"INVOICE # | ISSUED | DUE | PO", or two alone beside a sidebar ("Issued | Due"). Bare
captions such as "Issued" or "Due" count as a date's caption only where nothing but the date
follows them ("Issued 2025-02-27", "Due" closing a row): read across the whole line,
"ISSUED DUE PO" names nothing. Read within its own cell, the caption ends where its cell
does, as it ends a line (a match's end position stands for the end of the text, so "$"
matches there).

Captions that count only where they open their line ("^\\W*numéro\\b", a bare "Numéro:")
count as well where they open a column of their own: a meta block beside the sender's return
line ("Bureautique Meuse SRL · Rue ... | Numéro: | F/2024/00936"). Such a cell opens a column
of captions, each beside its value: another line near it starts at its left edge with a cell
of its own before another ("Date facture: | 09/02/2024" under it). A table's header cell over
its figures (a first column to their left) opens none, nor does a wrapped description's
piece over the description's lines ("(GLN) | Nr.: TB100A4" over "Trennblätter").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from facturist.engine.layout import Cell, Line


class CaptionPattern(Protocol):
    """rankedlabels.LineCaptions: a compiled pattern's `finditer` and `match`, and a match
    as if the text's line began where it starts."""

    def finditer(self, text: str, /) -> Iterable[re.Match[str]]: ...

    def match(self, text: str, start: int, end: int, /) -> re.Match[str] | None: ...

    # The match at `start`, "^" read as matching after a line break too.
    def match_opening(self, text: str, start: int, /) -> re.Match[str] | None: ...


# A line starting within this share of the line's height (or 2 points) of a cell's left edge
# lines up with it; one this many lines above or below is near enough to show a column.
_FLUSH_SHARE = 0.3
_NEAR_LINES = 3


def with_cell_captions(
    pattern: CaptionPattern,
    line: Line,
    text: str,
    needed: re.Pattern[str] | None = None,
    lowered: str | None = None,
    lines: Sequence[Line] = (),
    index: int = -1,
) -> list[re.Match[str]]:
    """The pattern's matches in the line's text, and those a caption filling a cell of its
    own gives when read within that cell alone (the line's text unchanged by leaders).
    `needed`: the strings one of which every match consumes (labelfilter.needed_strings),
    searched in `lowered`, the text folded as labelfilter.folded folds it: a cell holding
    none of them holds no caption, and the pattern (every caption of a key in one costly
    alternation) is not tried there. `lines` (the page's, `line` lines[index]) show where a
    cell opens a column: a caption read there as if it opened the line counts too."""
    found = list(pattern.finditer(text))
    if text != line.text or len(line.cells) < 2:
        return found
    extra: list[re.Match[str]] = []
    start = 0
    for position, cell in enumerate(line.cells):
        end = start + len(cell.text)
        if not any(m.start() < end and start < m.end() for m in found) and (
            needed is None or lowered is None or needed.search(lowered, start, end)
        ):
            match = pattern.match(text, start, end)
            if match is not None and match.end() == end:
                extra.append(match)
            elif (
                position
                and lines
                and _opens_column(lines, index, cell)
                and (opened := _opening(pattern, text, start)) is not None
            ):
                extra.append(opened)
        start = end + 1
    return sorted(found + extra, key=lambda m: m.start()) if extra else found


def _opening(pattern: CaptionPattern, text: str, start: int) -> re.Match[str] | None:
    """The pattern's match at `start` read as if the line began there: the separator before
    it made a line break, and "^" read as at a line's start (the text keeps its length, so
    the match's positions are the line's)."""
    return pattern.match_opening(f"{text[: start - 1]}\n{text[start:]}", start)


def _opens_column(lines: Sequence[Line], index: int, cell: Cell) -> bool:
    """Whether another line near lines[index], on its page, starts flush with the cell, a
    cell after its first (a caption's value beside it)."""
    line = lines[index]
    slack = max(2.0, _FLUSH_SHARE * line.height)
    return any(
        other is not line
        and other.page == line.page
        and len(other.cells) > 1
        and abs(other.cells[0].x0 - cell.x0) <= slack
        for other in lines[max(index - _NEAR_LINES, 0) : index + _NEAR_LINES + 1]
    )


__all__ = ["CaptionPattern", "with_cell_captions"]
