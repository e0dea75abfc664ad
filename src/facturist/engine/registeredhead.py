"""A letterhead the page's legal details name: the issuer, over a legal-form block below it.

French (and other) invoices head the page with the firm's name alone, often without its legal
form ("HEXANET TÉLÉCOM"), then print its legal statement ("SAS au capital de 150 000 € - 8
allée des Pins, 44300 Nantes - SIRET ...") and close on a footer register line opening with
the same name ("Hexanet Télécom - RCS Nantes ... - TVA intracommunautaire FR..."). The
customer's block (a legal-form name over a street and a town, perhaps its own "N° TVA") is
the first name with a legal form, and no caption tells the two apart: the heading the legal
details name, or the one whose next line states its capital and register, is the issuer.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.partyblocks import STRONG_SEPARATOR
from facturist.engine.partynames import not_a_name

# A register, tax number or capital that only the issuer's legal details print.
_REGISTER = re.compile(
    r"\b(?:rcs|siret|siren|tva|vat|ust-?id\w*|kvk|hrb|hra|handelsregister|amtsgericht|btw"
    r"|p\.?\s?iva|rea|c\.?f\.?|nif|cif|company\s+(?:no|number|reg)|registered|capital)\b",
    re.IGNORECASE,
)
# The line under the name stating the firm's capital or registration ("SAS au capital de
# 150 000 €", "S.r.l. - Capitale sociale € 10.000 i.v.", "GmbH · Stammkapital 25.000 EUR").
_STATEMENT = re.compile(
    r"\b(?:au capital (?:social )?de|capital social|capitale sociale|stammkapital"
    r"|share capital|siret|rcs)\b",
    re.IGNORECASE,
)
# How much of the page's printed height the footer's register line stands under.
_FOOTER_SHARE = 0.85


def registered_letterhead(page: list[Line], index: int, cell: Cell) -> Value | None:
    """The name heading the page when the legal-form name in `cell` (on `page[index]`, below
    it) is not the one the page's legal details name: the footer's register line opens with
    the heading's name, or the line under the heading states its capital or registration."""
    if index == 0 or not page:
        return None
    head = next((c for c in page[0].cells if _name_like(c.text)), None)
    if head is None or cell is head:
        return None
    name = head.text.strip().casefold()
    if name == cell.text.strip().casefold():
        return None
    if _footer_names(page, name, cell.text.strip().casefold()) or _states_capital(
        page, head, index
    ):
        return Value(head.text.strip(), head.text, head.boxes, 0.5)
    return None


def _name_like(text: str) -> bool:
    text = text.strip()
    return len(text) >= 3 and not any(ch.isdigit() for ch in text) and not not_a_name(text)


def _footer_names(page: list[Line], name: str, other: str) -> bool:
    """Whether a footer line opens with `name` as its first piece and prints a register."""
    bottom = max(ln.y1 for ln in page)
    for line in page:
        if line.y0 < _FOOTER_SHARE * bottom:
            continue
        if other.strip(" ,.") in line.text.casefold():
            # "Lusenergia - Comercialização de Energia, S.A. · ... · NIF ...": the footer
            # names the block's company too (the heading's own subtitle): it is the issuer.
            return False
        first = STRONG_SEPARATOR.split(line.text, maxsplit=1)
        if len(first) < 2:
            continue
        opening = first[0].strip(" ,.").casefold()
        if opening == other:
            return False  # the footer names the block's company: it is the issuer
        if opening == name and _REGISTER.search(first[1]):
            return True
    return False


def _states_capital(page: list[Line], head: Cell, index: int) -> bool:
    """Whether the line right under the heading, across its width and above the block's
    line, states the firm's capital or registration."""
    for line in page[1 : min(3, index)]:
        over = [c for c in line.cells if c.x0 < head.x1 and head.x0 < c.x1]
        if over:
            return any(_STATEMENT.search(c.text) for c in over)
    return False
