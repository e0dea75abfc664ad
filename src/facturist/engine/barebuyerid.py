"""The buyer's VAT ID printed bare in its address block: a cell of the ID alone.

E-invoice viewers print the parties one term a row with no caption but the term's reference
(dropped by termrefs.py): "Nordstern Medical Devices GmbH / Hansaring 61 / 48155 / Münster /
DE / DE300194622". The captioned readers (buyervat.py) find no caption, and the seller's bare
ID reader (seller_vat.py) skips the IDs in the buyer's block, so the buyer's went unread. A
valid ID (its checksum holds) alone in its cell, inside the block the buyer's name heads, and
not the seller's, is the buyer's.
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parse.ids import find_vat_ids, is_valid_vat_id, normalize_vat_id
from facturist.engine.seller_vat import in_block, may_hold_vat_id


def bare_buyer_id(lines: list[Line], buyer: Value | None, sellers: str) -> Value | None:
    """The first checksum-valid VAT ID alone in its cell inside the buyer's block, other than
    the seller's (`sellers`, normalised); None if there is none."""
    if buyer is None or not buyer.boxes:
        return None
    for line in lines:
        if line.page != buyer.boxes[0].page:
            continue
        for cell in line.cells:
            if not may_hold_vat_id(cell.text):
                continue  # no digit: no ID (seller_vat.py)
            ids = find_vat_ids(cell.text.upper())
            if len(ids) != 1 or normalize_vat_id(cell.text.upper()) != ids[0]:
                continue  # captioned, or more than the ID in the cell
            vat_id = ids[0]
            if vat_id == sellers or is_valid_vat_id(vat_id) is not True:
                continue
            value = Value(vat_id, cell.text, cell.boxes, 0.6)
            if in_block(value, buyer, lines):
                return value
    return None


__all__ = ["bare_buyer_id"]
