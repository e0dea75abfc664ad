"""Words OCR glued together on an address line, parted back into the words printed: the dots
between a footer's pieces ("GmbH·Hemauer-straße", "14·93047"), a house number glued to its
postcode by a dash ("23-40138 Bologna") or a comma ("C/ de Alcalá 418,28027 Madrid")."""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.layout import Cell
from facturist.engine.model import Word

# OCR drops the spaces around a dash between the house number and the postcode ("Via
# dell'Artigianato 23-40138 Bologna"): the two parts of the address.
_GLUED_POSTCODE = re.compile(r"^(\d{1,4}[A-Za-z]?)([-–])(\d{4,5})$")
# ... or only the space before it ("Innstraße 41- 94032 Passau").
_DASHED_NUMBER = re.compile(r"^(\d{1,4}[A-Za-z]?)([-–])$")
# ... or the space after the comma that ends the street ("C/ de Alcalá 418,28027 Madrid",
# Spain's and Italy's "street number, postcode town" on one line).
_COMMA_POSTCODE = re.compile(r"^(\d{1,4}[A-Za-z]?,)(\d{4,5})$")
_POSTCODE_WORD = re.compile(r"^\d{4,5}$")


def unglued(cell: Cell) -> Cell:
    """The cell with the dots OCR glued to the words beside them parted off ("GmbH·Hemauer-
    straße", "14·93047"), and a house number glued to its postcode by a dash ("23-40138
    Bologna") or a comma ("418,28027 Madrid"): each piece a word of its own, on the whole
    word's box."""
    words: list[Word] = []
    for number, word in enumerate(cell.words):
        pieces = [p for p in re.split(r"([●•·|▪■])", word.text) if p]
        glued = _GLUED_POSTCODE.match(word.text)
        after = cell.words[number + 1].text if number + 1 < len(cell.words) else ""
        if glued is not None and after[:1].isupper() and number > 0:
            pieces = [glued.group(1), "–", glued.group(3)]  # "23-40138 Bologna"
        dashed = _DASHED_NUMBER.match(word.text)
        if dashed is not None and _POSTCODE_WORD.match(after) and number > 0:
            pieces = [dashed.group(1), "–"]  # "41- 94032 Passau"
        comma = _COMMA_POSTCODE.match(word.text)
        before = cell.words[number - 1].text if number > 0 else ""
        # The street's name before it and the town after it: no amount ("1,2500 Stück").
        if comma is not None and after[:1].isupper() and before[-1:].isalpha():
            pieces = [comma.group(1), comma.group(2)]  # "418, 28027 Madrid"
        if len(pieces) > 1:
            words.extend(replace(word, text=p) for p in pieces)
        else:
            words.append(word)
    return Cell(words) if len(words) > len(cell.words) else cell
