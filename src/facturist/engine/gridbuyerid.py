"""The buyer's tax number in the document's caption grid under the addressee's block.

Portuguese invoices print the customer's taxpayer number in the row of captions under the
window ("Contribuinte | Data de emissão | Data de vencimento | V/ Ref.ª" over "514782307 |
2024-03-01 | ..."), the issuer's own number in the letterhead: a VAT caption in such a grid,
below the buyer's name, heads the buyer's ID when the seller's ID is printed elsewhere.
"""

from __future__ import annotations

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Cell, Line, line_holding
from facturist.engine.model import Value


def grid_buyer_id(value: Value, buyer: Value | None, lines: list[Line]) -> bool:
    """Whether a captioned ID stands under its caption alone in a caption grid set below
    the buyer's name."""
    if buyer is None or not buyer.boxes or not value.boxes:
        return False
    index = line_holding(lines, value.boxes[0])
    start = line_holding(lines, buyer.boxes[0])
    if index is None or start is None or index < 2 or index - 1 <= start:
        return False
    captions = lines[index - 1]
    if captions.page != lines[start].page or captions.page != lines[index].page:
        return False
    box = value.boxes[0]
    for cell in captions.cells:
        if cell.x1 < box.x0 or cell.x0 > box.x1:
            continue  # not over the ID
        caption = LABELS_BY_RANK["seller_vat_id"].match(cell.text.strip())
        if caption is None or cell.text.strip()[caption.end() :].strip(" :.#"):
            return False  # another caption over it, or one with a value of its own
        return _grid_rows(captions, lines[index])
    return False


def _grid_rows(captions: Line, values: Line) -> bool:
    """Whether a line of three or more captions without a digit stands over a line with a
    value under each, close under it."""
    if len(captions.cells) < 3 or values.y0 - captions.y1 > 1.5 * captions.height:
        return False
    if any(any(ch.isdigit() for ch in c.text) or len(c.text.split()) > 4 for c in captions.cells):
        return False
    under = [_under(values, c) for c in captions.cells]
    return sum(u is not None for u in under) >= max(3, len(captions.cells) - 1)


def _under(line: Line, cell: Cell) -> Cell | None:
    return next((o for o in line.cells if o.x0 < cell.x1 and o.x1 > cell.x0), None)
