"""A bare VAT ID whose own line names the recipient just before it: the buyer's.

The seller's fallback reads a valid ID standing uncaptioned (seller_vat._bare_vat_id). A
caption no VAT label reads may still name its owner: "N. IVA cliente: CHE-116.482.036 IVA"
under the buyer's address, "Customer VAT no.: ...", "NIF cliente: ...", "N° TVA client :".
The recipient's word in the few words before the ID, with no figure between (a "Kunden-Nr.
2207" before the seller's "UID ..." names another number), marks the buyer's ID.
"""

from __future__ import annotations

import re

from facturist.engine.captionplace import RECIPIENT_WORD
from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Value

# The recipient's word, then a few words without a digit up to the ID.
_RECIPIENT_BEFORE = re.compile(rf"(?<!\w){RECIPIENT_WORD}s?\b[^\d]{{0,24}}$", re.IGNORECASE)
# How many words before the ID the caption may take.
_WORDS = 4


def recipient_captioned(value: Value, lines: list[Line]) -> bool:
    """The words right before the ID on its line name the recipient."""
    if not value.boxes:
        return False
    index = line_holding(lines, value.boxes[0])
    if index is None:
        return False
    start = value.boxes[0].x0
    before = [w.text for w in lines[index].words if w.box.x1 <= start][-_WORDS:]
    return bool(before) and _RECIPIENT_BEFORE.search(" ".join(before)) is not None
