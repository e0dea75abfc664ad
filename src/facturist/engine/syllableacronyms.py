"""A short word built from the first syllables of a longer name's words: "GaLaBau" for
"Garten- und Landschaftsbau", "HaSpa" for "Hamburger Sparkasse", "KiTa" for
"Kindertagesstätte".

German firms print such a syllable word in their short name (the sender line's "Grünwerk
GaLaBau GmbH") and the full one in the footer. Each capital opens a syllable of two or more
letters; the syllables are found in the longer name in their order, the first opening a
word: the word is that name shortened, as an acronym is (shortnames.py).
"""

from __future__ import annotations

import re

# Two or three syllables, each a capital and one to four small letters ("GaLaBau").
SYLLABLE_WORD = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]{1,4}){2,3}$")
_SYLLABLE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")


def spells_syllables(word: str, full: str) -> bool:
    """Whether `full` holds the syllables of `word` in order, the first opening a word."""
    if not SYLLABLE_WORD.match(word):
        return False
    syllables = [s.casefold() for s in _SYLLABLE.findall(word)]
    folded = full.casefold()
    first = re.search(rf"(?<!\w){re.escape(syllables[0])}", folded)
    if first is None:
        return False
    at = first.end()
    for syllable in syllables[1:]:
        found = folded.find(syllable, at)
        if found < 0:
            return False
        at = found + len(syllable)
    return True


__all__ = ["SYLLABLE_WORD", "spells_syllables"]
