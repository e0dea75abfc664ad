"""A VAT ID under a buyer's caption in a caption grid: "Lieferschein-Nr. | Lieferdatum | Ihre
USt-IdNr. | Ihre Bestellung" over "LS 2405-01933 | 31.05.2024 | DE255903165 | B-4471".
The caption heads the cell under it and names whose ID it is: the reader's ("Ihre", "Your",
"Votre"), the recipient's ("Kunden-USt-IdNr.", "VAT No. of the customer"). Its value is
paired by position: the first line below holding a cell under the caption."""

from __future__ import annotations

import functools
import re

from facturist.engine.captionplace import RECIPIENT_AFTER, RECIPIENT_WORD
from facturist.engine.labelfilter import folded, may_hold, needed_strings
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.seller_vat import POSSESSIVE
from facturist.engine.vatread import read_vat_id

# How far under the caption row, in its line heights, the value row may stand.
_ROW_GAP = 1.5
# The recipient named before the caption, all the cell holds before it ("Kunden-").
_VAT_CAPTION = LABELS_BY_RANK["seller_vat_id"]
# The strings one of which a VAT caption holds: most cells hold none (labelfilter.py).
_VAT_NEEDED = needed_strings(_VAT_CAPTION)
_NUMBER_SIGN = re.compile(r"^\s*(?:n\.?\s?[º°o]\.?|no\.|nr\.|n[úu]m\.|number|n[úu]mero)\s*$", re.I)
_RECIPIENT_BEFORE = re.compile(rf"\W*{RECIPIENT_WORD}s?[\s\-']*", re.IGNORECASE)


def grid_owned_ids(lines: list[Line]) -> list[Value]:
    """IDs standing alone under a buyer's VAT caption in the row right above."""
    found = []
    for index, line in enumerate(lines[:-1]):
        for cell in line.cells:
            if not _buyers_caption(cell.text.strip()):
                continue
            under = _cells_under(lines, index, cell.x0, cell.x1)
            if len(under) != 1:
                continue  # no cell, or several, under it: no grid's value
            value = read_vat_id(list(under[0].words))
            if value is not None:
                found.append(value)
    return found


def _cells_under(lines: list[Line], index: int, x0: float, x1: float) -> list[Cell]:
    """The cells under a caption in the first line below with any: a line of the address
    window beside it, printed at another pitch ("22041 Hamburg" between "Ihre USt-IdNr.:" and
    "DE931111057"), holds none under it and is passed over."""
    line = lines[index]
    for below in lines[index + 1 :]:
        if below.page != line.page or below.y0 - line.y1 > _ROW_GAP * line.height:
            break
        under = [c for c in below.cells if c.x0 < x1 and c.x1 > x0]
        if under:
            return under
    return []


# A pure function of the cell's text, memoised (the long caption pattern is dear).
@functools.lru_cache(maxsize=8192)
def _buyers_caption(text: str) -> bool:
    """A VAT caption alone in its cell whose owner is the buyer."""
    if not may_hold(_VAT_NEEDED, folded(text)):
        return False
    match = _VAT_CAPTION.search(text)
    if match is None:
        return False
    before, after = text[: match.start()], text[match.end() :]
    if RECIPIENT_AFTER.match(after):
        return not before.strip()
    if after.strip(" .:#"):
        return False  # a value of its own beside it, or more words: no grid caption
    owner = POSSESSIVE.match(before.strip())
    if owner is not None:
        # "V/ N.º Contribuinte": the number's sign between the possessive and the caption.
        rest = _NUMBER_SIGN.sub("", before.strip()[owner.end() :])
        return owner.group("buyer") is not None and not rest.strip()
    return _RECIPIENT_BEFORE.fullmatch(before) is not None
