"""A Polish sole trader's firm name ending in its owner's name, on the block's second line.

Poland's register of sole traders (CEIDG) makes the owner's first name and surname part of
the firm's name: "Przedsiębiorstwo Handlowo-Usługowe" over "BUDMAX Marek Kowalczyk",
"Pracownia Architektoniczna LINEA" over "Katarzyna Mazur", both lines in the same (bold)
print, then the street, the "NN-NNN Town" line and the NIP. The line under the business
name, ending in a person's name (perhaps after the brand in capitals), completes the name.
A name carrying a legal form ("Sp. z o.o.") is complete; a person's line in another print
than the name's (plain under bold) is a contact, no part of it.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import LEGAL_FORM

# Poland's postcode before its town ("43-300 Bielsko-Biała").
_POLISH_POSTCODE = re.compile(r"(?<![\w-])\d{2}-\d{3}\s+[^\W\d_]")
_MOST_WORDS = 5


def _capitalised(word: str) -> bool:
    """A first name's or surname's word: a capital, then small letters ("Kowalczyk",
    "Nowak-Jeziorańska")."""
    rest = word[1:].replace("-", "")
    return len(word) >= 2 and word[0].isupper() and rest.isalpha() and rest.islower()


def _brand(word: str) -> bool:
    """A brand's word in capitals ("BUDMAX", "REM-BUD")."""
    letters = word.replace("-", "").replace("&", "")
    return bool(letters) and letters.isalpha() and letters.isupper()


def _person_ended(text: str) -> bool:
    """Whether the line is a person's name, perhaps after a brand in capitals: two or three
    capitalised words at its end, nothing but capitals before them."""
    words = text.split()
    if not 2 <= len(words) <= _MOST_WORDS:
        return False
    tail = 0
    while tail < len(words) and _capitalised(words[len(words) - 1 - tail]):
        tail += 1
    if not 2 <= tail <= 3:
        return False
    return all(_brand(w) for w in words[: len(words) - tail])


def _polish_block(lines: list[Line], below: Line, cell: Cell) -> bool:
    """Whether a Polish "NN-NNN Town" line follows within three lines, in the cell's column."""
    index = lines.index(below)
    for after in lines[index + 1 : index + 4]:
        if after.page != below.page:
            return False
        for other in after.cells:
            if abs(other.x0 - cell.x0) < 6 and _POLISH_POSTCODE.search(other.text):
                return True
    return False


def owner_completes_name(
    lines: list[Line], cell: Cell, below: Line, cells: list[Cell], text: str, following: str
) -> bool:
    """Whether `following` (the `cells` of line `below`) is the owner's line ending the
    firm's name `text` (printed in `cell`) in a Polish party block."""
    if LEGAL_FORM.search(text) or LEGAL_FORM.search(following) or not _person_ended(following):
        return False
    weights = {w.bold for w in cell.words} | {w.bold for c in cells for w in c.words}
    return len(weights) == 1 and _polish_block(lines, below, cell)
