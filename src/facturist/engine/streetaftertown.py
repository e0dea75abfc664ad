"""The street printed after its town, in Hungarian postal order.

Hungary writes an address town first: "1139 Budapest" over "Váci út 91.", or on one line
"4025 Debrecen, Piac utca 48." that a sender line goes on after ("· Adószám: ..."). A block
read down to its town line would stop at "1139 Budapest" and lose the street, so the line
under a town that opens its block, or the piece after the town's comma, is taken when it is
a street: words ending in a street type (utca, út, tér, körút, sugárút, köz, sor, ...) and a
house number, perhaps with a floor and door ("Kárász utca 6. II/4.").
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.partyblocks import STRONG_SEPARATOR
from facturist.engine.wordspace import phrase

# Hungarian street types ("Váci út", "Kárász utca", "Egyetem sugárút", "Deák Ferenc tér").
_STREET_TYPE = (
    r"utca|u\.|út|útja|tér|tere|körút|krt\.|sugárút|sgt\.|köz|sor|sétány|fasor|rakpart|dűlő"
    r"|lakótelep|liget|lépcső|park|telep"
)
# A street: one to four words, the street type, the house number (with a trailing dot or a
# building letter or a door after a slash), then perhaps floor and door ("II/4.", "fsz. 2.").
HUNGARIAN_STREET = re.compile(
    rf"^(?:[^\W\d_][\w.'’-]*\s){{1,4}}(?:{_STREET_TYPE})\s+\d{{1,4}}(?:[/-]?[A-Za-z])?"
    r"(?:/\d{1,3}\.?)?\.?(?:\s+[\wÁ-ű./]{1,8}){0,3}\.?$",
    re.IGNORECASE,
)
# A postcode and town alone on a line: "1139 Budapest", "6720 Szeged".
_TOWN_ONLY = re.compile(r"^\d{4}\s+[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?,?$")


def street_piece_end(text: str, start: int) -> int | None:
    """Where the street after a town's comma ends when the line goes on past it after a
    separator ("4025 Debrecen, Piac utca 48. · Adószám: ..."): the offset of that separator,
    or None."""
    after = STRONG_SEPARATOR.search(text, start)
    if after is None:
        return None
    piece = text[start : after.start()].strip(" ,")
    return after.start() if HUNGARIAN_STREET.match(piece) else None


def street_under_town(taken: list[Cell], lines: list[Line], number: int) -> list[Cell]:
    """The block with the street under its town put first, when the town line opens the block
    and the next line, close under it and flush with it, is a street ("1139 Budapest" /
    "Váci út 91."); else the block as it is."""
    if len(taken) != 1 or number + 1 >= len(lines) or not _TOWN_ONLY.match(taken[0].text):
        return taken
    town, line, under = taken[0], lines[number], lines[number + 1]
    if under.page != line.page or under.y0 - line.y1 > 1.2 * max(line.height, under.height):
        return taken
    street = next((c for c in under.cells if abs(c.x0 - town.x0) < 8.0), None)
    if street is not None:
        # Monospaced print sets each word in a cell of its own ("Oskola | utca | 12.").
        street = phrase(under, street)
    if street is None or not HUNGARIAN_STREET.match(street.text.strip()):
        return taken
    return [street, town]
