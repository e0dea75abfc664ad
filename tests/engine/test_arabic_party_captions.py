"""Bilingual party captions with their Arabic words beside the English ones (partysections.py):
"Seller | البائع" and "Buyer | المشتري" ("Customer | العميل") head the blocks, the Arabic word
is the caption's second language, never the party's name; so is "الاسم" beside "Name:", the
name under both (captionnamebelow.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.partysections import BUYER_SECTION, SELLER_SECTION

from .conftest import dejavu_fonts, make_sized_pages

_FONT = "DejaVuSans"
needs_font = dejavu_fonts(_FONT)


def _visual(text: str) -> str:
    """Arabic in the visual order a PDF's text layer holds it (right to left drawn left to
    right), which the page reader turns back into the reading order."""
    return text[::-1]


@needs_font
def test_arabic_caption_beside_the_english_one_is_no_name() -> None:
    page = [
        (58, 55, "Nile Delta Engineering Supplies S.A.E.", 12),
        (58, 76, "27 El Nasr Road, Nasr City, Cairo 11765, Egypt", 8),
        (247, 117, "TAX INVOICE", 14),
        (49, 169, "Seller", 9),
        (100, 169, _visual("البائع"), 9),
        (312, 169, "Customer", 9),
        (360, 169, _visual("العميل"), 9),
        (49, 186, "Nile Delta Engineering Supplies S.A.E.", 8),
        (312, 186, "Name:", 8),
        (360, 186, _visual("الاسم"), 8),
        (49, 198, "27 El Nasr Road, Nasr City, Cairo 11765", 8),
        (312, 198, "Alexandria Marine Works Co.", 8),
        (49, 211, "Tax Registration No.:", 8),
        (312, 211, "Address:", 8),
        (49, 222, "512-348-976", 8),
        (312, 222, "14 Port Said Street, Al Attarin", 8),
        (312, 235, "Alexandria 21519, Egypt", 8),
        (49, 296, "Invoice No.", 8),
        (160, 296, "Issue Date", 8),
        (49, 314, "NDES-24-07-0388", 8),
        (160, 314, "15/07/2024", 8),
        (49, 354, "Description", 8),
        (300, 354, "Qty", 8),
        (480, 354, "Amount EGP", 8),
        (49, 390, "Centrifugal pump 15 kW, cast iron", 8),
        (300, 390, "2", 8),
        (480, 390, "97,500.00", 8),
        (400, 478, "Total before tax", 8),
        (480, 478, "97,500.00", 8),
        (400, 495, "VAT 14%", 8),
        (480, 495, "13,650.00", 8),
        (400, 512, "Total amount (EGP)", 8),
        (480, 512, "111,150.00", 8),
    ]
    fields: dict[str, Any] = extract_canonical(
        make_sized_pages(page, font=_FONT), use_einvoice=False
    )["fields"]
    assert fields["seller_name"] == "Nile Delta Engineering Supplies S.A.E."
    assert fields["buyer_name"] == "Alexandria Marine Works Co."
    assert fields["seller_vat_id"] == "512-348-976"
    assert fields["seller_address"] == "27 El Nasr Road, Nasr City, Cairo 11765, Egypt"


def test_arabic_party_captions() -> None:
    assert SELLER_SECTION.match("البائع")
    assert SELLER_SECTION.match("المورد:")
    assert BUYER_SECTION.match("المشتري")
    assert BUYER_SECTION.match("العميل")
