"""A fleet insurer's premium bill ("Sparte | Fzg. | Beitrag je Fzg. | Jahresbeitrag" over
"Jahresnettobeitrag" and "Jahresbeitrag inkl. VersSt"), a cancelling invoice titled
"Stornorechnung", and the customer's VAT ID captioned "USt-IdNr. Kunde" in the info grid
under the letterhead, away from the buyer's address block."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_LETTERHEAD = [
    (60, 60, "Westfalia Versicherungsverein a.G."),
    (60, 72, "Hafenweg 9"),
    (60, 84, "48155 Münster"),
    (340, 130, "Brauerei Lindemann KG"),
    (340, 142, "Am Kessel 4"),
    (340, 154, "33602 Bielefeld"),
    (60, 210, "Beitragsrechnung"),
    (160, 210, "BR-7731-2024"),
    (60, 222, "Datum"),
    (160, 222, "14.02.2024"),
]


def _extract(page: list[tuple[float, float, str]]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return result


def test_fleet_premium_columns_and_premium_totals() -> None:
    result = _extract(
        [
            *_LETTERHEAD,
            (60, 300, "Sparte"),
            (300, 300, "Fzg."),
            (360, 300, "Beitrag je Fzg."),
            (480, 300, "Jahresbeitrag"),
            (60, 318, "Kfz-Haftpflicht"),
            (305, 318, "6"),
            (370, 318, "410,00"),
            (485, 318, "2.460,00"),
            (60, 330, "6 Fahrzeuge lt. Anlage"),
            (60, 346, "Teilkasko SB 300 EUR"),
            (305, 346, "4"),
            (370, 346, "95,50"),
            (490, 346, "382,00"),
            (300, 390, "Jahresnettobeitrag"),
            (470, 390, "2.842,00 €"),
            (300, 404, "Versicherungsteuer 19 %"),
            (478, 404, "539,98 €"),
            (300, 418, "Jahresbeitrag inkl. VersSt"),
            (470, 418, "3.381,98 €"),
        ]
    )
    rows = [(i["quantity"], i["unit_price"], i["amount"]) for i in result["line_items"]]
    assert rows == [(6.0, 410.0, 2460.0), (4.0, 95.5, 382.0)]
    assert result["line_items"][0]["description"].startswith("Kfz-Haftpflicht")
    assert result["fields"]["net_amount"] == 2842.0
    assert result["fields"]["total_amount"] == 3381.98


def test_a_cancelling_invoice_is_a_credit_note() -> None:
    result = _extract(
        [
            (60, 60, "Brandt Veranstaltungstechnik GmbH"),
            (60, 72, "Werkstraße 3, 34117 Kassel"),
            (60, 140, "Hotel Fulda-Aue GmbH"),
            (60, 152, "Auestraße 22"),
            (60, 164, "34121 Kassel"),
            (360, 140, "Storno-Nr."),
            (440, 140, "SR-24-0042"),
            (360, 152, "Datum"),
            (440, 152, "07.05.2024"),
            (360, 164, "zu Rechnung"),
            (440, 164, "RE-24-0388"),
            (60, 240, "Stornorechnung SR-24-0042"),
            (60, 262, "Hiermit stornieren wir unsere Rechnung RE-24-0388 vollständig."),
            (50, 300, "Pos."),
            (100, 300, "Bezeichnung"),
            (330, 300, "Menge"),
            (400, 300, "Preis"),
            (480, 300, "Betrag"),
            (50, 320, "1"),
            (100, 320, "Beschallung Saal"),
            (330, 320, "1"),
            (400, 320, "-500,00"),
            (480, 320, "-500,00"),
            (380, 360, "Nettobetrag: -500,00"),
            (380, 375, "USt 19%: -95,00"),
            (380, 390, "Storno-Gesamtbetrag: -595,00"),
        ]
    )
    assert result["fields"]["document_type"] == "credit_note"


def test_customer_vat_id_in_the_info_grid_is_the_buyers() -> None:
    result = _extract(
        [
            (60, 60, "Mühlenbäckerei Vogt GmbH"),
            (60, 72, "Kornweg 7"),
            (60, 84, "79098 Freiburg"),
            (340, 130, "Café Rosental OHG"),
            (340, 142, "Rosenstraße 11"),
            (340, 154, "04105 Leipzig"),
            (60, 210, "Rechnung Nr."),
            (160, 210, "88314"),
            (60, 222, "Rechnungsdatum"),
            (160, 222, "03.06.2024"),
            (60, 234, "Kundennummer"),
            (160, 234, "K-5520"),
            (60, 246, "USt-IdNr. Kunde"),
            (160, 246, "DE271828182"),
            (50, 300, "Pos."),
            (100, 300, "Bezeichnung"),
            (330, 300, "Menge"),
            (400, 300, "Preis"),
            (480, 300, "Betrag"),
            (50, 320, "1"),
            (100, 320, "Roggenbrot 1 kg"),
            (330, 320, "40"),
            (400, 320, "3,00"),
            (480, 320, "120,00"),
            (380, 360, "Nettobetrag: 120,00"),
            (380, 375, "USt 7%: 8,40"),
            (380, 390, "Gesamtbetrag: 128,40"),
            (60, 780, "Mühlenbäckerei Vogt GmbH · USt-IdNr. DE314159265"),
        ]
    )
    assert result["fields"]["buyer_vat_id"] == "DE271828182"
    assert result["fields"]["seller_vat_id"] == "DE314159265"
