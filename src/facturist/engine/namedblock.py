"""The name over a letterhead's address when a logo word stands above it: a taxi receipt's
"TAXI" roof sign over "Taxiunternehmen" / "Serkan Yilmaz" / "Fürther Straße 64" / "90429
Nürnberg". The logo heads no address; the line right over the street and town is the name,
with a trade line set close above it in the same column ("Taxiunternehmen")."""

from __future__ import annotations

from itertools import pairwise

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name
from facturist.engine.towns import POSTCODE_TOWN, town_in


def _whole(line: Line) -> Cell:
    return Cell([w for c in line.cells for w in c.words])


def _one_column(line: Line) -> bool:
    """Whether a line's cells stand close together (a letter-spaced phrase), no columns."""
    return all(b.x0 - a.x1 < 2 * line.height for a, b in pairwise(line.cells))


def _middle(cell: Cell) -> float:
    return (cell.x0 + cell.x1) / 2


def _same_column(upper: Cell, lower: Cell) -> bool:
    """Left-aligned or centred with each other."""
    return abs(upper.x0 - lower.x0) < 6 or abs(_middle(upper) - _middle(lower)) < 6


def _close(upper: Line, lower: Line) -> bool:
    return upper.page == lower.page and lower.y0 - upper.y1 < 1.2 * max(upper.height, lower.height)


def _heads_street_and_town(top: list[Line], index: int) -> bool:
    """The two lines under top[index], close and in its column: a street (a house number,
    no town), then a postcode and town."""
    if index + 2 >= len(top):
        return False
    if not all(_one_column(top[i]) for i in range(index, index + 3)):
        return False
    name, street, town = (_whole(top[i]) for i in range(index, index + 3))
    if not (_close(top[index], top[index + 1]) and _close(top[index + 1], top[index + 2])):
        return False
    if not (_same_column(name, street) and _same_column(name, town)):
        return False
    numbered = any(ch.isdigit() for ch in street.text) and not POSTCODE_TOWN.search(street.text)
    placed = town_in(town.text)
    return numbered and placed is not None


def _name_line(text: str) -> bool:
    return len(text) >= 3 and not any(ch.isdigit() for ch in text) and not not_a_name(text)


def name_over_address(top: list[Line]) -> Value | None:
    """The name line over a street and town under the page's first line (a logo), joined
    with a trade line close above it; None when the first line heads the address itself."""
    if len(top) < 4 or _heads_street_and_town(top, 0):
        return None
    logo = top[0]
    if len(logo.words) > 2 or _close(logo, top[1]) or any(ch.isdigit() for ch in logo.text):
        return None  # a logo is a word or two, set apart over the letterhead
    for index in range(1, min(6, len(top) - 2)):
        line = top[index]
        if line.page != top[0].page or not _name_line(line.text):
            continue
        if not _heads_street_and_town(top, index):
            continue
        cells = [_whole(line)]
        above = top[index - 1]
        joins = index > 1 and _close(above, line) and _name_line(above.text)
        if joins and _same_column(_whole(above), cells[0]) and above.height <= 1.2 * line.height:
            cells.insert(0, _whole(above))  # "Taxiunternehmen" over "Serkan Yilmaz"
        text = " ".join(c.text for c in cells)
        return Value(text, text, tuple(b for c in cells for b in c.boxes), 0.5)
    return None
