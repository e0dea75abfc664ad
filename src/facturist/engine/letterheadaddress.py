"""A letterhead's address printed apart from the seller's name, on top of the first page.

Letterheads often set the address where no name heads it: one line from the street to the
town under a logo or centred under rules ("Hafenstraße 37 · 47119 Duisburg · Telefon ...",
"3350 Mainway, Unit 7, Burlington, ON L7M 1A8"), or a column of its own, flush left under
a logo or flush right in a header band ("Calder House, 18 Wakefield Road" / "Huddersfield
HD5 9AB" / "T: 01484 555 210"). The name may be a logo word, or known from the footer
only. Only the place tells whose it is: the top band of the page, above the addressee.
"""

from __future__ import annotations

import re

from facturist.engine.estates import industrial_estate
from facturist.engine.layout import Cell, Line, flush_under, line_with_cell
from facturist.engine.legalforms import LEGAL_FORM, SHARE_CAPITAL
from facturist.engine.model import Value
from facturist.engine.partyblocks import RETURN_SEPARATOR
from facturist.engine.postcodecolumn import postcode_column
from facturist.engine.postcodelesstown import postcodeless_town
from facturist.engine.streetcelltown import street_cell_town
from facturist.engine.townfirstline import town_then_street
from facturist.engine.townline import CONTACT, town_in
from facturist.engine.towns import COUNTRY_NAMES
from facturist.engine.wordspace import phrase

_BAND = 0.3  # the share of the page's text height a letterhead takes at most
_COUNTRY = re.compile(rf"^{COUNTRY_NAMES}$", re.IGNORECASE)


def letterhead_address(page: list[Line], other: Value | None) -> Value | None:
    """The first address on top of the page that no name heads, above the other party's
    name: one line from street to town, or a street line with the town line under it."""
    if not page:
        return None
    top, bottom = page[0].y0, max(ln.y1 for ln in page)
    band = limit = level = top + _BAND * (bottom - top)
    if other is not None and other.boxes:
        if other.boxes[0].page != page[0].page:
            return None
        limit = min(limit, other.boxes[0].y0)
        level = min(level, other.boxes[0].y1)
    for index, line in enumerate(page):
        # The street line level with the addressee's name in a column beside it ("Via Roma
        # 4 - 20121 Milano | Spett.le ACME S.p.A."): read on; a line lower down is not,
        # unless it goes on a logo's column begun level with that name.
        lower = line.y1 > limit and line.y0 >= level
        if lower and line.y0 > band:
            break
        for cell in line.cells:
            # A monospaced street's words in cells of their own ("Hafenstraße | 41").
            column = phrase(line, cell)
            # The addressee's block in a column beside the street's: the town line may stand
            # level with its name ("59650 Villeneuve-d'Ascq | SARL Bâtiments ...").
            apart = _column_apart(column, other)
            if line.y1 > limit and not apart:
                continue
            if lower and not _column_from_top(page, index, column, level):
                continue
            under = band if apart else limit
            found = _one_line(cell) or _column(page, index, column, under)
            found = found or street_cell_town(line, cell)  # "12 Elm St | Town, ST 12345"
            # "The Old Forge" / "Mill Lane" / "Ludlow" / "Shropshire" / "SY8 1BB" / phone.
            found = found or postcode_column(page, index, column, under, _tolerance)
            if found is not None:
                return found
    return None


def _column_apart(cell: Cell, other: Value | None) -> bool:
    """Whether the other party's name stands wholly beside the cell, right or left of it."""
    if other is None or not other.boxes:
        return False
    x0 = min(b.x0 for b in other.boxes)
    x1 = max(b.x1 for b in other.boxes)
    return x0 > cell.x1 or x1 < cell.x0


def _column_from_top(page: list[Line], index: int, cell: Cell, level: float) -> bool:
    """Whether the cell goes on a column begun level with the addressee's name or above
    it, flush left, line under line: a logo box's tagline and its "street · town" line
    under the short name, the addressee's block in a column beside them."""
    y0 = page[index].y0
    for line in reversed(page[:index]):
        held = [c for c in line.cells if c.x0 < cell.x1 and c.x1 > cell.x0]
        if not held:
            continue
        if y0 - line.y1 > 2 * line.height or abs(held[0].x0 - cell.x0) > _tolerance(line):
            return False
        if line.y0 < level:
            return True
        y0 = line.y0
    return False


def _one_line(cell: Cell) -> Value | None:
    """ "Hafenstraße 37 · 47119 Duisburg · Telefon ...": the street, then the town."""
    text = cell.text
    # ... or a Gulf state's, the town and country last ("..., Manama, Kingdom of Bahrain").
    town = town_in(text, []) or postcodeless_town(text, [])
    if town is not None and town.start() == 0:
        return town_then_street(cell)  # "A-1100 Wien, Favoritenstraße 210" (townfirstline.py)
    if town is None:
        return None
    head = text[: town.start()]
    if not any(ch.isdigit() for ch in head) or CONTACT.search(head):
        return None
    # The town runs to its piece's end ("47119 Duisburg · Telefon ...").
    ending = RETURN_SEPARATOR.search(text, town.end())
    end = ending.start() if ending is not None else len(text)
    rest = text[town.end() : end]
    if CONTACT.search(rest) or re.search(r"[\d:;]", rest):
        # ... but not on into a contact piece set off by a colon ("OL9 6RS: Tel ...").
        word = re.match(r"[^\W\d_]*", rest)
        end = town.end() + (len(word.group()) if word is not None else 0)
    pieces = [p.strip(" ,:;.·|•–-") for p in RETURN_SEPARATOR.split(text[:end])]
    while len(pieces) > 2 and not any(ch.isdigit() for ch in pieces[0]):
        if not LEGAL_FORM.search(pieces[0]):
            break
        pieces.pop(0)  # the firm's name opening the line ("Kranz GmbH · Am Hafen 7 · ...")
    after = RETURN_SEPARATOR.split(text[end:].lstrip(" ,·|•–-"), maxsplit=1)
    if after and _COUNTRY.match(after[0].strip(" ,.")):
        pieces.append(after[0].strip(" ,."))
    return _value([p for p in pieces if p], [cell])


def _column(page: list[Line], index: int, cell: Cell, limit: float) -> Value | None:
    """A street line with nothing over it in its column, and the town line under it, flush
    left or right (and perhaps the country under that)."""
    text = cell.text
    if not any(ch.isdigit() for ch in text) or CONTACT.search(text) or len(text) > 60:
        return None
    if ":" in text:
        return None  # a caption's line ("Payment terms: 30 days"), no street
    if SHARE_CAPITAL.search(text):
        return None  # "SARL au capital de 40 000 €" under the name: a legal mention, no street
    town = town_in(text, [])
    if town is not None and town.start() > 0:
        return None  # a whole address on one line: _one_line's
    if _numbered_above(page, index, cell):
        return None
    taken = [*_building_above(page, index, cell), cell]
    for below in _flush_under(page, index, cell, limit):
        if CONTACT.search(below.text):
            return None
        taken.append(below)
        if town_in(below.text, taken[:-1]) is not None:
            at = line_with_cell(page, below)
            country = _flush_under(page, at, below, limit)[:1] if at is not None else []
            if country and _COUNTRY.match(country[0].text.strip(" ,.")):
                taken.append(country[0])
            return _value([c.text.strip(" ,") for c in taken], taken)
        if len(taken) == 3:
            return None
    return None


def _tolerance(line: Line) -> float:
    """How far the edges of a column's lines may differ: a few points in a PDF, more in a
    photo's pixels."""
    return max(4.0, 0.6 * line.height)


def _numbered_above(page: list[Line], index: int, cell: Cell) -> bool:
    """Whether a line with a digit stands close over the cell in its column: the cell goes on
    a block begun above (the addressee's street, a register number)."""
    line = page[index]
    if index == 0:
        return False
    above = page[index - 1]
    if line.y0 - above.y1 > 1.6 * line.height:
        return False
    slack = _tolerance(line)
    return any(
        (abs(c.x0 - cell.x0) < slack or abs(c.x1 - cell.x1) < slack)
        and any(ch.isdigit() for ch in c.text)
        and not SHARE_CAPITAL.search(c.text)  # the form and capital over the street
        for c in above.cells
    )


# A building's name on the line over its street ("Calder House" / "18 Wakefield Road").
_BUILDING = re.compile(
    r"\b(?:house|building|centre|center|tower|court|chambers|mills?|business park|estate"
    r"|haus|gebäude|hof|immeuble|résidence|palazzo|edificio)$",
    re.IGNORECASE,
)


def _building_above(page: list[Line], index: int, cell: Cell) -> list[Cell]:
    """The building's name close over the street line, flush with it, as a list of it; or an
    estate's (estates.py: "Parc d'activités de la Haute Borne" / "3, rue Héloïse"). A line of
    another column between them ("Facturé à :" right) is passed over."""
    line = page[index]
    slack = _tolerance(line)
    for above in reversed(page[max(0, index - 2) : index]):
        if line.y0 - above.y1 > 1.6 * line.height or above.page != line.page:
            return []
        flush = [
            c for c in above.cells if abs(c.x0 - cell.x0) < slack or abs(c.x1 - cell.x1) < slack
        ]
        if not flush:
            continue
        text = flush[0].text.strip(" ,")
        named = _BUILDING.search(text) or industrial_estate(text)
        return [flush[0]] if named and not any(ch.isdigit() for ch in text) else []
    return []


def _flush_under(page: list[Line], index: int, cell: Cell, limit: float) -> list[Cell]:
    """The cells flush with `cell` on the lines close under it, up to three."""
    return flush_under(page, index, cell, most=3, span=5, slack=_tolerance, limit=limit)


def _value(pieces: list[str], cells: list[Cell]) -> Value | None:
    if len(pieces) < 2:
        return None
    text = ", ".join(pieces)
    return Value(text, text, tuple(box for c in cells for box in c.boxes))
