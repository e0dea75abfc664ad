"""Letter pairs the recogniser reads as one letter, put right by the page's own spelling.

Tightly kerned "rn" reads as "m" ("Nürnberg" -> "Nümberg", "Sternweg" -> "Stemweg"): the
merged form reads with full confidence, so nothing in the word itself tells it apart. But
names of towns, streets and companies repeat on a page (sender line, address block,
footer), and where the same name is printed elsewhere with the pair intact, the merged
copies are the misreadings: the recogniser merges "rn" far more often than it splits an "m".
Only capitalised words of some length are compared, where two real words differing by
this pair on one page are unlikely (unlike "modem"/"modern" or "com"/"corn").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from facturist.engine.model import Word

# The pair as printed, and the one letter it is misread as.
MERGED_PAIRS = (("rn", "m"),)
MIN_LETTERS = 5
_NAME = re.compile(r"[A-ZÀ-ÞĀ-Ž][^\W\d_]{4,}")


def _core(text: str) -> tuple[str, str, str] | None:
    """The word's letters and the punctuation around them, when it looks like a name."""
    match = _NAME.search(text)
    if match is None or len(match.group()) < MIN_LETTERS:
        return None
    if text[: match.start()].strip("(\"'„“") or text[match.end() :].strip(".,;:)\"'“”"):
        return None  # letters glued to digits or other marks: not a plain name
    return text[: match.start()], match.group(), text[match.end() :]


def _split_forms(name: str, pair: str, merged: str) -> set[str]:
    """Each spelling of `name` with one merged letter put back as the pair."""
    return {
        name[:i] + pair + name[i + len(merged) :]
        for i in range(1, len(name))
        if name.startswith(merged, i)
    }


def unmerge_letters(words: Sequence[Word]) -> list[Word]:
    """`words` with names read with a merged pair spelt as the page spells them elsewhere."""
    names = {core[1] for w in words if (core := _core(w.text)) is not None}
    fixed: dict[str, str] = {}
    for name in names:
        for pair, merged in MERGED_PAIRS:
            candidates = _split_forms(name, pair, merged) & names
            if len(candidates) == 1:
                fixed[name] = candidates.pop()
    if not fixed:
        return list(words)
    result: list[Word] = []
    for word in words:
        core = _core(word.text)
        if core is not None and core[1] in fixed:
            word = replace(word, text=core[0] + fixed[core[1]] + core[2])
        result.append(word)
    return result
