"""A car park's receipt prints the ticket's entry and exit times ("Einfahrt", "Ausfahrt",
"Entrée", "Sortie") before the payment's: the stay's times are not the receipt's date; the
payment's day is."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _narrow_pdf(texts: list[tuple[float, float, str]]) -> bytes:
    """A till slip's narrow page (230 x 410 pt) holding the (x, y-from-top, text) strings."""
    return make_invoice_pdf([texts], size=8, pagesize=(230, 410))


def _ticket(entry: str, leave: str, paid: str) -> list[tuple[float, float, str]]:
    return [
        (60, 60, "Parkhaus Am Markt GmbH"),
        (60, 72, "Marktstraße 5"),
        (60, 84, "04109 Leipzig"),
        (60, 96, "USt-IdNr. DE298765431"),
        (80, 116, "QUITTUNG"),
        (40, 130, "Beleg-Nr."),
        (120, 130, "0991-200417"),
        (40, 142, entry),
        (120, 142, "06.05.2025 18:40"),
        (40, 154, leave),
        (120, 154, "07.05.2025 09:10"),
        (40, 174, "Parkentgelt"),
        (120, 174, "11,00 EUR"),
        (40, 186, "Nettobetrag"),
        (120, 186, "9,24"),
        (40, 198, "MwSt. 19 %"),
        (120, 198, "1,76"),
        (40, 210, "Bezahlt girocard"),
        (120, 210, "11,00 EUR"),
        (60, 226, f"{paid} 07.05.2025 08:55"),
    ]


@pytest.mark.parametrize(
    ("entry", "leave", "paid"),
    [("Einfahrt", "Ausfahrt bis", "Zahlung:"), ("Entrée", "Sortie avant", "Paiement :")],
)
def test_the_payment_dates_a_car_park_receipt(entry: str, leave: str, paid: str) -> None:
    fields = extract_canonical(_narrow_pdf(_ticket(entry, leave, paid)))["fields"]
    assert fields.get("invoice_date") == "2025-05-07"
