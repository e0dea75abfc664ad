"""An info strip captioning the invoice's date with an alias after a slash ("Invoice Date /
Tax Point") over its value, above items grouped under delivery notes' captions ("Delivery Note
DN-... dated ..."): the strip's date is the invoice's, a delivery note's date is the note's
(labelvalues.py, dateread.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _invoice(strip_caption: str) -> dict[str, Any]:
    texts: list[SizedText] = [
        (52, 45, "Brackwell Components Ltd", 12),
        (52, 60, "Unit 3 Mill Lane, Leeds, LS12 4HT", 8),
        (52, 120, "INVOICE TO", 8),
        (52, 132, "Tarnfield Engineering Ltd", 9),
        (52, 144, "22 Canal Street", 9),
        (52, 156, "Manchester", 9),
        (52, 168, "M1 3HE", 9),
        (52, 230, "Invoice No.", 7),
        (140, 230, strip_caption, 7),
        (260, 230, "Account No.", 7),
        (340, 230, "Your Order No.", 7),
        (52, 244, "INV-20931", 9),
        (140, 244, "14/03/2025", 9),
        (260, 244, "TAR004", 9),
        (340, 244, "PO-5521", 9),
        (52, 300, "Line", 7),
        (80, 300, "Description", 7),
        (330, 300, "Qty", 7),
        (400, 300, "Unit Price", 7),
        (500, 300, "Net Amount", 7),
        (80, 320, "Delivery Note DN-88412 dated 10/03/2025 (courier, 2 parcels)", 7),
        (52, 334, "1", 7),
        (80, 334, "Bearing housing 40 mm", 7),
        (345, 334, ">8", 7),
        (440, 334, ">12.50", 7),
        (545, 334, ">100.00", 7),
        (80, 350, "Delivery Note DN-88420 dated 11/03/2025 (courier, 1 parcel)", 7),
        (52, 364, "2", 7),
        (80, 364, "Shaft seal 25 mm", 7),
        (345, 364, ">20", 7),
        (440, 364, ">2.00", 7),
        (545, 364, ">40.00", 7),
        (400, 400, "Net total", 9),
        (545, 400, ">140.00", 9),
        (400, 414, "VAT 20%", 9),
        (545, 414, ">28.00", 9),
        (400, 428, "Total due", 9),
        (545, 428, ">168.00", 9),
    ]
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return result


def test_invoice_date_with_a_tax_point_alias_over_its_value() -> None:
    assert _invoice("Invoice Date / Tax Point")["fields"]["invoice_date"] == "2025-03-14"


def test_delivery_note_caption_dates_no_invoice() -> None:
    # Without a caption the strip's date is read for, no delivery note's date stands in.
    assert _invoice("Issued")["fields"].get("invoice_date") in (None, "2025-03-14")
