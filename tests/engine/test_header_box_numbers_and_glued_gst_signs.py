"""Invoice numbers in small-business tools' header boxes, and a Canadian GST number signed "#".

Conventions:
- A header box's bare "INVOICE" caption beside a number, over "DATE", "TERMS", "DUE DATE" in
  the same column (the big title stands elsewhere), captions the document's number, though a
  party block's line sits between the box's rows.
- A number signed "#" under the big title ("TAX INVOICE" over "# QW-004471") is the title's
  own number, though the seller's address line shares its row at the left.
- The value under a caption stands in the caption's column: an address column's line beside it
  ("27 Kerr Road", starting past the caption's right edge) gives no number; the cell under the
  caption, its left edge the caption's, does.
- "GST #819260449 RT0001": a Canadian business number with its program account, the number
  sign glued to the digits, is the seller's tax ID ("819260449RT0001").
"""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import SizedText, analysed, make_aligned_pdf

_ITEMS: list[SizedText] = [
    (50, 230, "Description", 9),
    (350, 230, "Qty", 9),
    (420, 230, "Rate", 9),
    (500, 230, "Amount", 9),
    (50, 248, "Garden design consultation", 9),
    (350, 248, "2", 9),
    (420, 248, "150.00", 9),
    (500, 248, "300.00", 9),
    (400, 290, "Subtotal", 9),
    (500, 290, "300.00", 9),
    (400, 304, "GST 5%", 9),
    (500, 304, "15.00", 9),
    (400, 318, "Total", 9),
    (500, 318, "315.00", 9),
]


def _invoice(texts: list[SizedText]) -> CanonicalInvoice:
    return analysed(make_aligned_pdf([*texts, *_ITEMS]))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def test_a_header_box_invoice_caption_numbers_its_cell() -> None:
    invoice = _invoice(
        [
            (50, 50, "Invoice", 22),
            (380, 45, "Fernhill Garden Studio Ltd.", 11),
            (380, 60, "42 Birch Lane", 9),
            (380, 72, "Guelph ON N1H 2K5", 9),
            (50, 128, "BILL TO", 8),
            (410, 141, "INVOICE", 8),
            (555, 141, ">5827", 8),
            (50, 146, "Willowbrook Bakery", 11),
            (50, 153, "Attn: Dana Mercer", 10),
            (410, 152, "DATE", 8),
            (555, 152, ">2025-04-02", 8),
            (50, 165, "17 Elm Street", 10),
            (410, 164, "TERMS", 8),
            (555, 164, ">Net 30", 8),
            (410, 183, "DUE DATE", 8),
            (555, 183, ">2025-05-02", 8),
        ]
    )
    assert _value(invoice, "invoice_number") == "5827"


def test_a_number_signed_under_the_title_beside_an_address_line() -> None:
    invoice = _invoice(
        [
            (40, 55, "Larchmont Web Works Ltd", 11),
            (555, 60, ">TAX INVOICE", 22),
            (40, 72, "Unit 3, Quarry Business Park", 9),
            (40, 82, "Mill Road, Tullow", 9),
            (555, 82, "># QW-004471", 10),
            (40, 94, "Ireland", 9),
            (555, 110, ">Balance Due", 8),
            (40, 150, "Bill To", 9),
            (40, 162, "Hollis & Webb Ltd", 9),
            (400, 162, "Invoice Date :", 9),
            (555, 162, ">07 Apr 2025", 9),
        ]
    )
    assert _value(invoice, "invoice_number") == "QW-004471"


def test_the_number_under_its_caption_not_the_address_beside_it() -> None:
    invoice = _invoice(
        [
            (40, 60, "TAX INVOICE", 20),
            (330, 50, "Invoice Date", 7),
            (330, 58, "4 Apr 2025", 8),
            (445, 72, "Kowhai Cabinetry Limited", 9),
            (330, 80, "Invoice Number", 8.5),
            (445, 85, "27 Kerr Road", 8),
            (330, 90, "INV-3381", 8),
            (445, 95, "Petone", 8),
            (50, 98, "Mere Tapsell", 9),
            (330, 105, "Reference", 7),
            (445, 105, "Naenae 5011", 8),
        ]
    )
    assert _value(invoice, "invoice_number") == "INV-3381"


def test_a_gst_number_signed_with_a_glued_hash() -> None:
    invoice = _invoice(
        [
            (40, 50, "Invoice", 20),
            (555, 50, ">Northshore Paving Ltd.", 11),
            (555, 64, ">2210 Marine Drive", 9),
            (555, 76, ">North Vancouver, BC V7P 1V2", 9),
            (555, 88, ">GST #819260449 RT0001", 9),
            (40, 130, "Billed To", 9),
            (40, 142, "Aiden Kowalski", 9),
            (250, 130, "Invoice Number", 9),
            (250, 142, "NP-0571", 9),
            (380, 130, "Date of Issue", 9),
            (380, 142, "2025-04-03", 9),
        ]
    )
    assert _value(invoice, "seller_vat_id") == "819260449RT0001"
