"""A caption word OCR glued to the small word after it: "Zahlbetragdieser Rechnung".

The recogniser's word boxes follow the ink, and a narrow space between a caption and the
article or preposition after it ("Zahlbetrag dieser Rechnung", "Rechnungsnummer der
Gutschrift", "Amount of the invoice") goes unseen: one word that names no field, and the
figure beside it goes unread. Where a scanned word is a whole field caption followed by
one of the small words captions go on with, it is split back in two, each part keeping its
share of the word's width. Pages with a text layer keep their words: their spaces are printed.
"""

from __future__ import annotations

import re

from facturist.engine.gluedfieldcaptions import is_field_caption, split_at, split_glued
from facturist.engine.model import Word

# The small words a caption goes on with: articles, demonstratives and prepositions.
_TAILS = ("dieser", "dieses", "der", "des", "vom", "per", "für", "of", "the", "du", "de", "van")
# A word of letters, a caption of six or more of them, then one such word (a colon after).
_GLUED = re.compile(r"[^\W\d_]{6,}(?:" + "|".join(_TAILS) + r"):?")


def unglued_function_words(words: list[Word]) -> list[Word]:
    """The scanned page's words with each caption glued to a small word after it split in
    two; the list itself where none is."""
    return split_glued(words, _GLUED, _split)


def _split(word: Word) -> tuple[Word, Word] | None:
    """The caption and the small word glued in `word`, each with its share of the box."""
    text = word.text
    letters = text.rstrip(":")
    if is_field_caption(letters):
        return None  # a caption as it stands: nothing glued
    for tail in _TAILS:
        cut = len(letters) - len(tail)
        if cut < 6 or not letters.endswith(tail) or not is_field_caption(letters[:cut]):
            continue
        return split_at(word, cut)
    return None
