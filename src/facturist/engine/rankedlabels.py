"""A field's caption ranks tried one by one, only those a line can hold.

`labels.LABELS_BY_RANK` joins each field's captions, rank by rank, into one alternation
"(?P<r0>...)|(?P<r1>...)|...". Scanned over a line it tries every rank at every position; for
the invoice number (21 ranks, 5 kB of pattern) that was the largest single cost of reading a
digital page, and `labelfilter.may_hold` lets most lines through (one rank needs only "n").

Each rank has its own needed strings (labelfilter.needed_strings): a rank none of whose strings
the line holds cannot match anywhere in it, and is left out. The others are searched one by
one and their matches merged as the alternation would give them: at the leftmost position
where any rank matches, the lowest rank that matches there wins, and the scan goes on after
its end. Each rank's pattern is the alternation's own branch, named as there ("r3"), so every
match is the very one the alternation gives, `lastgroup` included.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from facturist.engine.labelfilter import NeedScan, needed_list
from facturist.engine.labels import LABELS


@dataclass(frozen=True)
class _Rank:
    pattern: re.Pattern[str]  # the branch "(?P<rN>...)" alone
    bit: int  # its bit in `line_needs`: clear where the line holds none of its strings


class RankedCaptions:
    """One field's captions, rank by rank."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], first_bit: int) -> None:
        self._ranks = [
            _Rank(re.compile(f"(?P<r{rank}>{p.pattern})", p.flags), 1 << (first_bit + rank))
            for rank, p in enumerate(patterns)
        ]
        self.bits = sum(rank.bit for rank in self._ranks)  # the field's ranks, all of them

    def for_line(self, lowered: str | None) -> LineCaptions:
        """The ranks a line, folded as labelfilter.folded folds it, may hold (all of them
        when it could not be folded)."""
        return self.kept(line_needs(lowered))

    def kept(self, needs: int) -> LineCaptions:
        """The ranks whose bits `line_needs` set for a line: those it may hold."""
        return LineCaptions([rank.pattern for rank in self._ranks if needs & rank.bit])


class LineCaptions:
    """The ranks kept for one line: `finditer` and `match` as the whole alternation's."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._patterns = patterns

    def __bool__(self) -> bool:
        return bool(self._patterns)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """The alternation's matches in `text`, left to right, none overlapping."""
        patterns = self._patterns
        if len(patterns) == 1:
            return list(patterns[0].finditer(text))
        found: list[re.Match[str]] = []
        upcoming = [p.search(text) for p in patterns]
        while True:
            chosen: re.Match[str] | None = None
            for match in upcoming:  # ranks in order: the first at the leftmost start wins
                if match is not None and (chosen is None or match.start() < chosen.start()):
                    chosen = match
            if chosen is None:
                return found
            found.append(chosen)
            # After an empty match the next may not start at the same place (as finditer).
            resume = chosen.end() if chosen.end() > chosen.start() else chosen.start() + 1
            for index, match in enumerate(upcoming):
                if match is not None and match.start() < resume:
                    upcoming[index] = patterns[index].search(text, resume)

    def match(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The alternation's match at `start`, reading no further than `end`."""
        for pattern in self._patterns:
            found = pattern.match(text, start, end)
            if found is not None:
                return found
        return None

    def match_opening(self, text: str, start: int) -> re.Match[str] | None:
        """The alternation's match at `start`, "^" matching after a line break as well: a
        caption read as opening its line where text[start - 1] is one (cellcaptions.py)."""
        for pattern in self._patterns:
            found = _multiline(pattern).match(text, start)
            if found is not None:
                return found
        return None


@cache
def _multiline(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A rank's pattern with "^" matching after a line break too, compiled when first needed
    (few ranks ever are)."""
    return re.compile(pattern.pattern, pattern.flags | re.MULTILINE)


def _ranked_captions() -> dict[str, RankedCaptions]:
    """Each field's ranks; their bits follow one another, field after field, in the order of
    `LABELS` (that of `_NEEDS` below)."""
    out: dict[str, RankedCaptions] = {}
    start = 0
    for key, patterns in LABELS.items():
        out[key] = RankedCaptions(patterns, start)
        start += len(patterns)
    return out


RANKED_CAPTIONS = _ranked_captions()
# Every rank of every field, in bit order: one scan of a line finds the needed strings of
# all of them (labelfilter.NeedScan), where a search per rank and field cost a tenth of a
# digital page's reading.
_NEEDS = NeedScan([needed_list(p) for patterns in LABELS.values() for p in patterns])


def line_needs(lowered: str | None) -> int:
    """The bits of the ranks, of every field, a line folded as labelfilter.folded folds it
    may hold: a rank whose bit is clear cannot match anywhere in the line."""
    return _NEEDS.held(lowered)


__all__ = ["RANKED_CAPTIONS", "LineCaptions", "RankedCaptions", "line_needs"]
