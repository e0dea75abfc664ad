"""The customer's VAT number captioned with the customer abridged ("Cust. VAT:") in a
key/value block beside the buyer's address: the buyer's ID, never the seller's
(captionplace.py RECIPIENT_WORD, buyervat.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def test_cust_vat_caption_names_the_buyers_id() -> None:
    texts: list[SizedText] = [
        (48, 50, "Corrib Scientific Supplies Ltd", 14),
        (48, 66, "Unit 4, Galway Business Park, Galway H91 X2P7", 8),
        (48, 120, "Invoice to", 8),
        (48, 132, "Shannon Diagnostics DAC", 9),
        (48, 144, "Plassey Technology Park", 9),
        (48, 156, "Limerick V94 T9PX", 9),
        (410, 120, "Invoice No.:", 8),
        (470, 120, "CS-55120", 8),
        (410, 132, "Date:", 8),
        (470, 132, "12/03/2025", 8),
        (410, 144, "Cust. VAT:", 8),
        (470, 144, "IE2876543U", 8),
        (48, 220, "Code", 8),
        (110, 220, "Description", 8),
        (360, 220, "Qty", 8),
        (430, 220, "Unit Price", 8),
        (510, 220, "Amount", 8),
        (48, 238, "PT-200", 8),
        (110, 238, "Pipette tips 200 ul, racked", 8),
        (370, 238, ">10", 8),
        (465, 238, ">12.00", 8),
        (545, 238, ">120.00", 8),
        (400, 280, "Total excl. VAT", 9),
        (545, 280, ">120.00", 9),
        (400, 294, "VAT @ 23%", 9),
        (545, 294, ">27.60", 9),
        (400, 308, "Total due", 9),
        (545, 308, ">147.60", 9),
        (48, 780, "Registered in Ireland No. 512345 · VAT No. IE9412376W", 7),
    ]
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    assert result["fields"].get("buyer_vat_id") == "IE2876543U"
    assert result["fields"].get("seller_vat_id") == "IE9412376W"
