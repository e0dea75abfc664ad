"""Hotel folios: charges and payments in two columns ("Belastung | Entlastung", as "Soll |
Haben"), the posting's date in a column of its own under "Datum" (never the item's text, even
where the text column has no caption the reader knows), and a deposit paid in advance posted
among the charges, the invoice's amount and the payments deducted captioned under them."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _items(page: list[tuple[float, float, str]]) -> list[tuple[object, object]]:
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return [(i["description"], i["amount"]) for i in result["line_items"]]


def _head() -> list[tuple[float, float, str]]:
    return [
        (60, 60, "Hotel Beispiel GmbH"),
        (60, 74, "Seeweg 4, 10115 Berlin"),
        (350, 100, "Rechnung Nr."),
        (450, 100, "2024/5501"),
        (350, 114, "Datum"),
        (450, 114, "15.03.2024"),
    ]


def test_a_payment_under_an_entlastung_column_is_no_item() -> None:
    page = [
        *_head(),
        (60, 200, "Datum"),
        (130, 200, "Beschreibung"),
        (310, 200, "Anz."),
        (350, 200, "Einzelpreis"),
        (425, 200, "Belastung"),
        (490, 200, "Entlastung"),
        (60, 218, "11.03.2024"),
        (130, 218, "Übernachtung Einzelzimmer"),
        (318, 218, "1"),
        (360, 218, "149,00"),
        (440, 218, "149,00"),
        (60, 232, "11.03.2024"),
        (130, 232, "Frühstücksbuffet"),
        (318, 232, "1"),
        (365, 232, "24,00"),
        (445, 232, "24,00"),
        (60, 246, "12.03.2024"),
        (130, 246, "VISA XXXXXXXXXXXX4417"),
        (505, 246, "173,00"),
        (130, 266, "Summe"),
        (440, 266, "173,00"),
        (505, 266, "173,00"),
        (130, 280, "Saldo"),
        (505, 280, "0,00 EUR"),
    ]
    assert _items(page) == [("Übernachtung Einzelzimmer", 149.0), ("Frühstücksbuffet", 24.0)]


def test_a_posting_date_under_the_date_caption_is_no_part_of_the_text() -> None:
    # "Text" names no column the reader knows: the text's column runs from the page's edge,
    # over the dates under "Datum".
    page = [
        *_head(),
        (72, 200, "Datum"),
        (134, 200, "Text"),
        (300, 200, "Anzahl"),
        (380, 200, "Preis"),
        (430, 200, "Belastung"),
        (490, 200, "Gutschrift"),
        (72, 218, "02.03.2024"),
        (134, 218, "Logis Doppelzimmer"),
        (330, 218, "1"),
        (382, 218, "310.00"),
        (445, 218, "310.00"),
        (72, 232, "02.03.2024"),
        (134, 232, "Kurtaxe"),
        (330, 232, "1"),
        (390, 232, "3.50"),
        (453, 232, "3.50"),
        (72, 246, "03.03.2024"),
        (134, 246, "American Express ***1005"),
        (500, 246, "-313.50"),
        (134, 266, "Total"),
        (445, 266, "313.50"),
        (500, 266, "-313.50"),
    ]
    assert _items(page) == [("Logis Doppelzimmer", 310.0), ("Kurtaxe", 3.5)]


def test_a_deposit_and_the_invoice_amount_under_the_charges_are_no_items() -> None:
    page = [
        *_head(),
        (72, 200, "Datum"),
        (134, 200, "Leistung"),
        (330, 200, "Anz."),
        (380, 200, "Preis"),
        (460, 200, "Betrag EUR"),
        (72, 218, "20.02."),
        (134, 218, "Halbpension Doppelzimmer"),
        (335, 218, "2"),
        (380, 218, "148,00"),
        (470, 218, "296,00"),
        (72, 232, "20.02."),
        (134, 232, "Ortstaxe"),
        (335, 232, "2"),
        (385, 232, "3,00"),
        (478, 232, "6,00"),
        (72, 246, "12.01."),
        (134, 246, "Anzahlung Überweisung"),
        (465, 246, "-100,00"),
        (72, 260, "21.02."),
        (134, 260, "Mastercard ****8812"),
        (465, 260, "-202,00"),
        (134, 280, "Rechnungsbetrag"),
        (470, 280, "302,00"),
        (134, 294, "abzüglich Zahlungen"),
        (465, 294, "-302,00"),
        (134, 308, "Saldo EUR"),
        (478, 308, "0,00"),
    ]
    assert _items(page) == [("Halbpension Doppelzimmer", 296.0), ("Ortstaxe", 6.0)]
