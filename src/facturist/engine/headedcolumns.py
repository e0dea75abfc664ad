"""Whose ID it is when one row heads both parties' columns ("Dodavatel: | Odběratel:").

Accounting packages (Pohoda, Money S3, many Polish and German templates) print a row with
both section captions side by side, the seller's column under the first and the buyer's
under the second. The buyer's IDs often stand high in its column, on the caption row itself
or just under it ("Odběratel: | IČ: | 25187368" / "DIČ: | CZ25187368"), far from the
buyer's framed address box, so no block or listing reading claims them. An ID in such a
column is the party's whose caption starts last at or left of the ID's caption.
"""

from __future__ import annotations

import re

from facturist.engine.labels import BUYER_SECTION, SELLER_SECTION
from facturist.engine.layout import Line, captioned_cell
from facturist.engine.model import Value

# How many lines above the ID the caption row may stand, how far (line heights) the lines in
# between may stand apart, and how far (points) left of its caption an ID's caption may start.
_ROWS = 12
_GAP = 3.0
_SLACK = 6.0
# A remark in brackets after the caption ("Client (émetteur de l'autofacture)").
_REMARK = re.compile(r"\s*\([^()]*\)$")


def headed_column_party(value: Value, lines: list[Line]) -> str | None:
    """ "buyer" or "seller": the party whose column, under a row holding both parties'
    section captions, holds the ID (its caption cell's left edge); None without such a row."""
    found = captioned_cell(lines, value.boxes)  # "DIČ: | CZ25187368": the caption's cell
    if found is None:
        return None
    index, cell, _own = found
    row = below = lines[index]
    for above in reversed(lines[max(0, index - _ROWS) : index + 1]):
        if above.page != row.page or below.y0 - above.y1 > _GAP * max(above.height, below.height):
            return None
        heads = _heads(above)
        if heads is not None:
            owners = [party for x0, party in heads if x0 <= cell.x0 + _SLACK]
            return owners[-1] if owners else None
        below = above
    return None


def _heads(line: Line) -> list[tuple[float, str]] | None:
    """The section captions of a row naming both parties, left to right, else None."""
    heads = [(c.x0, party) for c in line.cells if (party := _party(c.text)) is not None]
    return heads if {party for _x0, party in heads} == {"buyer", "seller"} else None


def _party(text: str) -> str | None:
    caption = text.strip().rstrip(":").rstrip()
    caption = _REMARK.sub("", caption).rstrip(":").rstrip() or caption
    for party, pattern in (("buyer", BUYER_SECTION), ("seller", SELLER_SECTION)):
        match = pattern.match(caption)
        if caption and match is not None and match.end() >= len(caption):
            return party
    return None
