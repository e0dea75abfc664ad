"""A cheap test whether a line can hold any of a field's captions, before its regex runs.

Each field's combined caption pattern is a long alternation tried at every word boundary of
every line, which costs a good part of a digital page's time. From the parsed pattern we derive
the literal strings one of which every match must consume ("rechnung", "invoice", "#", ...); a
line, lower-cased, that contains none of them cannot match, and its scan is skipped. The strings
are derived, never written by hand, so the test can only skip lines the pattern cannot match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

try:  # the regex parser is private: on a Python without it every line is simply scanned
    from re import _casefix, _constants, _parser  # type: ignore[attr-defined]

    _EXTRA_CASES: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - depends on the interpreter
    _parser = None
    _EXTRA_CASES = {}

_CAP = 64  # the most exact strings one run of a pattern may expand to

# Characters a case-insensitive match holds equal beyond what `str.lower` does ("ſ" and "s",
# "ı" and "i", "ς" and "σ"): each group folds to one of its members on both sides.
_SAME: dict[int, int] = {
    code: min(lower, *others) for lower, others in _EXTRA_CASES.items() for code in (lower, *others)
}

# Whether `_SAME` leaves every ASCII character as it is ("i" and "ı" fold to "i", "s" and "ſ" to
# "s"): then an ASCII line needs no translation, the dearer half of folding it.
_ASCII_FIXED = all(_SAME.get(code, code) == code for code in range(128))


def _product(left: set[str], right: set[str]) -> set[str]:
    return {a + b for a in left for b in right}


def _exact_seq(items: Any) -> set[str] | None:
    """Every string a sequence can consume, when they are few and plain; else None."""
    out = {""}
    for op, av in items:
        item = _exact_item(op, av)
        if item is None:
            return None
        out = _product(out, item)
        if len(out) > _CAP:
            return None
    return out


def _exact_item(op: Any, av: Any) -> set[str] | None:
    if op is _constants.LITERAL:
        return {chr(av).lower().translate(_SAME)}
    if op is _constants.IN:
        if all(kind is _constants.LITERAL for kind, _ in av) and len(av) <= 8:
            return {chr(code).lower().translate(_SAME) for _, code in av}
        return None
    if op is _constants.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return _exact_seq(body) if _plain_group(add_flags, del_flags) else None
    if op is _constants.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            exact = _exact_seq(branch)
            if exact is None:
                return None
            out |= exact
        return out if len(out) <= _CAP else None
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        low, high, body = av
        exact = _exact_seq(body) if high <= 1 else None
        if exact is None:
            return None
        return exact | {""} if low == 0 else exact
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return {""}  # zero-width: consumes nothing
    return None


def _plain_group(add_flags: int, del_flags: int) -> bool:
    """A group read as the pattern around it: no flags changed, or only case made to count
    ("(?-i:IVE)", a tax's name in capitals). A case-sensitive group matches a subset of what
    it matches ignoring case, so the strings one of which the latter consumes (folded as the
    line is) are consumed by every match of the former too: still a safe gate."""
    return not add_flags and del_flags in (0, re.IGNORECASE)


def _needed_seq(items: Any) -> set[str] | None:
    """Strings one of which every match of the sequence consumes; None when none is known."""
    options: list[set[str]] = []
    run = {""}
    for op, av in items:
        exact = _exact_item(op, av)
        if exact is not None:
            joined = _product(run, exact)
            if len(joined) <= _CAP:
                run = joined
                continue
            options.append(run)
            run = exact if len(exact) <= _CAP else {""}
            continue
        options.append(run)
        run = {""}
        needed = _needed_item(op, av)
        if needed is not None:
            options.append(needed)
    options.append(run)
    usable = [option for option in options if option and "" not in option]
    if not usable:
        return None
    return max(usable, key=lambda option: (min(map(len, option)), -len(option)))


def _needed_item(op: Any, av: Any) -> set[str] | None:
    if op is _constants.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return _needed_seq(body) if _plain_group(add_flags, del_flags) else None
    if op is _constants.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            needed = _needed_seq(branch)
            if needed is None:
                return None
            out |= needed
        return out
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1:
        return _needed_seq(av[2])
    return None


def needed_strings(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern of the folded strings one of which every match consumes (a string holding
    another adds nothing); None when the pattern offers none."""
    needed = needed_list(pattern)
    return None if needed is None else re.compile(_trie(needed))


def needed_list(pattern: re.Pattern[str]) -> list[str] | None:
    """The strings of `needed_strings`, sorted; None when the pattern offers none."""
    if _parser is None or pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        return None  # only plain case-insensitive patterns are read
    needed = _needed_seq(_parser.parse(pattern.pattern, pattern.flags))
    if needed is None:
        return None
    out: list[str] = []
    for text in sorted(needed, key=len):
        if not any(shorter in text for shorter in out):
            out.append(text)
    return sorted(out)


class NeedScan:
    """Which of many patterns' needed strings (`needed_list`, None for a pattern offering
    none) a folded text holds, found in one scan of the text rather than a search per
    pattern: bit i of `held` is set where the text holds a string of pattern i's, or where
    pattern i offers none, so that a clear bit means pattern i cannot match the text.

    The scan tries every string of all the patterns at every position of the text, through
    one trie (`_trie`) in a lookahead: at each position it yields the longest string that
    starts there, the trie trying a longer string before a shorter one. Every string that
    starts at the same position is a prefix of that one, so each yielded string stands for
    itself and those of its prefixes that are strings too: `_bits` holds, per string, the
    patterns of all of them."""

    def __init__(self, needed: Sequence[list[str] | None]) -> None:
        self.always = 0  # the patterns offering no strings: never skipped
        self.every = (1 << len(needed)) - 1
        own: dict[str, int] = {}
        for index, strings in enumerate(needed):
            if strings is None:
                self.always |= 1 << index
                continue
            for text in strings:
                own[text] = own.get(text, 0) | 1 << index
        self._bits = {
            text: _union_bits(own.get(text[:end], 0) for end in range(1, len(text) + 1))
            for text in own
        }
        self._scan = re.compile(f"(?=({_trie(sorted(own))}))") if own else None

    def held(self, lowered: str | None) -> int:
        """The patterns the text, folded as `folded` folds it, may match (all of them when
        it could not be folded)."""
        if lowered is None:
            return self.every
        bits = self.always
        if self._scan is not None:
            # findall gives each match's one group, as finditer's group(1) (without building
            # a match object per position); a string found twice adds nothing the second time.
            own = self._bits
            for found in set(self._scan.findall(lowered)):
                bits |= own[found]
        return bits


def _union_bits(parts: Iterable[int]) -> int:
    """The bitwise union of `parts`."""
    out = 0
    for part in parts:
        out |= part
    return out


def needed_in_any(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """A pattern of the folded strings one of which every match of any of `patterns`
    consumes (each pattern's own `needed_strings`, alternated); None when one of them
    offers none, as a text may then match it without holding any string."""
    parts: list[str] = []
    for pattern in patterns:
        needed = needed_strings(pattern)
        if needed is None:
            return None
        parts.append(f"(?:{needed.pattern})")
    return re.compile("|".join(parts))


def _trie(strings: list[str]) -> str:
    """A pattern matching exactly `strings`, their shared first characters factored out
    ("due|dus|fällig" as "du(?:e|s)|fällig"): a flat alternation of a hundred strings tries
    each of them at every character of a line, the factored one a branch per character."""
    tails: dict[str, list[str]] = {}
    for text in strings:
        if text:
            tails.setdefault(text[0], []).append(text[1:])
    branches = []
    for first, rest in tails.items():
        inner = _trie(rest)
        if inner and "" in rest:  # a string that is a prefix of others: the rest is optional
            inner = f"(?:{inner})?"
        elif len({tail[:1] for tail in rest}) > 1:  # several branches: grouped
            inner = f"(?:{inner})"
        branches.append(re.escape(first) + inner)
    return "|".join(branches)


def folded(text: str) -> str | None:
    """The line as `may_hold` reads it, or None where its lower case is no safe stand-in for
    a case-insensitive match ("İ" lower-cases to two characters)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    if _ASCII_FIXED and lowered.isascii():
        return lowered  # `_SAME` changes no ASCII character: the translation is the identity
    return lowered.translate(_SAME)


def may_hold(needed: re.Pattern[str] | None, lowered: str | None) -> bool:
    """False only when the line cannot hold a match."""
    if needed is None or lowered is None:
        return True
    return needed.search(lowered) is not None
