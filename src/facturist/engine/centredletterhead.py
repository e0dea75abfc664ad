"""A letterhead set centred across the page's top over its own address line, a legal-form
block below it at the left: the letterhead is the sender's, the block the addressee's.

Tradesmen and small firms centre their name on the paper ("Malerbetrieb Sonja Hübner"), a
tagline under it perhaps ("Malermeisterin · Fassaden · Innenraumgestaltung"), then their
street, postcode and town on one line ("Kirchgasse 5 · 79098 Freiburg · Tel. ..."), all
centred. The block in the envelope's window under it (a company by its legal form, the
contact, the street, the postcode and town) names whom the letter is for: a sender prints its
own address once, and the letterhead has printed it already. A footer's legal line naming
another company gives the sender's legal name.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name
from facturist.engine.towns import POSTCODE_TOWN

# How far a centred line's middle may stand from the letterhead's, as a share of the page's
# printed width; and how many lines under the name its address line may come.
_CENTRE_SHARE = 0.05
_ADDRESS_WITHIN = 4
# The recipient's block: its lines under its name, down to the postcode and town.
_BLOCK_LINES = 5


def centred_letterhead_over_block(
    top: list[Line], index: int, cell: Cell, footer: Value | None
) -> Value | None:
    """The name centred alone on the page's first line when centred lines under it end in its
    postcode and town, and the legal-form name in `cell` (on `top[index]`, below them, not
    centred) heads a block of its own down to a postcode and town: that block is the
    addressee's. The sender is the company the `footer`'s legal line names, where it names
    another than the block's ("HOTEL SEEBLICK" over "Seeblick Beherbergungs GmbH · ..."),
    else the letterhead's name."""
    if index < 2 or len(top[0].cells) != 1:
        return None
    head = top[0].cells[0]
    text = head.text.strip()
    if len(text) < 3 or any(ch.isdigit() for ch in text) or not_a_name(text):
        return None
    if LEGAL_FORM.search(text) or cell is head:
        return None
    page = [ln for ln in top if ln.page == top[0].page]
    left = min(ln.cells[0].x0 for ln in page)
    right = max(ln.cells[-1].x1 for ln in page)
    width = right - left
    middle = (head.x0 + head.x1) / 2
    if width <= 0 or abs(middle - (left + right) / 2) > _CENTRE_SHARE * width:
        return None  # a name set at the left or right heads a column, not the page
    if abs((cell.x0 + cell.x1) / 2 - middle) <= _CENTRE_SHARE * width:
        return None  # the legal-form name centred too: the letterhead's own line
    address = _centred_address(page, middle, _CENTRE_SHARE * width)
    if address is None or address >= index or not _heads_town(page, index, cell):
        return None
    if footer is not None and str(footer.value).casefold() != cell.text.strip().casefold():
        return footer
    return Value(text, head.text, head.boxes, 0.5)


def _centred_address(page: list[Line], middle: float, tolerance: float) -> int | None:
    """The index of the first line under the name, each one before it a single centred
    cell, that prints a postcode and town centred as well."""
    for offset, line in enumerate(page[1 : 1 + _ADDRESS_WITHIN], start=1):
        if len(line.cells) != 1:
            return None
        only = line.cells[0]
        if abs((only.x0 + only.x1) / 2 - middle) > tolerance:
            return None
        if POSTCODE_TOWN.search(only.text):
            return offset
    return None


def _heads_town(page: list[Line], index: int, cell: Cell) -> bool:
    """Whether lines under the cell, in its column and close under one another, run down to
    a postcode and town."""
    previous = page[index]
    for line in page[index + 1 : index + 1 + _BLOCK_LINES]:
        aligned = [c for c in line.cells if abs(c.x0 - cell.x0) < 6]
        if not aligned:
            continue
        if line.y0 - previous.y1 > 1.6 * line.height:
            return False
        if POSTCODE_TOWN.search(aligned[0].text):
            return True
        previous = line
    return False
