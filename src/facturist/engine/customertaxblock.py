"""The customer's tax ID printed under an uncaptioned block ("SARL DUPUIS FRÈRES MENUISERIE" /
street / town / "N° TVA client : FR06..."): the block is the addressee's, and the letterhead
heading the page above it, wherever it is set (right-aligned, as professional firms do:
"LEMAIRE & ASSOCIÉS" over its tagline and address), is the issuer's.

A legal-form name is otherwise read as the seller when no caption tells the blocks apart;
the caption of the ID under it names whose block it is ("TVA client", "Customer VAT No.",
"USt-IdNr. des Kunden").
"""

from __future__ import annotations

import re

from facturist.engine.captionplace import RECIPIENT_WORD
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name

# A tax ID's caption naming the customer, before or after the tax's name ("N° TVA client",
# "N° TVA intracommunautaire du client", "Customer VAT No.", "Kunden-USt-IdNr.").
_TAX = r"(?:tva|btw|vat|iva|ust(?:-?id)?|mwst|uid|nif|cif|p\.\s?iva|tax)"
_CUSTOMER_TAX = re.compile(
    rf"\b{_TAX}\b[^\d:]{{0,30}}?\b{RECIPIENT_WORD}s?\b|\b{RECIPIENT_WORD}s?[\s\-]*{_TAX}\b",
    re.IGNORECASE,
)
# The block's lines run on a few line heights apart; the ID may stand a blank line under it.
_BLOCK_LINES = 7
_GAP = 5.0


def letterhead_over_customer_block(page: list[Line], index: int, cell: Cell) -> Value | None:
    """The name heading the page when the legal-form name in `cell` (on `page[index]`) heads
    a block whose lines print the customer's tax ID, or when the footer's legal line repeats
    the letterhead's street and not the block's ("Siège : 31 boulevard de l'Yser, ..."):
    that block is the addressee's."""
    if index == 0:
        return None
    tax = _customer_tax_under(page, index, cell)
    for head in page[0].cells:
        text = head.text.strip()
        if len(text) < 3 or any(ch.isdigit() for ch in text) or not_a_name(text):
            continue
        if tax or (_seat_under(page, head, index) and not _seat_under(page, cell, index + 8)):
            return Value(text, head.text, head.boxes, 0.5)
        return None
    return None


def _seat_under(page: list[Line], head: Cell, end: int) -> bool:
    """Whether a street line under `head` (lines above `end`, across its width) is printed
    again in the page's footer, the issuer's registered seat."""
    bottom = max(ln.y1 for ln in page)
    footer = " ".join(ln.text for ln in page if ln.y0 > 0.85 * bottom).casefold()
    start = next((i for i, ln in enumerate(page) if head in ln.cells), 0)
    for line in page[start + 1 : end]:
        if line.y0 > 0.5 * bottom:
            break
        for other in line.cells:
            text = other.text.strip().casefold()
            across = other.x1 > head.x0 and other.x0 < head.x1
            if across and _STREET.match(text) and len(text) >= 10 and text in footer:
                return True
    return False


# A street line: the house number, then the street's words ("31 boulevard de l'Yser").
_STREET = re.compile(r"\d{1,4}\s?[a-z]?,?\s+[^\W\d_]{2,}")


def _customer_tax_under(page: list[Line], index: int, cell: Cell) -> bool:
    """Whether a line of the block under `cell`, in its column, captions the customer's
    tax ID."""
    bottom = page[index].y1
    for line in page[index + 1 : index + 1 + _BLOCK_LINES]:
        if line.page != page[index].page:
            return False
        aligned = next((c for c in line.cells if abs(c.x0 - cell.x0) <= 6), None)
        if aligned is None:
            continue
        if line.y0 - bottom > _GAP * max(line.height, page[index].height):
            return False
        bottom = line.y1
        if _CUSTOMER_TAX.search(aligned.text):
            return True
    return False
