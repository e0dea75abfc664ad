"""A letterhead's one address line that opens with a piece that is no part of the address.

Designed letterheads print the trade and the address in one small line under the name
("Regionale Bio-Lebensmittel · Fürther Straße 305 · 90429 Nürnberg"), or the phone before
the street ("Funkzentrale 089 21 61 0 · Schleißheimer Str. 240 · 80809 München"). Read as an
address block's first line, its first piece would open the address.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell


def tagline_piece_off(cell: Cell) -> Cell:
    """A letterhead's one line "Regionale Bio-Lebensmittel · Fürther Straße 305 · 90429
    Nürnberg": the tagline piece before the street (words, no digit), or a phone piece
    ("Funkzentrale 089 21 61 0 · ..."), is no part of the address, when a numbered street
    piece and the town piece follow it."""
    marks = [i for i, w in enumerate(cell.words) if _DOT_WORD.fullmatch(w.text)]
    if len(marks) < 2 or marks[0] == 0:
        return cell
    head = cell.words[: marks[0]]
    street = cell.words[marks[0] + 1 : marks[1]]
    head_text = " ".join(w.text for w in head)
    if any(ch.isdigit() for ch in head_text) and not _PHONE_PIECE.match(head_text):
        return cell
    if not any(ch.isdigit() for w in street for ch in w.text):
        return cell
    return Cell(list(cell.words[marks[0] + 1 :]))


# A phone piece before the street ("Funkzentrale 089 21 61 0", "Tel. +49 30 1234567"): words,
# then a number opening with a trunk 0 or a "+" in groups; no house number starts so.
_PHONE_PIECE = re.compile(r"^[^\W\d_][^\d+]*(?:\+|0)\d[\d /\-()]{5,}$")
# A separator printed as a word of its own between a line's pieces.
_DOT_WORD = re.compile(r"[●•·|▪■–—]")
