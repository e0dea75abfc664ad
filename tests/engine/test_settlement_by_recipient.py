""" "Abrechnung durch den Leistungsempfänger" (the supply's recipient settles it) words a
German self-billed invoice: the grid operator's letterhead is the buyer's, the addressee who
fed in the power is the seller."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_settlement_by_the_recipient_names_the_addressee_as_seller() -> None:
    texts: list[SizedText] = [
        (430, 40, "Stadtwerke Talhausen", 14),
        (52, 118, "Stadtwerke Talhausen GmbH · Postfach 12 · 53111 Bonn", 7),
        (52, 150, "Anna Vogt", 10),
        (335, 150, "Belegnummer", 9),
        (480, 150, "55120", 9),
        (52, 164, "Ahornweg 4", 10),
        (335, 164, "Belegdatum", 9),
        (480, 164, "18.01.2024", 9),
        (52, 178, "53113 Bonn", 10),
        (52, 250, "Gutschrift Einspeisevergütung 2023", 12),
        (52, 270, "Jahresabrechnung – Abrechnung durch den Leistungsempfänger (Gutschrift)", 9),
        (52, 345, "Anlage", 9),
        (500, 345, "Betrag €", 9),
        (52, 365, "PV-Anlage Dach", 9),
        (500, 365, "500,00", 9),
        (227, 424, "Vergütung netto", 9),
        (500, 424, "500,00", 9),
        (227, 439, "Umsatzsteuer 19 %", 9),
        (500, 439, "95,00", 9),
        (227, 454, "Vergütung brutto", 9),
        (500, 454, "595,00", 9),
        (52, 790, "Stadtwerke Talhausen GmbH", 7),
        (52, 800, "Rheinallee 5 · 53111 Bonn", 7),
        (242, 800, "USt-IdNr.: DE158840322", 7),
    ]
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["document_type"] == "invoice"
    assert fields["seller_name"] == "Anna Vogt"
    assert fields["seller_address"] == "Ahornweg 4, 53113 Bonn"
    assert fields["buyer_name"] == "Stadtwerke Talhausen GmbH"
    assert fields.get("seller_vat_id") is None
