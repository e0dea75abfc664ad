"""The customer's number over the addressee's block: "Cliente n.º 004411", "Customer No. 4711",
"N.º de cliente: 2231", "Kunden-Nr. 88120" set right over a legal-form name, its street and
its town. The number is the customer's account with the issuer: the block under it is the
buyer's, and the large letterhead top left, over its own street and town, is the seller's,
though it prints no legal form ("TRANSPORTES ..." over a tagline and its street).
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.partyblocks import letterhead_over_recipient

# A customer caption, perhaps with the number's word before or after it, then the code
# ("Cliente n.º 004411", "Nº cliente 12", "Customer No.: C-4711", "Client # 0042").
_NUMBER_WORD = r"(?:n\.?\s?[º°o]\.?|no\.?|nr\.?|n[úu]m(?:ero|\.)?|number|#)"
_CUSTOMER_NUMBER = re.compile(
    rf"^(?:{_NUMBER_WORD}\s*(?:de\s+|du\s+|del\s+|do\s+)?)?"
    r"(?:cliente|client|customer|kunden?|klant|debitor|adquirente)\s*"
    rf"(?:{_NUMBER_WORD})?\s*[:.]?\s*(?=[\w\-/.]*\d)[A-Z0-9][\w\-/.]{{1,14}}$",
    re.IGNORECASE,
)


def customer_number_line(text: str) -> bool:
    """Whether a line is only the customer's number after its caption."""
    return _CUSTOMER_NUMBER.match(text.strip()) is not None


def letterhead_over_numbered(top: list[Line], index: int, cell: Cell) -> Value | None:
    """The letterhead top left as the seller when the legal-form name in `cell` heads a
    block right of it under the customer's number: the block without that line is the
    window's recipient (partyblocks.py's letterhead_over_recipient)."""
    if index < 2:
        return None
    above = top[index - 1]
    number = next((c for c in above.cells if abs(c.x0 - cell.x0) < 6), None)
    if number is None or not customer_number_line(number.text):
        return None
    if top[index].y0 - above.y1 > 1.6 * top[index].height:
        return None
    kept = [c for c in above.cells if c is not number]
    if not kept:
        return letterhead_over_recipient([*top[: index - 1], *top[index:]], index - 1, cell)
    trimmed = Line(above.page, [w for c in kept for w in c.words], kept, above.item_term)
    return letterhead_over_recipient([*top[: index - 1], trimmed, *top[index:]], index, cell)
