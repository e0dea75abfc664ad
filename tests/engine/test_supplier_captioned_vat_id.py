"""A VAT ID captioned with the supplier's role ("USt-IdNr. Frachtführer", "USt-IdNr.
Lieferant", "Supplier VAT Reg No") on a self-billed invoice is the seller's: the buyer who
issues the page prints its supplier's ID in its own header, and its own ID in the footer."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    return fields


def _german_page(caption: str) -> list[SizedText]:
    return [
        (70, 40, "WESERSPED", 14),
        (70, 100, "Wesersped GmbH · Hafenstraße 9 · 28217 Bremen", 7),
        (70, 116, "Transporte Ralf Tiedemann", 10),
        (340, 116, "Gutschrift-Nr.", 9),
        (480, 116, "GU-7731", 9),
        (70, 130, "Moorweg 12", 10),
        (340, 130, "Datum", 9),
        (480, 130, "06.05.2024", 9),
        (70, 144, "27749 Delmenhorst", 10),
        (340, 144, caption, 9),
        (480, 144, "DE264931704", 9),
        (70, 220, "Gutschrift gemäß § 14 Abs. 2 Satz 2 UStG", 12),
        (70, 280, "Leistung", 9),
        (460, 280, "Betrag", 9),
        (70, 296, "Transporte April", 9),
        (460, 296, "1.000,00 €", 9),
        (350, 330, "Summe netto", 9),
        (460, 330, "1.000,00 €", 9),
        (350, 344, "Umsatzsteuer 19 %", 9),
        (460, 344, "190,00 €", 9),
        (350, 358, "Gutschriftsbetrag", 9),
        (460, 358, "1.190,00 €", 9),
        (70, 760, "Wesersped GmbH · AG Bremen HRB 11220", 7),
    ]


def test_carrier_captioned_vat_id_is_the_sellers() -> None:
    fields = _fields(_german_page("USt-IdNr. Frachtführer"))
    assert fields["seller_name"] == "Transporte Ralf Tiedemann"
    assert fields["seller_vat_id"] == "DE264931704"
    assert fields.get("buyer_vat_id") != "DE264931704"


def test_supplier_captioned_vat_id_is_the_sellers() -> None:
    fields = _fields(_german_page("USt-IdNr. Lieferant:"))
    assert fields["seller_vat_id"] == "DE264931704"


def test_supplier_vat_reg_number_in_the_details_box_is_the_sellers() -> None:
    texts: list[SizedText] = [
        (170, 34, "NORTHDOWN GRAIN LTD", 14),
        (140, 55, "Mill Road · Thirsk · YO7 1PQ · VAT Reg. No. 158 8403 22", 8),
        (150, 85, "SELF-BILLED INVOICE", 12),
        (50, 122, "SUPPLIER", 9),
        (310, 122, "Self-bill invoice no.", 9),
        (480, 122, "SB-5521", 9),
        (50, 136, "Holme Farm", 10),
        (310, 136, "Invoice date", 9),
        (480, 136, "08/05/2024", 9),
        (50, 150, "Holme Lane, Sowerby", 10),
        (310, 150, "Supplier VAT Reg No", 9),
        (480, 150, "384 6152 37", 9),
        (50, 164, "YO7 3AB", 10),
        (50, 230, "Description", 9),
        (500, 230, "Amount £", 9),
        (50, 250, "Feed wheat 40 t", 9),
        (500, 250, "8,000.00", 9),
        (340, 280, "Net value", 9),
        (500, 280, "8,000.00", 9),
        (340, 294, "VAT @ 0 %", 9),
        (500, 294, "0.00", 9),
        (340, 308, "Total invoice value", 9),
        (500, 308, "8,000.00", 9),
    ]
    fields = _fields(texts)
    assert fields["seller_vat_id"] == "GB384615237"
