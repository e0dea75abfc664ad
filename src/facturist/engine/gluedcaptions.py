"""Two column captions the text layer read as one word: "MengeEinzelpreis netto".

A header whose captions sit tight together (a right-aligned "Menge" ending where the
left-aligned "Einzelpreis" starts) leaves no gap between them in the PDF's text, and the
reader gets one word that names no column. Split at the change from a small letter to a
capital, where both halves name columns, the header reads as printed: each half keeps its
share of the word's width, and the captions become cells of their own.
"""

from __future__ import annotations

import re

from facturist.engine.column_captions import classify_text
from facturist.engine.gluedfieldcaptions import split_at
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

# A small letter, then a capital starting the second caption ("MengeEinzelpreis").
_CAMEL = re.compile(r"(?<=[a-zäöüßàâçéèêëîïôûùáíóúñ.])(?=[A-ZÄÖÜÀÂÇÉÈÊÎÔÛÁÍÓÚÑ])")
# The same pair as two characters, to find whether a text holds any such boundary at all.
_CAMEL_PAIR = re.compile(r"[a-zäöüßàâçéèêëîïôûùáíóúñ.][A-ZÄÖÜÀÂÇÉÈÊÎÔÛÁÍÓÚÑ]")


def unglued_captions(line: Line) -> Line:
    """The line with each word made of two captions split in two cells; the line itself
    where none is."""
    # A split needs a small letter right before a capital inside a word; the line's text joins
    # its words with spaces, so a line whose text has no such pair has no word to split.
    if _CAMEL_PAIR.search(line.text) is None or not any(_split(word) for word in line.words):
        return line  # the common case, checked cheaply first
    cells: list[Cell] = []
    for cell in line.cells:
        current: list[Word] = []
        for word in cell.words:
            parts = _split(word)
            if parts is None:
                current.append(word)
                continue
            first, second = parts
            current.append(first)
            cells.append(Cell(current))
            current = [second]
        cells.append(Cell(current))
    words = [word for cell in cells for word in cell.words]
    return Line(line.page, words, cells, line.item_term)


def _split(word: Word) -> tuple[Word, Word] | None:
    """The two captions a word glues together, each with its share of the box; None when
    the word names a column itself or its halves do not both name one."""
    if len(word.text) < 6 or classify_text(word.text) is not None:
        return None
    bounds = [match.start() for match in _CAMEL.finditer(word.text)]
    if len(bounds) != 1:
        return None
    cut = bounds[0]
    if classify_text(word.text[:cut]) is None or classify_text(word.text[cut:]) is None:
        return None
    return split_at(word, cut)  # (gluedfieldcaptions.py: field captions glued so)
