"""South Africa's rand sign before its figures, rewritten to the code the rules read.

South African invoices print the rand as "R" before the figure, a space apart or glued to it:
"R 4 122,00", "R 229,00", "R31,736.75", "-R15,000.00". A bare "R" is no sign the rules know
(the letter stands for too much else), so a price column of "R 229,00" read as text and its
row lost its quantity and price, and a glued "R31,736.75" was no figure at all. On a page
that names South Africa (currency.py: "(Pty) Ltd", ".co.za", the country, SARS) each "R"
before a figure becomes "ZAR", the rand's code, as a word of its own before the figure, sign
and bracket kept on the figure: rows and totals then read "ZAR 4 122,00" as "EUR 4 122,00".
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.gluedfieldcaptions import split_at
from facturist.engine.model import Word
from facturist.engine.parse.currency import south_african

# "R31,736.75", "R4 122,00" (its group in the next word), "-R15,000.00", "(R950.00)".
_GLUED = re.compile(
    r"(?P<sign>[(\-\u2212]?)R(?P<figure>\d{1,3}(?:[,\u00a0\u202f ]\d{3})*(?:[.,]\d{2})?"
    r"|\d+[.,]\d{2})\)?"
)
# A figure after a bare "R": "229,00", "4" (before its group "122,00"), "28 446,80", "500".
_FIGURE = re.compile(
    r"[(\-\u2212]?(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d{2})?|\d+[.,]\d{2})\)?"
)
# A thousands group after a figure's head: "122,00" after "4".
_GROUP = re.compile(r"\d{3}(?:[.,]\d{2})?\)?")
# The widest gap between "R" and its figure, in the taller word's heights (a cell's own gap).
_SIGN_GAP = 0.9


def rand_signed_rows(rows: list[list[Word]]) -> list[list[Word]]:
    """The rows (words left to right) with each rand sign before a figure made "ZAR" on a
    South African page; the rows themselves elsewhere."""
    if not any(_may_sign(word.text) for row in rows for word in row):
        return rows  # the common case: no "R" before a digit, checked cheaply first
    if not south_african(" ".join(word.text for row in rows for word in row)):
        return rows
    return [_signed(row) for row in rows]


def _may_sign(text: str) -> bool:
    """A word that may be a rand sign or a figure glued to one (no pattern run)."""
    if text == "R":
        return True
    at = 1 if text[:1] in "(-\u2212" else 0
    return text[at : at + 1] == "R" and text[at + 1 : at + 2].isdigit()


def _signed(row: list[Word]) -> list[Word]:
    out: list[Word] = []
    for index, word in enumerate(row):
        following = row[index + 1] if index + 1 < len(row) else None
        if word.text == "R":
            if following is not None and _sign_of(word, following):
                out.append(replace(word, text="ZAR"))
                continue
        elif _may_sign(word.text):
            glued = _GLUED.fullmatch(word.text)
            if glued is not None and _money(glued["figure"], following):
                sign = glued["sign"]
                head, figure = split_at(word, len(sign) + 1)
                out.extend((replace(head, text="ZAR"), replace(figure, text=sign + figure.text)))
                continue
        out.append(word)
    return out


def _sign_of(sign: Word, figure: Word) -> bool:
    """Whether a bare "R" signs the word after it: a figure a cell's gap away at most."""
    if _FIGURE.fullmatch(figure.text) is None:
        return False
    height = max(sign.box.y1 - sign.box.y0, figure.box.y1 - figure.box.y0, 1.0)
    return figure.box.x0 - sign.box.x1 <= _SIGN_GAP * height


def _money(figure: str, following: Word | None) -> bool:
    """A glued figure is money with its cents or thousands groups ("R31,736.75", "R1 500"),
    or as the head of a group the next word holds ("R4" "122,00"); "R2" alone is a code."""
    if not figure.isdigit():
        return True
    return following is not None and _GROUP.fullmatch(following.text) is not None
