"""A letterhead's address column in British order, ending in a postcode line of its own.

A UK letterhead stacks its address a piece a line, flush right in the header band: a house
or building name or a numbered street, the locality, the post town, the county, and the
postcode alone last ("The Old Forge" / "Mill Lane" / "Ludlow" / "Shropshire" / "SY8 1BB"),
then the phone and the e-mail. No name heads the column (the name is a logo word at the
left, or only in the footer), the street may carry no number, and the town comes three or
four lines under the first one: the postcode line ending the column, the contact line under
it, tell it is the sender's address.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from facturist.engine.estates import industrial_estate
from facturist.engine.layout import Cell, Line, flush_under
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.townline import CONTACT, town_in

# A phone number alone on its line ("01584 555 391", "+44 (0)1423 555674").
_PHONE = re.compile(r"^\+?[\d()][\d()\s\-]{6,}\d$")
# A postcode alone on its line, in capitals: British "SY8 1BB", Irish "A94 X2Y7", Canadian
# "K1A 0B1".
_BARE_POSTCODE = re.compile(r"^(?=[A-Z]*\d)[A-Z0-9]{2,4}\s[A-Z0-9]{3,4}$")
# Lines of the column: the first, up to three between, the postcode's.
_MOST = 5
_LEAST = 3


def postcode_column(
    page: list[Line],
    index: int,
    cell: Cell,
    limit: float,
    slack: Callable[[Line], float],
) -> Value | None:
    """The column from `cell` (on page[index]) down to its postcode line, with a contact line
    under it and nothing flush over it, as one address; else None."""
    text = cell.text.strip(" ,")
    if not text or len(text) > 60 or ":" in text or CONTACT.search(text):
        return None
    # "Unit 7, Calder Trading Estate": "Trading" names the estate, no legal form here.
    if (LEGAL_FORM.search(text) and not industrial_estate(text)) or town_in(text, []) is not None:
        return None
    if _flush_over(page, index, cell, slack):
        return None
    # Lines of a column beside (the invoice's number, its date) may stand between the pieces.
    span = 2 * (_MOST + 1)
    below = flush_under(page, index, cell, most=_MOST + 1, span=span, slack=slack, limit=limit)
    taken = [cell]
    for position, other in enumerate(below):
        piece = other.text.strip(" ,")
        if CONTACT.search(piece) or ":" in piece or len(taken) == _MOST:
            return None
        taken.append(other)
        town = town_in(piece, taken[:-1])
        if town is None:
            continue
        if not _BARE_POSTCODE.match(piece) or len(taken) < _LEAST:
            return None  # "50667 Köln": a town line, whose column other rules read
        after = below[position + 1].text.strip() if position + 1 < len(below) else ""
        if not (CONTACT.search(after) or _PHONE.match(after)):
            return None
        pieces = [c.text.strip(" ,") for c in taken]
        return Value(", ".join(pieces), ", ".join(pieces), tuple(b for c in taken for b in c.boxes))
    return None


def _flush_over(page: list[Line], index: int, cell: Cell, slack: Callable[[Line], float]) -> bool:
    """Whether a cell close over `cell` stands flush with it: the column begins higher. Lines
    of a column beside may stand between ("Unit 3" / "Invoice No. 31842" / "Brighouse")."""
    line = page[index]
    edge = slack(line)
    for above in reversed(page[max(0, index - 3) : index]):
        if above.page != line.page or line.y0 - above.y1 > 1.6 * line.height:
            return False
        if any(abs(c.x0 - cell.x0) < edge or abs(c.x1 - cell.x1) < edge for c in above.cells):
            return True
    return False
