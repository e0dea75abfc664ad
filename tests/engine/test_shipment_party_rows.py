"""A shipment's sender among its shipping rows ("Afzender | : ..." over "Ontvanger" and "B/L
nr.", "From: SHANGHAI, CHINA | To: ..." over "B/L No."): the goods' consignor or the route's
origin, never the invoice's issuer; the letterhead names the seller."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.shipmentrows import in_shipment_rows

from .conftest import make_invoice_pdf


def test_a_forwarders_shipment_block_leaves_the_letterhead_the_seller() -> None:
    rows = [
        (60, 40, "Hoekstra Transport & Douane B.V."),
        (380, 40, "Industrieweg 7"),
        (380, 52, "4762 AD Zevenbergen"),
        (60, 110, "FACTUUR"),
        (340, 110, "Factuurnummer 88031"),
        (340, 122, "Factuurdatum 11-02-2025"),
        (60, 140, "Brandt Maschinenbau AG"),
        (60, 152, "Hafenstraße 4"),
        (60, 164, "28217 Bremen"),
        (60, 230, "ZENDINGGEGEVENS"),
        (60, 248, "Afzender"),
        (120, 248, ": Qingdao Sunrise Valves Co., Ltd."),
        (340, 248, "Qingdao, CN"),
        (60, 258, "Ontvanger"),
        (120, 258, ": Brandt Maschinenbau AG, Bremen, DE"),
        (60, 268, "B/L nr."),
        (120, 268, ": OOLU2231987650"),
        (60, 330, "Omschrijving"),
        (330, 330, "Aantal"),
        (400, 330, "Tarief"),
        (480, 330, "Bedrag"),
        (60, 345, "Zeevracht Qingdao - Rotterdam"),
        (330, 345, "1"),
        (400, 345, "1.800,00"),
        (480, 345, "1.800,00"),
        (340, 380, "Totaal excl. BTW 1.800,00"),
        (340, 392, "Te betalen 1.800,00"),
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Hoekstra Transport & Douane B.V."
    assert fields["seller_address"] == "Industrieweg 7, 4762 AD Zevenbergen"


def test_a_routes_origin_is_no_seller() -> None:
    rows = [
        (120, 40, "WENZHOU DALI FITTINGS CO., LTD."),
        (120, 56, "No. 17 Binhai Avenue, Longwan District, Wenzhou, Zhejiang 325000, China"),
        (200, 90, "COMMERCIAL INVOICE"),
        (60, 120, "Buyer:"),
        (340, 120, "Invoice No.: WD-2502-11"),
        (60, 132, "NORDVENT AB"),
        (340, 132, "Date: 2025-02-03"),
        (60, 144, "Industrigatan 9"),
        (60, 156, "21616 Limhamn, Sweden"),
        (60, 200, "From: WENZHOU, CHINA"),
        (200, 200, "To: GOTHENBURG, SWEDEN"),
        (60, 210, "B/L No.: HLCU8812340011"),
        (200, 210, "ETD: 2025-02-10"),
        (60, 260, "Description"),
        (300, 260, "Quantity"),
        (380, 260, "Unit Price"),
        (470, 260, "Amount"),
        (60, 275, "Brass ball valve DN25"),
        (300, 275, "1,000"),
        (380, 275, "3.20"),
        (470, 275, "3,200.00"),
        (380, 310, "TOTAL: USD 3,200.00"),
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "WENZHOU DALI FITTINGS CO., LTD."
    assert fields["seller_address"] == (
        "No. 17 Binhai Avenue, Longwan District, Wenzhou, Zhejiang 325000, China"
    )


def test_sender_and_receiver_without_shipping_rows_stay_the_parties() -> None:
    rows = [
        (60, 100, "Absender:"),
        (300, 100, "Empfänger:"),
        (60, 112, "Kaltenbach Werkzeuge GmbH"),
        (300, 112, "Sommer Bau KG"),
        (60, 124, "Lindenweg 3"),
        (300, 124, "Ringstraße 40"),
        (60, 136, "70173 Stuttgart"),
        (300, 136, "80331 München"),
        (60, 180, "Rechnung Nr. 2025-118"),
        (60, 192, "Datum: 03.03.2025"),
        (60, 240, "Pos"),
        (100, 240, "Bezeichnung"),
        (400, 240, "Betrag"),
        (60, 255, "1"),
        (100, 255, "Bohrer-Set"),
        (400, 255, "100,00"),
        (300, 290, "Gesamt: 119,00"),
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Kaltenbach Werkzeuge GmbH"


def test_shipping_captions_are_told_from_other_rows() -> None:
    rows = [(60, 100, "From: Rotterdam"), (60, 110, "Vessel/Voy.: EVER GIVEN 12E")]
    pdf = make_invoice_pdf([[*rows, (60, 200, "Afzender:")]])
    lines = build_lines(read_for_canonical(pdf).texts[0])
    assert in_shipment_rows(lines, 0)
    assert not in_shipment_rows(lines, 2)
