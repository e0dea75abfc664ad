"""How large a line of a text layer is printed against another, from its words' boxes.

Words carry boxes, no font size. A word's box is as tall as its glyphs reach: capitals, digits
and ascenders reach the cap height, descenders (g, p, y) a fifth of the size further down.
Two lines' words of the same reach compare as their font sizes do, within a few per cent:
enough to tell a 7-point detail line from the 8.5-point item name above it.
"""

from __future__ import annotations

import functools
import statistics
import unicodedata
from collections.abc import Sequence

from facturist.engine.model import Word

_DESCENDERS = frozenset("gjpqyQ")
# A "t" stands lower than the other ascenders (0.67 em against 0.72): no tall letter.
_ASCENDERS = frozenset("bdfhikl")
# Stroked letters of Polish, Croatian/Vietnamese and Maltese ("ł", "đ", "ħ"): an ascender (or a
# capital) crossed by a bar inside its height, not an accent above it; Unicode gives them no
# decomposition, so they are named here. They reach as far as "l", "d", "h" and "L", "D", "H".
_STROKED = frozenset("łđħŁĐĦ")
# Reaches compared, the most common first.
_KINDS = ("tall", "full")


def _plain(char: str) -> bool:
    """A glyph of known reach: ASCII letters and digits, full stops, commas, hyphens, and
    lower-case accented letters (below the cap height). Capitals with accents, slashes,
    brackets and symbols reach above or below the rest, unevenly across fonts."""
    if char.isascii():
        return char.isalnum() or char in ".,;-"
    if char in _STROKED:
        return True
    return char.islower() and len(unicodedata.normalize("NFD", char)) > 1


# Marks hanging under a letter: an ogonek ("ą", "ę"), a cedilla ("ç", "ş"), a comma ("ș").
_HANGING = frozenset("\u0326\u0327\u0328")


def _hangs(char: str) -> bool:
    """A letter with a mark below the baseline, as deep as a comma, less than a descender."""
    return any(mark in _HANGING for mark in unicodedata.normalize("NFD", char))


def word_class(word: Word) -> str | None:
    """How far a word's glyphs reach: "tall" from the baseline to the cap height, "full"
    from a descender's foot to the cap height, or None (x-height letters only, a descender
    without a tall letter, accents, or glyphs of uneven reach)."""
    return _text_class(word.text)


# The class depends on the word's text alone; `smaller_by` asks it of each word once per kind.
@functools.lru_cache(maxsize=8192)
def _text_class(text: str) -> str | None:
    if not text or not all(_plain(char) for char in text):
        return None
    tall = any(
        char.isupper() or char.isdigit() or char in _ASCENDERS or char in _STROKED for char in text
    )
    if not tall:
        return None  # accents over small letters end at uneven heights
    if any(char in _DESCENDERS for char in text):
        return "full"
    if any(char in ",;" or _hangs(char) for char in text):
        return None  # a comma (an ogonek, a cedilla) hangs below the baseline, less than g
    return "tall"


def smaller_by(words: Sequence[Word], others: Sequence[Word]) -> float | None:
    """How large `others` are printed against `words` (0.8: a fifth smaller), compared on
    words whose glyphs reach equally far; None where no such words, or OCR'd ones (boxes
    that follow the detector's crop rather than the glyphs)."""
    if any(word.confidence != 1.0 for word in [*words, *others]):
        return None
    for kind in _KINDS:
        one = [w.box.y1 - w.box.y0 for w in words if word_class(w) == kind]
        two = [w.box.y1 - w.box.y0 for w in others if word_class(w) == kind]
        if one and two:
            return statistics.median(two) / statistics.median(one)
    return None
