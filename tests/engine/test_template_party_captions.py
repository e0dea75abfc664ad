"""Party captions of invoice templates ("Invoice for" / "Payable to", "Issued to:" / "From:"
over a block of the address alone, "Ship to") and the Swiss QR-bill's payee and payer."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_ITEMS = [
    (57, 362, "Description"),
    (354, 362, "Qty"),
    (413, 362, "Unit price"),
    (510, 362, "Total price"),
    (57, 384, "Website redesign"),
    (364, 384, "1"),
    (418, 384, "1,200.00"),
    (510, 384, "1,200.00"),
    (419, 420, "Subtotal"),
    (510, 420, "1,200.00"),
    (419, 434, "Tax (13%)"),
    (510, 434, "156.00"),
    (419, 448, "Total due"),
    (510, 448, "1,356.00"),
]


def test_invoice_for_heads_the_buyer_and_payable_to_the_seller() -> None:
    rows = [
        (57, 50, "Northern Loon Web Studio"),
        (57, 75, "412 Queen St W, Suite 3"),
        (57, 88, "Toronto, ON M5V 2A8"),
        (57, 137, "Invoice"),
        (57, 220, "Invoice for"),
        (227, 220, "Payable to"),
        (397, 220, "Invoice #"),
        (57, 236, "Beacon & Birch Home Goods Inc."),
        (227, 236, "Northern Loon Web Studio"),
        (398, 236, "NL-0318"),
        (57, 250, "88 Dundas St E"),
        (57, 263, "Mississauga, ON L5A 1W4"),
        *_ITEMS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Northern Loon Web Studio"
    assert fields["buyer_name"] == "Beacon & Birch Home Goods Inc."


def test_a_from_block_of_the_address_alone_leaves_the_name_to_the_header() -> None:
    rows = [
        (95, 60, "Maisie Calloway"),
        (81, 75, "Illustration & Lettering"),
        (400, 60, "Invoice No. 024"),
        (400, 75, "Date: 03/02/2025"),
        (57, 140, "ISSUED TO:"),
        (300, 140, "FROM:"),
        (57, 155, "Hopscotch Books Ltd"),
        (300, 155, "Flat 2, 19 Gloucester Road"),
        (57, 168, "5 Wapping Wharf"),
        (300, 168, "Bristol BS7 8AA"),
        (57, 181, "Bristol BS1 4RW"),
        *_ITEMS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Hopscotch Books Ltd"
    assert fields["seller_name"] == "Maisie Calloway"


def test_a_ship_to_company_is_never_the_seller() -> None:
    rows = [
        (62, 56, "INVOICE"),
        (56, 92, "1420 N Milwaukee Ave"),
        (232, 92, "INVOICE #"),
        (317, 92, "DATE"),
        (56, 108, "Chicago, IL 60622"),
        (232, 108, "10482"),
        (317, 108, "2/7/2025"),
        (56, 156, "BILL TO"),
        (379, 156, "SHIP TO"),
        (56, 172, "Wicker Park Brewing Co."),
        (379, 172, "Wicker Park Brewing Co. – Taproom"),
        (56, 188, "1855 W North Ave"),
        (379, 188, "2019 W Division St"),
        (56, 204, "Chicago, IL 60622"),
        (379, 204, "Chicago, IL 60622"),
        *_ITEMS,
        (218, 616, "Make all checks payable to Kestrel Print Co."),
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Wicker Park Brewing Co."
    assert "Wicker" not in (fields["seller_name"] or "")


def test_qr_bill_payee_and_payer() -> None:
    rows = [
        (58, 104, "Obertal Molkerei AG"),
        (58, 114, "Dorfstrasse 31"),
        (58, 124, "3555 Trubschachen"),
        (58, 227, "Rechnung"),
        (58, 255, "Rechnungs-Nr. 2025-11873"),
        (58, 267, "Datum 28.02.2025"),
        (60, 317, "Artikel"),
        (316, 317, "Menge"),
        (405, 317, "Preis"),
        (489, 317, "Betrag CHF"),
        (60, 333, "Emmentaler mild"),
        (323, 333, "12"),
        (406, 333, "18.90"),
        (509, 333, "226.80"),
        (290, 423, "Total netto 226.80"),
        (290, 436, "MWST 2.6% 5.90"),
        (290, 461, "Total CHF 232.70"),
        (15, 560, "Empfangsschein"),
        (191, 560, "Zahlteil"),
        (336, 560, "Konto / Zahlbar an"),
        (336, 572, "CH26 0076 7000 K541 2789 6"),
        (336, 582, "Obertal Molkerei AG"),
        (336, 591, "Dorfstrasse 31"),
        (336, 601, "3555 Trubschachen"),
        (336, 659, "Zahlbar durch"),
        (336, 670, "Restaurant Sternen"),
        (336, 683, "Hauptgasse 5"),
        (336, 692, "3600 Thun"),
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Obertal Molkerei AG"
    assert fields["buyer_name"] == "Restaurant Sternen"


def test_single_glyphs_over_the_header_name_are_no_name() -> None:
    rows = [
        (135, 30, "Z 2 0 0 m"),
        (95, 60, "Maisie Calloway"),
        (81, 75, "Illustration & Lettering"),
        (400, 60, "Invoice No. 024"),
        (400, 75, "Date: 03/02/2025"),
        (57, 140, "ISSUED TO:"),
        (57, 155, "Hopscotch Books Ltd"),
        (57, 168, "5 Wapping Wharf"),
        (57, 181, "Bristol BS1 4RW"),
        *_ITEMS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Maisie Calloway"
