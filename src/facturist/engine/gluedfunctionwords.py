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
from dataclasses import replace

from facturist.engine.gluedfieldcaptions import is_field_caption
from facturist.engine.model import Box, Word

# The small words a caption goes on with: articles, demonstratives and prepositions.
_TAILS = ("dieser", "dieses", "der", "des", "vom", "per", "für", "of", "the", "du", "de", "van")
# A word of letters, a caption of six or more of them, then one such word (a colon after).
_GLUED = re.compile(r"[^\W\d_]{6,}(?:" + "|".join(_TAILS) + r"):?")


def unglued_function_words(words: list[Word]) -> list[Word]:
    """The scanned page's words with each caption glued to a small word after it split in
    two; the list itself where none is."""
    if not any(_GLUED.fullmatch(word.text) for word in words):
        return words  # the common case, checked cheaply first
    out: list[Word] = []
    for word in words:
        parts = _split(word) if _GLUED.fullmatch(word.text) else None
        out.extend(parts if parts is not None else (word,))
    return out


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
        box = word.box
        x = box.x0 + (box.x1 - box.x0) * cut / len(text)
        return (
            replace(word, text=text[:cut], box=Box(box.page, box.x0, box.y0, x, box.y1)),
            replace(word, text=text[cut:], box=Box(box.page, x, box.y0, box.x1, box.y1)),
        )
    return None
