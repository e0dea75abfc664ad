"""The company block beside a stay's "Client" row (a hotel's or a venue's folio).

A folio lists the stay's details as caption | value rows at the left ("Client | M. Felix
Brandauer", "Chambre | 208 - Deluxe", "Arrivée | 19/03/2024") and sets the billed company's
block at the right of the same rows ("Société Kellner Logistik GmbH", its street, its town):
the client caption's row holds the guest and then the company's name. The company, named by
its legal form and heading lines at its own column, is who is billed; the guest is its
employee, and the cell under "Client" is the next row's caption, no name.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.partynames import names_by_form

# The fewest caption | value rows under the client's row that make a details' listing.
_LISTING_ROWS = 2


def company_beside_listing(lines: list[Line], index: int, position: int) -> Value | None:
    """The company named at the right of a party caption's row when the caption heads a
    listing of caption | value rows and the company heads a block of its own column."""
    line = lines[index]
    if position + 2 >= len(line.cells):
        return None
    caption, value = line.cells[position], line.cells[position + 1]
    company = line.cells[-1]
    if not names_by_form(company.text) or names_by_form(value.text):
        return None
    if not _listing_under(lines, index, caption, value, company):
        return None
    if not _block_under(lines, index, company):
        return None
    return Value(company.text.strip(), company.text, company.boxes)


def _listing_under(
    lines: list[Line], index: int, caption: Cell, value: Cell, company: Cell
) -> bool:
    """Whether rows under the caption hold a short caption in its column and a value in the
    value's column, left of the company's column."""
    rows = 0
    for below in lines[index + 1 : index + 1 + 2 * _LISTING_ROWS]:
        if below.page != lines[index].page:
            break
        left = [c for c in below.cells if c.x1 < company.x0]
        if len(left) < 2 or abs(left[0].x0 - caption.x0) >= 4 or abs(left[1].x0 - value.x0) >= 4:
            break
        words = left[0].text.strip().rstrip(":").split()
        if not 1 <= len(words) <= 3 or any(ch.isdigit() for ch in left[0].text):
            break
        rows += 1
    return rows >= _LISTING_ROWS


def _block_under(lines: list[Line], index: int, company: Cell) -> bool:
    """Whether the next lines go on in the company's column (its street and town)."""
    under = 0
    for below in lines[index + 1 : index + 4]:
        if below.page != lines[index].page:
            break
        if any(abs(c.x0 - company.x0) < 6 for c in below.cells):
            under += 1
    return under >= 2
