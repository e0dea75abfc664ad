"""Whether a document is an invoice or a credit note, from its title near the top.

A credit word on an item row ("Gutschrift Treuebonus -4,20") makes no credit note, and a credit
note named in a sentence types the document only where no invoice's title heads it.
"""

from __future__ import annotations

import re

from facturist.engine.correctivetitle import CORRECTIVE_TITLE
from facturist.engine.labels import CREDIT_NOTE, DOCUMENT_TITLE
from facturist.engine.layout import Line

# A money figure closing a row ("Gutschrift Treuebonus | -4,20"), perhaps in the accountant's
# brackets of a deduction ("Less: credit note CN-88 | (£40.00)").
_ROW_AMOUNT = re.compile(
    r"^(?:[-−+]?[$€£]?\s?-?\d[\d.,' ]*[.,]\d{2}-?\s?[€$£]?"
    r"|\([$€£]?\s?\d[\d.,' ]*[.,]\d{2}\s?[€$£]?\))$"
)
# A sentence's run of words: a title is never this long.
_PROSE_WORDS = 12
# An invoice's title that is no credit note's: not a correction or a cancellation.
_NOT_INVOICE = re.compile(r"storno|korrektur|cancel|annul", re.IGNORECASE)


def document_type(lines: list[Line]) -> str:
    """credit_note when a credit-note title appears near the top, else invoice. A credit note
    named in a sentence ("Credit note CN-88 has been deducted from this invoice ...") types
    the document only where no invoice's title heads it."""
    named = False
    for line in lines[:25]:
        if CREDIT_NOTE.search(line.text) and not _credit_row(line):
            if not _prose(line):
                return "credit_note"
            named = True
    if named and not any(_invoice_title(cell.text) for line in lines[:25] for cell in line.cells):
        return "credit_note"
    return "invoice"


def _prose(line: Line) -> bool:
    """Whether the credit word stands in a sentence: a cell of many words."""
    return any(
        CREDIT_NOTE.search(cell.text) and len(cell.text.split()) >= _PROSE_WORDS
        for cell in line.cells
    )


def _invoice_title(text: str) -> bool:
    text = text.strip()
    return bool(
        DOCUMENT_TITLE.match(text)
        and not CREDIT_NOTE.search(text)
        and not CORRECTIVE_TITLE.match(text)
        and not _NOT_INVOICE.search(text)
    )


# A credit note's total captioned as the credit ("Gutschriftsbetrag -400,79 €", "Total credit
# note"): German and English credit notes name the sum they refund so, whatever the title.
_CREDIT_TOTAL = re.compile(
    r"^(?:gutschrifts?(?:betrag|summe|gesamtbetrag)|(?:total )?credit note (?:total|amount)"
    r"|total credit note|montant (?:total )?de l'avoir|total avoir)\b",
    re.IGNORECASE,
)


def _credit_row(line: Line) -> bool:
    """A credit word in an item row ("Gutschrift Treuebonus -4,20" on a bill): the row ends in
    its amount and no cell of it is a document title or a credit note's total caption."""
    if len(line.cells) < 2 or not _ROW_AMOUNT.match(line.cells[-1].text):
        return False
    if _CREDIT_TOTAL.match(line.cells[0].text.strip()):
        return False
    # "… | 1 | Gutschrift | -18,43": the credit word after the row's count is its unit.
    return not any(
        DOCUMENT_TITLE.match(cell.text)
        and not (index and _COUNT_CELL.match(line.cells[index - 1].text))
        for index, cell in enumerate(line.cells)
    )


# An item row's count in a cell of its own ("1", "4.812", "2,5").
_COUNT_CELL = re.compile(r"^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,3})?$")
