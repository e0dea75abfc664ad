"""The addressee under a letter's "Private & Confidential" mark.

British and Irish letters (solicitors', accountants', doctors' fee notes) print "PRIVATE &
CONFIDENTIAL" (de "Persönlich / Vertraulich", fr "Personnel et confidentiel", nl
"Vertrouwelijk") as the first line of the window's address block, right over the addressee's
name; the address under it may end in a town without a postcode ("Renmore" / "Galway").
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name
from facturist.engine.wordspace import phrase

_MARK = re.compile(
    r"^(?:(?:strictly\s+)?(?:private|personal)\s*(?:&|and)\s*confidential|(?:strictly\s+)?"
    r"confidential|pers[öo]nlich(?:\s*(?:/|und|&)\s*vertraulich)?|vertraulich"
    r"|personnel(?:\s+et\s+confidentiel)?|confidentiel|vertrouwelijk|riservata(?: personale)?"
    r"|personale e riservata)$",
    re.IGNORECASE,
)


def name_under_confidential(page: list[Line], seller: Value | None) -> Value | None:
    """The name on the line right under a confidentiality mark in the page's top half."""
    bottom = max((ln.y1 for ln in page), default=0.0)
    own = str(seller.value).casefold() if seller is not None else ""
    for index, line in enumerate(page):
        if line.y0 > 0.5 * bottom:
            break
        for cell in line.cells:
            if not _MARK.match(cell.text.strip(" .:")):
                continue
            for below in page[index + 1 : index + 3]:
                if below.y0 - line.y1 > 2 * line.height:
                    return None
                under = [c for c in below.cells if abs(c.x0 - cell.x0) < 6]
                if not under:
                    continue
                name = phrase(below, under[0])
                text = name.text.strip()
                plain = not any(ch.isdigit() for ch in text) and not text.endswith(":")
                if len(text) < 3 or not plain or not_a_name(text) or text.casefold() == own:
                    return None
                return Value(text, name.text, name.boxes)
            return None
    return None
