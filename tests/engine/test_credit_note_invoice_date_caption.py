"""On a credit note, an "Invoice Date" caption (Rechnungsdatum, Date de facture) dates the
invoice credited, quoted under its number; the note's own date stands under a bare "Date"
caption, which wins. Where the note prints no other date caption, its "Invoice Date" still
dates it (templates reused from the invoice)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _note(header: list[SizedText]) -> bytes:
    texts: list[SizedText] = [
        (50, 50, "Harbour Print Services Ltd", 14),
        (400, 50, "CREDIT NOTE", 14),
        (50, 80, "12 Dock Road", 9),
        (50, 92, "Cork, T12 AB34", 9),
        (50, 140, "Credit To", 9),
        (50, 152, "Kilbrack Foods Ltd", 9),
        (50, 164, "5 Mill Street", 9),
        (50, 176, "Mallow, P51 XY12", 9),
        *header,
        (50, 260, "Description", 9),
        (300, 260, "Qty", 9),
        (360, 260, "Unit", 9),
        (480, 260, "Amount", 9),
        (50, 278, "Brochures returned - misprint", 9),
        (300, 278, "2", 9),
        (360, 278, "€150.00", 9),
        (480, 278, "€300.00", 9),
        (400, 320, "Net", 9),
        (480, 320, "€300.00", 9),
        (400, 334, "VAT 23%", 9),
        (480, 334, "€69.00", 9),
        (400, 348, "Total Credit", 9),
        (480, 348, "€369.00", 9),
    ]
    return make_aligned_pdf(texts)


def test_credit_note_invoice_date_caption_dates_the_credited_invoice() -> None:
    pdf = _note(
        [
            (330, 140, "Credit Note No.", 9),
            (440, 140, "CN-0093", 9),
            (330, 152, "Date", 9),
            (440, 152, "18/03/2025", 9),
            (330, 164, "Original Invoice", 9),
            (440, 164, "INV-4471", 9),
            (330, 190, "Invoice Date", 9),
            (440, 190, "27/02/2025", 9),
        ]
    )
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["document_type"] == "credit_note"
    assert fields["invoice_date"] == "2025-03-18"


def test_credit_note_with_only_an_invoice_date_caption_keeps_it() -> None:
    pdf = _note(
        [
            (330, 140, "Credit Note No.", 9),
            (440, 140, "CN-0093", 9),
            (330, 152, "Invoice Date", 9),
            (440, 152, "18/03/2025", 9),
        ]
    )
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2025-03-18"
