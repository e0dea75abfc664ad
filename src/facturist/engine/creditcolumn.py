"""A credit column's caption in a table's header row types no document.

Hotel folios and account statements book charges and payments in one grid, the payments
under a column captioned with the credit word:

    Datum     Beschreibung / Description    Anz.   Preis   Belastung   Gutschrift
    18.03.25  Visa ****7714                                              531,05

"Gutschrift" (de), "Avoir" (fr), "Abono" (es) there heads a column, no title: the document
stays an invoice unless another line near the top names it a credit note. A header row is a
line of three or more cells without a figure, other cells of it naming item columns, or a
charges caption left of the credit one ("Datum | Beschreibung | Belastung | Gutschrift").
"""

from __future__ import annotations

import re

from facturist.engine.column_captions import header_words
from facturist.engine.documenttype import document_type
from facturist.engine.layout import Line
from facturist.engine.tableledger import charges_caption

# The credit word alone in its cell, perhaps with its translation or a currency after a
# slash or in brackets: "Gutschrift", "Gutschriften", "Gutschrift / Credit", "Avoir (€)".
_CREDIT_CAPTION = re.compile(
    r"^(?:gutschrift(?:en)?|avoirs?|abonos?|credit)"
    r"(?:\s*/\s*(?:gutschrift(?:en)?|avoirs?|abonos?|credits?|haben|payments?|zahlungen?))?"
    r"(?:\s*\(?(?:€|\$|£|eur|usd|gbp|chf)\)?)?$",
    re.IGNORECASE,
)
# The window document_type reads (documenttype.py).
_TOP = 25


def typed_document(lines: list[Line]) -> str:
    """The document's type (documenttype.py), a credit column's header row not read as a title."""
    top = lines[:_TOP]
    kept = [line for line in top if not _credit_column_header(line)]
    return document_type(kept if len(kept) < len(top) else lines)


def _credit_column_header(line: Line) -> bool:
    """Whether the line is a table's header row with a cell captioning a credit column."""
    if len(line.cells) < 3 or any(ch.isdigit() for ch in line.text):
        return False
    credit = [cell for cell in line.cells if _CREDIT_CAPTION.match(cell.text.strip(" .:"))]
    if not credit:
        return False
    if any(charges_caption(cell.text) and cell.x1 < credit[0].x0 for cell in line.cells):
        return True  # "Datum | Beschreibung | Belastung | Gutschrift": a ledger's pair
    cells = [cell for cell in line.cells if cell not in credit]
    others = Line(line.page, [word for cell in cells for word in cell.words], cells)
    return len({category for category, _words in header_words(others)}) >= 2
