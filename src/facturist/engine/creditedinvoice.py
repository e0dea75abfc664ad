"""A credit note's plain invoice caption names the invoice it credits, not the credit note.

Dolibarr and similar ERPs print a credit note's header as one caption a line: the title
("Gutschrift", "Avoir", "Credit note"), the note's own number under "Ref. :" ("Réf. :"), its
date, the customer code, and then the invoice credited under the bare invoice word ("Rechnung :
FA2502-0118", "Facture : FA2502-0118", "Invoice : ..."). On a credit note whose own number has a
caption of its own ("Ref.", "Nr.", "Gutschrift Nr.", "N° d'avoir"), the number under such a
plain invoice caption is the credited invoice's: a back-reference, which yields to the note's.

On an invoice nothing changes: there "Ref." is as often the buyer's reference as the document's.

Its date likewise: under the note's own "Date" a credit note quotes the credited invoice's date
under an "Invoice Date" caption ("Rechnungsdatum", "Date de facture"). That caption yields to
any other date caption; alone (a template reused from the invoice's) it still dates the note.
"""

from __future__ import annotations

import re

from facturist.engine.documenttype import document_type
from facturist.engine.layout import Line

# The invoice word alone as the caption, its colon after it ("Rechnung :", "Facture:").
_PLAIN_INVOICE = re.compile(
    r"^(?:rechnung|invoice|facture|factura|fattura|factuur|fatura|faktura)$", re.IGNORECASE
)
_COLON_AFTER = re.compile(r"^\s*:")
# A caption naming the document's own number at the start of a cell, its value after it:
# "Ref. : AV2503-0004", "Réf. : AV...", "Nr.: GS-77", "Gutschrift Nr. GS-77", "N° d'avoir".
_OWN_CAPTION = re.compile(
    r"^(?:r[ée]f\.?|r[ée]f[ée]rence|reference|referenz|nr\.?|no\.?|n[°º]\.?|nummer|number"
    r"|num[ée]ro|n[úu]mero"
    r"|(?:gutschrift|avoir|credit\s+note|creditnota|nota\s+de\s+cr[ée]dito|nota\s+di"
    r"\s+credito|abono)(?:s?-?\s*(?:nr\.?|no\.?|n[°º]\.?|nummer|number|num[ée]ro|n[úu]mero))?"
    r"|gutschriftsnummer|(?:n[°º]|num[ée]ro|number)\s+(?:d['’]\s?avoir|of\s+credit\s+note))"
    r"\s*[:#]?\s*(?P<number>[A-Z0-9][\w\-/.]*\d)$",
    re.IGNORECASE,
)
# An amount or a date is no number ("Nr. : 12,50", "Referenz: 12.03.2025").
_NO_NUMBER = re.compile(r"^\d+(?:[.,]\d{2}|[./]\d{1,2}[./]\d{2,4})$")
# Lines searched for the note's own number: the header's.
_HEADER_LINES = 40


def names_credited_invoice(lines: list[Line], index: int, text: str, match: re.Match[str]) -> bool:
    """Whether the invoice-number caption matched on lines[index] is a credit note's plain
    invoice caption ("Rechnung : FA2502-0118") while another caption names the note's own
    number ("Ref. : AV2503-0004")."""
    if not _PLAIN_INVOICE.match(match.group().strip()):
        return False
    if not _COLON_AFTER.match(text[match.end() :]):
        return False
    if document_type(lines) != "credit_note":
        return False
    quoted = text[match.end() :].lstrip(" :#").split()
    number = quoted[0] if quoted else ""
    for other in lines[:_HEADER_LINES]:
        if other is lines[index]:
            continue
        for cell in other.cells:
            own = _OWN_CAPTION.match(cell.text.strip())
            if (
                own is not None
                and own.group("number") != number
                and not _NO_NUMBER.match(own.group("number"))
            ):
                return True
    return False


def quotes_credited_invoice(lines: list[Line], before: str, match: re.Match[str]) -> bool:
    """Whether the invoice word matched mid-cell on a credit note quotes the invoice the note
    credits ("Administratiekosten factuur 24/10877", "Frais facture F-2024-118" in an item
    row): words before it in its cell (`before`) make it a back-reference, no caption of the
    note's own number (which its title or a "Nummer" caption names)."""
    return (
        _PLAIN_INVOICE.match(match.group().strip()) is not None
        and any(ch.isalpha() for ch in before)
        and document_type(lines) == "credit_note"
    )


# A date caption naming the invoice itself, not the note: "Invoice Date", "Rechnungsdatum",
# "Date de facture", "Fecha de factura", "Data fattura", "Factuurdatum", "Fakturadatum".
_INVOICE_DATE = re.compile(
    r"(?:rechnungsdatum|invoice date|date of invoice|date de (?:la )?facture"
    r"|fecha de (?:la )?factura|data (?:della )?fattura|factuurdatum|data da fatura"
    r"|fakturadatum|fakturadato)",
    re.IGNORECASE,
)


def dates_credited_invoice(lines: list[Line], match: re.Match[str]) -> bool:
    """Whether an invoice-date caption on a credit note names the credited invoice's date
    (see the module's docstring): the caller ranks it after the note's own date caption."""
    return _INVOICE_DATE.fullmatch(match.group().strip()) is not None and (
        document_type(lines) == "credit_note"
    )
