"""The company billed for the person a "Client :" row names.

A hotel's or a venue's note lists the stay's details as caption | value rows ("Date : |
27/03/2025", "Chambre : | 305", "Client : | M. Jan Peeters"): the client row names the guest.
When the page also addresses a company's block on top, uncaptioned, its legal form in its
first line ("Maes & Janssens BV / À l'att. de ... / Rue Haute 18 / 1000 Bruxelles"), that
company is billed for its guest's stay, as a window block outranks a folio's "Gast" row.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line, line_holding, print_height
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partyblocks import uncaptioned_block
from facturist.engine.partynames import names_by_form

# The client's own caption, closed by a colon: not a billing caption ("Bill to", "Facturé
# à"), which names the billed party itself.
_CLIENT = (
    r"^(?:client|customer|cliente|kunde|klant|klient|guest|gast|h[ôo]te|hu[ée]sped|ospite)"
    r"\s*:"
)
_CLIENT_CAPTION = re.compile(_CLIENT + "$", re.IGNORECASE)
# A caption closed by a colon, alone in its cell ("Chambre :", "Séjour :").
_ROW_CAPTION = re.compile(r"^[^\d:]{2,30}:$")
# The same captions with their values in one cell ("Client : M. ...", "Chambre : 214").
_INLINE_CLIENT = re.compile(_CLIENT + r"\s*\S", re.IGNORECASE)
_INLINE_ROW = re.compile(r"^[^\d:]{2,30}:\s*\S")


def company_over_guest(lines: list[Line], seller: Value | None, buyer: Value) -> Value:
    """The company's block on top when the buyer is a person a "Client : | ..." row of the
    details' listing names, else the buyer."""
    if not lines or not buyer.boxes or names_by_form(str(buyer.value)):
        return buyer
    if not _client_row(lines, buyer):
        return buyer
    block = uncaptioned_block(lines, seller)
    if block is None or not block.boxes or not names_by_form(str(block.value)):
        return buyer
    if LEGAL_FORM.search(str(block.value)) is None:
        return buyer
    if seller is not None and str(seller.value).casefold() == str(block.value).casefold():
        return buyer
    top, row = block.boxes[0], buyer.boxes[0]
    if top.page != row.page or top.y0 >= row.y0:
        return buyer  # the block stands above the details it is billed for
    return block


def _client_row(lines: list[Line], buyer: Value) -> bool:
    """Whether the buyer is the value of a "Client :" caption cell in a listing of caption |
    value rows (another such row just above it)."""
    index = line_holding(lines, buyer.boxes[0])
    if index is None:
        return False
    line = lines[index]
    position = next((i for i, c in enumerate(line.cells) if buyer.boxes[0] in c.boxes), None)
    if position is None:
        return False
    inline = _INLINE_CLIENT.match(line.cells[position].text.strip()) is not None
    # "Client : M. Thomas Reinhardt" in one cell, the company's block on the right of it.
    if not inline and (not position or position + 1 != len(line.cells)):
        return False
    caption = line.cells[position if inline else position - 1]
    if not inline and not _CLIENT_CAPTION.match(caption.text.strip()):
        return False
    if any(ch.isdigit() for ch in str(buyer.value)):
        return False
    for above in reversed(lines[max(0, index - 4) : index]):
        if above.page != line.page:
            return False
        first = above.cells[0]
        if inline and abs(first.x0 - caption.x0) <= 0.5 * print_height(first):
            # "Arrivée : 10/03/2025" over it: the stay's rows, each caption inline too.
            if _INLINE_ROW.match(first.text.strip()):
                return True
            continue
        if (
            len(above.cells) >= 2
            and abs(first.x0 - caption.x0) <= 3
            and _ROW_CAPTION.match(first.text.strip())
        ):
            return True
    return False
