"""A party's address printed as one caption row per part, as e-invoice viewers print it
("Straße: | PLZ: | Ort: | Land:", "Address line 1 | Post code | City | Country code")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import ONE_ITEM_AND_TOTALS, make_invoice_pdf


def test_viewer_rows_give_the_sellers_address_in_the_right_box() -> None:
    rows = [
        (50, 40, "RECHNUNG"),
        (50, 60, "Rechnungsnummer: RE-2025-0041"),
        (50, 72, "Rechnungsdatum: 05.03.2025"),
        (50, 110, "Käufer"),
        (310, 110, "Verkäufer"),
        (50, 124, "Firmenname:"),
        (130, 124, "Stadtwerke Nordheim"),
        (310, 124, "Firmenname:"),
        (390, 124, "Bergische Möbel GmbH"),
        (50, 136, "Straße:"),
        (130, 136, "Marktplatz 1"),
        (310, 136, "Straße:"),
        (390, 136, "Kohlfurther Brücke 14"),
        (50, 148, "PLZ:"),
        (130, 148, "74226"),
        (310, 148, "PLZ:"),
        (390, 148, "42349"),
        (50, 160, "Ort:"),
        (130, 160, "Nordheim"),
        (310, 160, "Ort:"),
        (390, 160, "Wuppertal"),
        (50, 172, "Land:"),
        (130, 172, "DE"),
        (310, 172, "Land:"),
        (390, 172, "DE"),
        *ONE_ITEM_AND_TOTALS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Bergische Möbel GmbH"
    assert fields["seller_address"] == "Kohlfurther Brücke 14, 42349 Wuppertal, DE"


def test_english_viewer_rows_give_the_sellers_address() -> None:
    rows = [
        (50, 40, "INVOICE"),
        (50, 60, "Invoice number: INV-2025-0041"),
        (50, 72, "Invoice issue date: 05.03.2025"),
        (50, 110, "Seller"),
        (310, 110, "Buyer"),
        (50, 124, "Seller name"),
        (140, 124, "Albrecht Drehteile GmbH"),
        (310, 124, "Buyer name"),
        (400, 124, "Huber Mechanik GmbH"),
        (50, 136, "Address line 1"),
        (140, 136, "Möhringer Straße 41"),
        (310, 136, "Address line 1"),
        (400, 136, "Grabenweg 68"),
        (50, 148, "Post code"),
        (140, 148, "78532"),
        (310, 148, "Post code"),
        (400, 148, "6330"),
        (50, 160, "City"),
        (140, 160, "Tuttlingen"),
        (310, 160, "City"),
        (400, 160, "Kufstein"),
        (50, 172, "Country code"),
        (140, 172, "DE"),
        (310, 172, "Country code"),
        (400, 172, "AT"),
        *ONE_ITEM_AND_TOTALS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "Möhringer Straße 41, 78532 Tuttlingen, DE"


def test_term_numbered_rows_under_a_wrapped_name_give_the_address() -> None:
    rows = [
        (50, 40, "E-Rechnungs-Viewer"),
        (50, 60, "Rechnungsnummer (BT-1) TR-24-118-03"),
        (50, 72, "Rechnungsdatum (BT-2) 28.03.2025"),
        (50, 110, "BG-4 Verkäufer"),
        (50, 124, "Name (BT-27)"),
        (150, 124, "Elektro-Großhandel Rhein-Main"),
        (150, 136, "Kessler GmbH"),
        (50, 148, "Straße (BT-35)"),
        (150, 148, "Sprendlinger Landstraße 140"),
        (50, 160, "PLZ (BT-38)"),
        (150, 160, "63069"),
        (50, 172, "Ort (BT-37)"),
        (150, 172, "Offenbach am Main"),
        (50, 184, "Ländercode (BT-40)"),
        (150, 184, "DE"),
        *ONE_ITEM_AND_TOTALS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "Sprendlinger Landstraße 140, 63069 Offenbach am Main, DE"
