"""Two field captions the text layer read as one word: "RechnungsnummerRechnungsdatum".

A spreadsheet's row of small captions over a row of values ("Rechnungsnummer | Rechnungsdatum
| Lieferdatum" over the number and the dates) lets a long caption run up to the next column's,
and the reader gets one word that names no field: the date under the second caption goes
unread. Split at the one change from a small letter to a capital, where both halves are whole
captions of header fields, each half keeps its share of the word's width.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.model import Box, Word

# A small letter, then a capital starting the second caption.
_CAMEL = re.compile(r"(?<=[a-zäöüßàâçéèêëîïôûùáíóúñ])(?=[A-ZÄÖÜÀÂÇÉÈÊÎÔÛÁÍÓÚÑ])")
# A word of letters alone, long enough to hold two captions, with one such change inside.
_GLUED = re.compile(r"[^\W\d_]{4,}[a-zäöüßàâçéèêëîïôûùáíóúñ][A-ZÄÖÜÀÂÇÉÈÊÎÔÛÁÍÓÚÑ][^\W\d_]{3,}:?")


def unglued_field_captions(words: list[Word]) -> list[Word]:
    """The words with each one glued of two field captions split in two; the list itself
    where none is."""
    return split_glued(words, _GLUED, _split)


def split_glued(
    words: list[Word], glued: re.Pattern[str], split: Callable[[Word], tuple[Word, Word] | None]
) -> list[Word]:
    """The words with each one `glued` matches whole replaced by the two `split` gives (None:
    kept); the list itself where no word matches (gluedfunctionwords.py reads OCR's so)."""
    if not any(glued.fullmatch(word.text) for word in words):
        return words  # the common case, checked cheaply first
    out: list[Word] = []
    for word in words:
        parts = split(word) if glued.fullmatch(word.text) else None
        out.extend(parts if parts is not None else (word,))
    return out


def split_at(word: Word, cut: int) -> tuple[Word, Word]:
    """The word cut at character `cut`, each part with its share of the box's width."""
    box = word.box
    x = box.x0 + (box.x1 - box.x0) * cut / len(word.text)
    return (
        replace(word, text=word.text[:cut], box=Box(box.page, box.x0, box.y0, x, box.y1)),
        replace(word, text=word.text[cut:], box=Box(box.page, x, box.y0, box.x1, box.y1)),
    )


def is_field_caption(text: str) -> bool:
    """True when the text is a whole caption of a header field ("Rechnungsnummer")."""
    return any(pattern.fullmatch(text) for pattern in LABELS_BY_RANK.values())


def _split(word: Word) -> tuple[Word, Word] | None:
    """The two captions a word glues together, each with its share of the box."""
    bounds = [match.start() for match in _CAMEL.finditer(word.text)]
    if len(bounds) != 1:
        return None
    cut = bounds[0]
    if is_field_caption(word.text) or not (
        is_field_caption(word.text[:cut]) and is_field_caption(word.text[cut:].rstrip(":"))
    ):
        return None
    return split_at(word, cut)
