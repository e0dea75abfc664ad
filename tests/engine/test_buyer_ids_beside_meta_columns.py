"""The buyer's VAT ID where a meta column shares the header's rows: under the window's address
set off by a blank line, with the invoice's details at its right (seller_vat.py), and after
an abbreviated possessive caption ("Vs. n. IVA", Italian "vostro", buyervat.py); the seller's
own ID then stands only in the footer or the closing sentence."""

from __future__ import annotations

import pytest

from .conftest import ONE_ITEM_AND_TOTALS, Page, header_values


def test_id_set_off_under_the_window_beside_the_details_column_is_the_buyers() -> None:
    page: Page = [
        (400, 40, "Feinmechanik Aare AG"),
        (400, 52, "Industrieweg 12"),
        (400, 64, "CH-5000 Aarau"),
        (50, 80, "Feinmechanik Aare AG · Industrieweg 12 · CH-5000 Aarau"),
        (50, 100, "Brenner Hydraulik GmbH"),
        (330, 100, "RECHNUNG"),
        (50, 113, "Einkauf"),
        (330, 118, "Rechnungs-Nr."),
        (430, 118, "RE-77-0412"),
        (50, 126, "Hafenstraße 8"),
        (330, 130, "Rechnungsdatum"),
        (430, 130, "12.03.2026"),
        (50, 139, "28217 Bremen"),
        (330, 139, "Ihre Bestellung"),
        (430, 139, "PO-5531"),
        (50, 152, "DEUTSCHLAND"),
        (330, 152, "Lieferschein"),
        (430, 152, "LS-8812"),
        (330, 164, "Lieferbedingung"),
        (430, 164, "DAP Bremen"),
        (50, 175, "USt-IdNr.: DE271828180"),
        (330, 175, "Zahlungsbedingung"),
        (430, 175, "30 Tage netto"),
        (330, 187, "Fällig am"),
        (430, 187, "11.04.2026"),
        *ONE_ITEM_AND_TOTALS,
        (50, 780, "Feinmechanik Aare AG"),
        (200, 780, "UID CHE-141.421.351 MWST"),
        (380, 780, "Aargauische Kantonalbank"),
    ]
    fields = header_values(page)
    assert fields["seller_vat_id"] == "CHE141421351"
    assert fields["buyer_vat_id"] == "DE271828180"


@pytest.mark.parametrize("caption", ["Vs. n. IVA", "Vs. P.IVA"])
def test_italian_abbreviated_your_caption_marks_the_buyers_id(caption: str) -> None:
    page: Page = [
        (230, 40, "Albergo Bellavista"),
        (140, 70, "Via al Lago 5 · 6900 Lugano · Tel. 091 922 11 00"),
        (50, 110, "Fattura n."),
        (130, 110, "BV-26-0031"),
        (330, 110, "Intestata a:"),
        (50, 123, "Data"),
        (130, 123, "12.03.2026"),
        (330, 123, "Viaggi Ticino SA"),
        (50, 136, "Scadenza"),
        (130, 136, "11.04.2026"),
        (330, 136, "Via Cantonale 14"),
        (50, 149, caption),
        (130, 149, "CHE-314.159.269 MWST"),
        (330, 149, "6500 Bellinzona"),
        *ONE_ITEM_AND_TOTALS,
        (50, 420, "Pagabile entro 30 giorni netti. N. IVA CHE-173.205.082 IVA · Grazie!"),
    ]
    fields = header_values(page)
    assert fields["seller_vat_id"] == "CHE173205082"
    assert fields["buyer_vat_id"] == "CHE314159269"
