"""A carrier's or web shop's payment receipt numbered by its order alone ("Ordernummer") and
dated by its purchase ("Aankoopdatum", "Kaufdatum"): the order's number and the day of
purchase are the receipt's own, where no invoice caption names others."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _receipt(number_caption: str, date_caption: str) -> list[tuple[float, float, str]]:
    return [
        (50, 40, "Betaalbewijs"),
        (50, 70, "Reisdatum"),
        (150, 70, "woensdag 9 april 2025"),
        (50, 100, number_caption),
        (150, 100, "5512 0093 41"),
        (50, 114, date_caption),
        (150, 114, "08-04-2025 21:17"),
        (50, 150, "Omschrijving"),
        (330, 150, "Btw"),
        (450, 150, "Bedrag"),
        (50, 166, "Dagretour 2e klas Utrecht - Zwolle"),
        (330, 166, "9%"),
        (450, 166, "€ 32,70"),
        (330, 190, "Totaalprijs (incl. btw)"),
        (450, 190, "€ 32,70"),
        (330, 204, "Bedrag excl. btw"),
        (450, 204, "€ 30,00"),
        (330, 218, "Waarvan btw 9%"),
        (450, 218, "€ 2,70"),
        (
            50,
            780,
            "Spoorlijn Vervoer B.V. · Stationsweg 4 · 8011 CZ Zwolle · btw-nummer NL812345678B01",
        ),
    ]


@pytest.mark.parametrize(
    ("number_caption", "date_caption"),
    [("Ordernummer", "Aankoopdatum"), ("Bestellnummer", "Kaufdatum")],
)
def test_order_number_and_purchase_date_of_a_payment_receipt(
    number_caption: str, date_caption: str
) -> None:
    fields = extract_canonical(make_invoice_pdf([_receipt(number_caption, date_caption)]))["fields"]
    assert fields.get("invoice_number") == "5512 0093 41"
    assert fields.get("invoice_date") == "2025-04-08"
