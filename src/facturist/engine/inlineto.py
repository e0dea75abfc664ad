"""A "To:" caption on the addressee's first line, before the name: the buyer's block.

Small traders' invoices head the customer's block with "To:" and may set the name on the
same line ("To: Holloway Build Ltd / Pinfold House / 12 Charnwood Street / Loughborough /
LE11 1DP"). The buyer captions take a bare "To:" only alone on its line (a period's "to:",
a slip's "Pay to:" name no buyer), so the name with its caption was read as a legal-form
line on top and taken for the seller. A "To:" opening a line of page one's upper half, a
name after it and the lines under it, flush left, running down to a town line, captions the
buyer's block: the name is the buyer's.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line, page_one_head
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name
from facturist.engine.towns import POSTCODE_TOWN

# "To: Holloway Build Ltd", "TO : Mr J. Smith": the caption, then a name opening with a letter.
_TO = re.compile(r"^\s*to\s*:\s*(?=[^\W\d_])", re.IGNORECASE)
# Points a block's lines may sit off its first line's left edge.
_FLUSH = 6.0
# How many lines under the name the block's town line may stand.
_DEPTH = 5


def inline_to_name(lines: list[Line]) -> Value | None:
    """The name after an inline "To:" heading an address block on page one, or None."""
    page, head = page_one_head(lines)
    for index, line in enumerate(page[:head]):
        for cell in line.cells:
            caption = _TO.match(cell.text)
            if caption is None:
                continue
            name = cell.text[caption.end() :].strip()
            if len(name) < 3 or not_a_name(name) or name.endswith(":"):
                continue
            words = [w for w in cell.words if w.box.x0 >= cell.words[0].box.x1]
            # The block's lines under the caption, or under the name a hanging caption leads.
            lefts = (cell.x0, words[0].box.x0) if words else (cell.x0,)
            left = _runs_to_town(page, index, lefts)
            if left is not None:
                # The boxes from the block's left edge on: the caption's, or the name's alone.
                boxes = cell.boxes if left == cell.x0 else tuple(w.box for w in words)
                return Value(name, cell.text, boxes)
    return None


def _runs_to_town(page: list[Line], index: int, lefts: tuple[float, ...]) -> float | None:
    """The one of `lefts` the lines under page[index] run down to a town line flush with."""
    previous = page[index]
    for below in page[index + 1 : index + 1 + _DEPTH]:
        flush = [(c, x) for c in below.cells for x in lefts if abs(c.x0 - x) < _FLUSH]
        if not flush:
            continue
        if below.y0 - previous.y1 > 1.6 * below.height:
            return None
        if POSTCODE_TOWN.search(flush[0][0].text):
            return flush[0][1]
        previous = below
    return None
