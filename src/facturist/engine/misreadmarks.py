"""Marks OCR misreads inside a money figure or a numeric date, mended on OCR'd rows.

A speck over a decimal comma makes it a semicolon ("Total HT 1 037;50 €" read as
"1 037;50"): the figure then matches no amount pattern, and the line's "1" is taken as the
sum. A semicolon between a figure's digits and exactly two closing digits is the decimal
mark: a comma, or a point where the figure groups its thousands with commas ("1,274;80").
A fax's smudge makes one dot of a dotted date a colon ("bis 09.04:2025", "10:03.2025"): a
word of day, month and four-digit year with one dot and one colon between them is the
dotted date. A clock time ("10:27") has no third part, so it never takes this shape. A
speck read as a middle dot or bullet glued to a word's first letter ("·Montant HT") hides a
table's caption: it is dropped (a separator dot stands apart, "Sanitaire · Chauffage").
A scan's O read as a zero between capitals ("INV0ICE NO 7712-384905") hides a caption: a
zero with two or more capitals on each side, in a word of nothing else, is the O (a code
holds other digits or fewer letters: "R0-22871", "B0X", "GB06BARC").
(Colon-marked money figures need their row's sums as proof: colondecimals.py.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.model import Word

_SEMICOLON_MONEY = re.compile(r"(\d{1,3}(?:([.,' ])\d{3})*|\d+);(\d\d)")
_COLON_DATE = re.compile(r"(\d{1,2})(?:\.(\d{1,2}):|:(\d{1,2})\.)(\d{4})")
_SPECKED = re.compile(r"[\u00b7\u2022](?=[^\W\d_]{2})")
_MARKS = (";", ":", "\u00b7", "\u2022")
_ZERO_FOR_O = re.compile(r"[A-Z]{2,}0[A-Z]{2,}")


def mended_marks(row: list[Word]) -> list[Word]:
    """The row (one OCR'd line) with semicolon decimal marks, colon date dots and specks
    before a word mended."""
    if not any(mark in w.text for w in row for mark in _MARKS) and not any(
        "0" in w.text for w in row
    ):
        return row
    return [_mended(word) for word in row]


def _mended(word: Word) -> Word:
    money = _SEMICOLON_MONEY.fullmatch(word.text)
    if money is not None:
        mark = "." if money[2] == "," else ","
        return replace(word, text=f"{money[1]}{mark}{money[3]}")
    dated = _COLON_DATE.fullmatch(word.text)
    if dated is not None:
        return replace(word, text=f"{dated[1]}.{dated[2] or dated[3]}.{dated[4]}")
    if _SPECKED.match(word.text):
        return replace(word, text=word.text[1:])
    if _ZERO_FOR_O.fullmatch(word.text):
        return replace(word, text=word.text.replace("0", "O"))
    return word
