"""A letterhead's one address line that opens with a piece that is no part of the address.

Designed letterheads print the trade and the address in one small line under the name
("Regionale Bio-Lebensmittel · Fürther Straße 305 · 90429 Nürnberg"), or the phone before
the street ("Funkzentrale 089 21 61 0 · Schleißheimer Str. 240 · 80809 München"). Read as an
address block's first line, its first piece would open the address. A tagline's founding
year ("Est. 1911") or round-the-clock service ("Notdienst 24/7") holds digits, no house number.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell
from facturist.engine.model import Word


def tagline_piece_off(cell: Cell) -> Cell:
    """A letterhead's one line "Regionale Bio-Lebensmittel · Fürther Straße 305 · 90429
    Nürnberg": the tagline piece before the street (words, no digit), or a phone piece
    ("Funkzentrale 089 21 61 0 · ..."), is no part of the address, when a numbered street
    piece and the town piece follow it."""
    marks = [i for i, w in enumerate(cell.words) if _DOT_WORD.fullmatch(w.text)]
    if not marks or marks[0] == 0:
        return cell
    head = cell.words[: marks[0]]
    street = cell.words[marks[0] + 1 : marks[1] if len(marks) > 1 else None]
    head_text = " ".join(w.text for w in head)
    # "KINGSTON'S DAILY NEWSPAPER SINCE 1868 · 188 Ontario Street, Kingston, ON K7L 2Y9":
    # a founding year's tagline goes before the street and town too (its phone cut off).
    founded = founding_tagline(head_text)
    if len(marks) < 2 and not founded:
        return cell
    if any(ch.isdigit() for ch in head_text) and not _PHONE_PIECE.match(head_text) and not founded:
        return cell
    if not any(ch.isdigit() for w in street for ch in w.text):
        return cell
    return Cell(list(cell.words[marks[0] + 1 :]))


def trade_after_name(rest: list[Word]) -> list[Word]:
    """The words after the name on a sender line ("Marta Roth · Übersetzungen · Weinweg 8 ·
    10119 Berlin"), without the trade piece a freelancer prints between the name and the
    street (tagline_piece_off's rule): the street and town stay, with the mark before them."""
    if len(rest) < 2 or not _DOT_WORD.fullmatch(rest[0].text):
        return rest
    cut = tagline_piece_off(Cell(rest[1:]))
    return [rest[0], *cut.words] if len(cut.words) < len(rest) - 1 else rest


# A phone piece before the street ("Funkzentrale 089 21 61 0", "Tel. +49 30 1234567"): words,
# then a number opening with a trunk 0 or a "+" in groups; no house number starts so.
_PHONE_PIECE = re.compile(r"^[^\W\d_][^\d+]*(?:\+|0)\d[\d /\-()]{5,}$")
# A separator printed as a word of its own between a line's pieces.
_DOT_WORD = re.compile(r"[●•·|▪■–—]")


# A founding year in a letterhead's tagline ("Est. 1911", "Since 1985", "Seit 1923",
# "Depuis 1890", "Fondée en 1902"): a digit that makes no address line.
_FOUNDED = re.compile(
    r"\b(?:est(?:\.|ablished)?|since|founded(?: in)?|gegr(?:\.|ündet)?|seit|depuis|sinds"
    r"|fondée? en|dal)\s*(?:1[6-9]|20)\d\d\b",
    re.IGNORECASE,
)
# A trade's round-the-clock service in a tagline ("Dépannage 7j/7", "Notdienst 24/7",
# "24h/24"): digits, but no house number.
ALL_HOURS = re.compile(r"\b(?:7\s?j\s?/\s?7|24\s?h?\s?/\s?24h?|24\s?/\s?7)(?!\w)", re.IGNORECASE)


def founding_tagline(text: str) -> bool:
    """Whether a line's only digits are a founding year: a tagline, no street line."""
    if "1" not in text and "2" not in text:
        return False  # cheap pre-check: every founding year holds a 1 or a 2
    stripped = _FOUNDED.sub("", text)
    return stripped != text and not any(ch.isdigit() for ch in stripped)


# One word in capitals set letter-spaced ("S O L I C I T O R S", "A R C H I T E C T S"): a
# letterhead's display line under the firm's name naming its trade; typesetters track out
# display words, never a street, a town or an addressee's name.
_LETTER_SPACED = re.compile(r"(?:[^\W\d_] ){5,}[^\W\d_]")


def letter_spaced(text: str) -> bool:
    """Whether the text is one word set in spaced-out letters (six letters or more)."""
    return _LETTER_SPACED.fullmatch(text.strip()) is not None


def display_line(text: str) -> bool:
    """A letterhead line under the name that is no address line: a tagline with a founding
    year, or a word set letter-spaced."""
    return founding_tagline(text) or letter_spaced(text)
