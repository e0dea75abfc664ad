"""A block that starts under a sender's VAT ID or contact line, a blank line apart.

Scanned letterheads may stack the seller's block and the customer's in the left column with
no caption and no return address: "Tischlerei Pichler e.U." / street / town / "Tel. ..." /
"USt-IdNr. ATU..." and, a blank line lower, "Gasthof Zur Linde" / street / town. The
seller's block ends at its VAT ID or contact lines; a name over an address after them is the
addressee's. OCR boxes stand about a line pitch tall, so the blank line leaves a gap under
one box height, which alone does not part two blocks: the pitch between the lines tells it.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line

# A line opening with a tax identifier's or a contact's caption (de, en, fr, nl, it, es, pt,
# pl), or a bare e-mail or web address: what a sender prints at its block's end.
_CONTACT_LINE = re.compile(
    r"^(?:ust\.?-?\s?id(?:\.?-?\s?nr)?|uid|mwst|vat|tva|btw|iva|p\.?\s?iva|nif|cif|nipc|nip"
    r"|gst|abn|trn|tax\s?id|steuer-?\s?nr|st\.?-?\s?nr|steuernummer|n[°º]\s?tva"
    r"|tel|tél|telefon|téléphone|phone|fon|fax|mobil|mobile|gsm|e-?mail|courriel|www\.|web)"
    r"\b|^\S+@\S+\.\w+$",
    re.IGNORECASE,
)
# The pitch from the contact line to the block's first line, over the pitch inside the
# sender's block, beyond which a blank line stands between them (two pitches: one line).
_BLANK_LINE_PITCHES = 1.5
_SAME_COLUMN = 6.0


def starts_after_contacts(page: list[Line], index: int, cell: Cell) -> bool:
    """Whether the cell opens a block a blank line under a VAT ID or contact line of its
    column, which ends the block above (the sender's)."""
    above = _aligned_above(page, index, cell)
    if above is None or not _CONTACT_LINE.match(above[1].text.strip()):
        return False
    before = _aligned_above(page, above[0], cell)
    if before is None:
        return False
    pitch = page[above[0]].y0 - page[before[0]].y0
    gap = page[index].y0 - page[above[0]].y0
    return pitch > 0 and gap > _BLANK_LINE_PITCHES * pitch


def _aligned_above(page: list[Line], index: int, cell: Cell) -> tuple[int, Cell] | None:
    """The nearest line above (of the four before) with a cell flush with the cell's edge."""
    for at in range(index - 1, max(-1, index - 5), -1):
        if page[at].page != page[index].page:
            return None
        aligned = [c for c in page[at].cells if abs(c.x0 - cell.x0) < _SAME_COLUMN]
        if aligned:
            return at, aligned[0]
    return None
