"""Section headings fenced with punctuation ("== Verkäufer =====", "--- Käufer ---",
"*** Buyer ***"): plain-text and monospace renderings of e-invoice XML (console viewers,
e-mail bodies) decorate their headings so. The fence is no word of the heading: read without
it, "Verkäufer" is the section caption it decorates, and the run of "=" after it is never
the party's name."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

# A run of decoration characters, alone as a word ("==", "=========", "---", "***").
_FENCE = re.compile(r"[=*#_~\-–—]{2,}")
# The same run glued to the heading's word ("==Verkäufer==").
_GLUED = re.compile(r"^[=*#_~\-–—]{2,}|[=*#_~\-–—]{2,}$")
# Cheap pre-check on a line's text: nothing to do without two fence characters in a row.
_ANY_FENCE = re.compile(r"[=*#_~\-–—]{2}")


def unfenced(lines: list[Line]) -> list[Line]:
    """The lines with every heading's fence dropped; the same list when no line has one.

    A line of nothing but fences (a rule under a heading) stays as it is: other readers
    take it as the rule it is."""
    if not any(_ANY_FENCE.search(line.text) for line in lines):
        return lines
    return [_without_fence(line) for line in lines]


def _without_fence(line: Line) -> Line:
    if not _ANY_FENCE.search(line.text):
        return line
    if not any(any(ch.isalpha() for ch in _GLUED.sub("", w.text)) for w in line.words):
        return line  # a rule, or a fence with no heading in it
    cells = [Cell(kept) for cell in line.cells if (kept := _kept(cell.words))]
    if not cells:
        return line
    return Line(page=line.page, words=[w for c in cells for w in c.words], cells=cells)


def _kept(words: list[Word]) -> list[Word]:
    kept = []
    for word in words:
        if _FENCE.fullmatch(word.text):
            continue
        text = _GLUED.sub("", word.text)
        if text != word.text and any(ch.isalpha() for ch in text):
            word = Word(text, word.box, word.confidence, word.bold)
        kept.append(word)
    return kept
