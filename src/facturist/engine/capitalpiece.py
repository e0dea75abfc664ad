"""A company's legal form and share capital printed before its street on the street's own
line ("SARL au capital de 40 000 € – 9 chemin des Mûriers – 38100 Grenoble"): a legal
mention the law asks for, no part of the postal address that follows it.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell
from facturist.engine.legalforms import SHARE_CAPITAL
from facturist.engine.model import Word
from facturist.engine.partyblocks import RETURN_SEPARATOR
from facturist.engine.townline import town_in

# A dash the text reads glued to the capital's currency ("150 000 €- 8 allée ...").
_GLUED = re.compile(r"(?<=[€£$])[-–—]\s")


def capital_piece_off(cell: Cell) -> Cell:
    """The cell without the share-capital pieces before its street, when a separator parts
    them from a street and town; else the cell as it is."""
    text = cell.text
    capital = SHARE_CAPITAL.search(text)
    if capital is None:
        return cell
    separator = RETURN_SEPARATOR.search(text, capital.end())
    glued = _GLUED.search(text, capital.end())
    if glued is not None and (separator is None or glued.start() < separator.start()):
        separator = glued  # "150 000 €- 8 allée des Pins": a scan drops the dash's space
    if separator is None:
        return cell
    rest = text[separator.end() :]
    if not any(ch.isdigit() for ch in rest) or town_in(rest, []) is None:
        return cell
    kept: list[Word] = []
    position = 0
    for word in cell.words:
        if position >= separator.end():
            kept.append(word)
        position += len(word.text) + 1
    return Cell(kept) if kept else cell
