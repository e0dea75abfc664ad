"""Captions read cell by cell in a row of captions over a row of values.

A template's header prints its captions in one row, each over its value in the row below:
"INVOICE # | ISSUED | DUE | PO", or two alone beside a sidebar ("Issued | Due"). Bare
captions such as "Issued" or "Due" count as a date's caption only where nothing but the date
follows them ("Issued 2025-02-27", "Due" closing a row): read across the whole line,
"ISSUED DUE PO" names nothing. Read within its own cell, the caption ends where its cell
does, as it ends a line (a match's end position stands for the end of the text, so "$"
matches there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from facturist.engine.layout import Line


class CaptionPattern(Protocol):
    """A compiled pattern, or rankedlabels.LineCaptions standing for one."""

    def finditer(self, text: str, /) -> Iterable[re.Match[str]]: ...

    def match(self, text: str, start: int, end: int, /) -> re.Match[str] | None: ...


def with_cell_captions(
    pattern: CaptionPattern,
    line: Line,
    text: str,
    needed: re.Pattern[str] | None = None,
    lowered: str | None = None,
) -> list[re.Match[str]]:
    """The pattern's matches in the line's text, and those a caption filling a cell of its
    own gives when read within that cell alone (the line's text unchanged by leaders).
    `needed`: the strings one of which every match consumes (labelfilter.needed_strings),
    searched in `lowered`, the text folded as labelfilter.folded folds it: a cell holding
    none of them holds no caption, and the pattern (every caption of a key in one costly
    alternation) is not tried there."""
    found = list(pattern.finditer(text))
    if text != line.text or len(line.cells) < 2:
        return found
    extra: list[re.Match[str]] = []
    start = 0
    for cell in line.cells:
        end = start + len(cell.text)
        if not any(m.start() < end and start < m.end() for m in found) and (
            needed is None or lowered is None or needed.search(lowered, start, end)
        ):
            match = pattern.match(text, start, end)
            if match is not None and match.end() == end:
                extra.append(match)
        start = end + 1
    return sorted(found + extra, key=lambda m: m.start()) if extra else found


__all__ = ["with_cell_captions"]
