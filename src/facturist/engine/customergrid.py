"""The buyer's VAT ID in a small grid of the customer's data: "Cod. cliente | Partita IVA |
Codice destinatario" over "C00418 | 02099180289 | 0000000".

Italian invoices print the customer's code, its VAT number and its e-invoicing address (the
SdI "Codice destinatario") as one row of captions over their values, apart from the buyer's
address block. The VAT caption is a bare "Partita IVA", but every caption beside it describes
the customer, so the ID is the buyer's (captionplace.py already keeps it from the seller's).
"""

from __future__ import annotations

import functools
import itertools
import re

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.vatread import read_vat_id

# How far under the caption row, in its line heights, the value row may stand.
_ROW_GAP = 2.5
# Points a caption row's cell may stand off the customer's code's left edge.
_FLUSH = 4.0
_VAT_CAPTION = LABELS_BY_RANK["seller_vat_id"]
# The customer's code: "Cod. cliente", "Codice cliente", "Cliente n.", "Kunden-Nr.",
# "Customer no.", "N° client", Business Central's "Debitorennr.".
_CUSTOMER_CODE = re.compile(
    r"^(?:(?:cod(?:ice|\.)?|n(?:r|o|\.?\s?[°º])?\.?|num(?:ero|\.)?)\s*(?:del\s+|du\s+)?"
    r"(?:cliente|client|customer|kunden?)|(?:cliente|client|customer|kunden?|debitor(?:en)?)[\s\-]*"
    r"(?:cod(?:ice|e|\.)?|n(?:r|o|um(?:ber|mer)?|\.?\s?[°º])?\.?|id))\s*:?$",
    re.IGNORECASE,
)
# Other captions of the customer's data: its SdI code or PEC ("Codice destinatario", "Cod.
# SDI", "PEC destinatario"), its tax code ("Codice fiscale", "C.F.").
_CUSTOMER_DATA = re.compile(
    r"^(?:cod(?:ice|\.)?\s*(?:destinatario|sdi|univoco(?:\s+ufficio)?)|pec(?:\s+destinatario)?"
    r"|cod(?:ice|\.)?\s*fiscale|c\.\s?f\.)\s*:?$",
    re.IGNORECASE,
)


def customer_grid_ids(lines: list[Line]) -> list[Value]:
    """IDs under a bare VAT caption in a row of captions that opens with the customer's code
    and holds nothing after it but the customer's data captions; or beside one in the caption
    row under the code's."""
    found = []
    for index, line in enumerate(lines[:-1]):
        found.extend(_under_customer_code(lines, index))
        # The grid from its customer's code on (the letterhead's lines may share its row).
        start = next((i for i, c in enumerate(line.cells) if _customer_code(c.text)), None)
        if start is None or start == len(line.cells) - 1:
            continue
        below = lines[index + 1]
        if below.page != line.page or below.y0 - line.y1 > _ROW_GAP * line.height:
            continue
        # The customer's captions run on from its code; another caption ends them ("Cod.
        # cliente | Partita IVA | Codice fiscale | Pagina").
        grid = list(
            itertools.takewhile(
                lambda c: (
                    _bare_vat_caption(c.text.strip())
                    or _CUSTOMER_DATA.match(c.text.strip()) is not None
                ),
                line.cells[start + 1 :],
            )
        )
        captions = [cell for cell in grid if _bare_vat_caption(cell.text.strip())]
        if len(captions) != 1:
            continue
        caption = captions[0]
        under = [c for c in below.cells if c.x0 < caption.x1 and c.x1 > caption.x0]
        if len(under) == 1:
            value = read_vat_id(list(under[0].words))
            if value is not None:
                found.append(value)
    return found


def _under_customer_code(lines: list[Line], index: int) -> list[Value]:
    """The ID in a caption row under the customer's code row, flush with it ("Debitorennr. |
    10000" over "USt-IdNr. | DE..."): the customer's data rows, set apart from the letterhead's
    own ID."""
    line, below = lines[index], lines[index + 1]
    if below.page != line.page or below.y0 - line.y1 > _ROW_GAP * line.height:
        return []
    found = []
    for position, cell in enumerate(line.cells[:-1]):
        if not _customer_code(cell.text):
            continue
        if not any(ch.isdigit() for ch in line.cells[position + 1].text):
            continue  # a row of captions, not the code's value beside its caption
        at = next((i for i, c in enumerate(below.cells) if abs(c.x0 - cell.x0) < _FLUSH), None)
        if at is None or at + 1 >= len(below.cells):
            continue
        if _bare_vat_caption(below.cells[at].text.strip()):
            value = read_vat_id(list(below.cells[at + 1].words))
            if value is not None:
                found.append(value)
    return found


# A pure function of the cell's text, memoised: each line's cells are read twice, as the
# code's row and as the grid's.
@functools.lru_cache(maxsize=8192)
def _customer_code(text: str) -> bool:
    """Whether the cell is the customer's code caption ("Cod. cliente", "Kunden-Nr.")."""
    return _CUSTOMER_CODE.match(text.strip()) is not None


def _bare_vat_caption(text: str) -> bool:
    """A VAT caption filling its cell ("Partita IVA", "P. IVA", "USt-IdNr.")."""
    match = _VAT_CAPTION.match(text)
    return match is not None and not text[match.end() :].strip(" .:#")
