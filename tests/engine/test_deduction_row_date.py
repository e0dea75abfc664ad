"""A deduction row among the totals dates the advance or earlier invoice it deducts
("abzüglich Vorschuss lt. Rechnung 2024-00412 vom 12.02.2024"): that date is never the
invoice's; the letter's "Ort, Datum" line is (replaceddates.py, captionplace.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_PAGE = [
    (50, 40, "Kramer Lenz Rechtsanwälte · Jungfernstieg 4 · 20354 Hamburg"),
    (50, 70, "Hafenbau Nord GmbH"),
    (50, 84, "Kaiserkai 12"),
    (50, 98, "20457 Hamburg"),
    (50, 140, "Unser Zeichen: 0311/23 KL/ab"),
    (400, 140, "Hamburg, 14.05.2024"),
    (50, 156, "Rechnungsnummer: 2024-00871"),
    (50, 180, "Kostennote"),
    (50, 210, "Datum"),
    (120, 210, "Tätigkeit"),
    (380, 210, "Std."),
    (430, 210, "Satz"),
    (500, 210, "Betrag €"),
    (50, 228, "02.04.2024"),
    (120, 228, "Durchsicht Klageerwiderung"),
    (382, 228, "2,00"),
    (430, 228, "300,00"),
    (505, 228, "600,00"),
    (120, 260, "Honorar netto"),
    (505, 260, "600,00"),
    (120, 274, "19 % Umsatzsteuer"),
    (505, 274, "114,00"),
    (120, 288, "Gesamtbetrag"),
    (505, 288, "714,00"),
    (120, 302, "abzüglich Vorschuss lt. Rechnung 2024-00412 vom 12.02.2024"),
    (500, 302, "-300,00"),
    (120, 316, "Noch zu zahlender Betrag"),
    (505, 316, "414,00"),
]


def test_date_of_a_deducted_advance_is_no_invoice_date() -> None:
    fields = extract_canonical(make_invoice_pdf([_PAGE]), use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2024-05-14"
