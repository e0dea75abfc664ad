"""A self-billed invoice ("Gutschrift im Gutschriftsverfahren", § 14 Abs. 2 Satz 2 UStG;
"self-billed invoice", "autofacturation", "autofattura"; EN 16931 type 389) is issued by
the buyer on the supplier's behalf: the letterhead is the buyer's and the addressee is the
seller. The document is an invoice, not a credit note. Where captions name the roles
("Verkäufer", "Käufer"), they stand; a plain "Gutschrift" swaps nothing."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(subtitle: str) -> list[SizedText]:
    return [
        (420, 40, "NORDVERLAG", 14),
        (70, 110, "Nordverlag GmbH · Hafenstraße 9 · 20457 Hamburg", 7),
        (350, 125, "Gutschrift-Nr.", 9),
        (450, 125, "GU-2024-0088", 9),
        (70, 140, "Grafikatelier Brandt", 10),
        (350, 140, "Datum", 9),
        (450, 140, "06.05.2024", 9),
        (70, 154, "Holtenauer Straße 40", 10),
        (350, 154, "Lieferanten-Nr.", 9),
        (450, 154, "70415", 9),
        (70, 168, "24105 Kiel", 10),
        (350, 168, "Ihre USt-IdNr.", 9),
        (450, 168, "DE264931704", 9),
        (70, 220, "Gutschrift", 14),
        (70, 238, subtitle, 9),
        (70, 280, "Leistung", 9),
        (460, 280, "Betrag", 9),
        (70, 296, "Illustrationen Frühjahrsprogramm", 9),
        (460, 296, "1.000,00 €", 9),
        (350, 330, "Summe netto", 9),
        (460, 330, "1.000,00 €", 9),
        (350, 344, "Umsatzsteuer 19 %", 9),
        (460, 344, "190,00 €", 9),
        (350, 358, "Gutschriftsbetrag", 9),
        (460, 358, "1.190,00 €", 9),
        (70, 760, "Nordverlag GmbH", 7),
        (250, 760, "AG Hamburg HRB 66120", 7),
        (70, 770, "Hafenstraße 9, 20457 Hamburg", 7),
        (250, 770, "USt-IdNr. DE158840322", 7),
    ]


def _fields(subtitle: str) -> dict[str, Any]:
    pdf = make_sized_pdf(_page(subtitle))
    fields: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)["fields"]
    return fields


def test_self_billed_invoice_names_the_addressee_as_seller() -> None:
    fields = _fields("Abrechnung im Gutschriftsverfahren gemäß § 14 Abs. 2 Satz 2 UStG")
    assert fields["document_type"] == "invoice"
    assert fields["seller_name"] == "Grafikatelier Brandt"
    assert fields["seller_vat_id"] == "DE264931704"
    assert fields["seller_address"] == "Holtenauer Straße 40, 24105 Kiel"
    assert fields["buyer_name"] == "Nordverlag GmbH"
    assert fields["buyer_vat_id"] == "DE158840322"


def test_plain_credit_note_keeps_the_letterhead_as_seller() -> None:
    fields = _fields("Preiskorrektur zu Ihrer Bestellung")
    assert fields["document_type"] == "credit_note"
    assert fields["seller_name"] == "Nordverlag GmbH"
    assert fields["buyer_name"] == "Grafikatelier Brandt"


def test_captioned_roles_of_a_self_billed_invoice_stand() -> None:
    texts: list[SizedText] = [
        (70, 60, "Gutschrift (Selbst ausgestellte Rechnung) Nr. 471102 vom 05.03.2018", 10),
        (70, 90, "Verkäufer", 10),
        (70, 104, "Name:", 9),
        (200, 104, "Lieferant GmbH", 9),
        (70, 118, "Anschrift:", 9),
        (200, 118, "Lieferantenstraße 20", 9),
        (200, 132, "80333 München", 9),
        (70, 160, "Käufer", 10),
        (70, 174, "Name:", 9),
        (200, 174, "Kunden AG Mitte", 9),
        (70, 188, "Anschrift:", 9),
        (200, 188, "Kundenstraße 15", 9),
        (200, 202, "69876 Frankfurt", 9),
        (70, 260, "Beschreibung", 9),
        (460, 260, "Betrag", 9),
        (70, 276, "Trennblätter A4", 9),
        (460, 276, "198,00", 9),
        (350, 310, "Summe netto", 9),
        (460, 310, "198,00", 9),
        (350, 324, "Umsatzsteuer 19 %", 9),
        (460, 324, "37,62", 9),
        (350, 338, "Gesamtbetrag", 9),
        (460, 338, "235,62", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["document_type"] == "invoice"
    assert fields["seller_name"] == "Lieferant GmbH"
    assert fields["buyer_name"] == "Kunden AG Mitte"
