"""Swiss invoices: a family attention line inside the buyer's block (readerlines.py), the
rounding to the coin after a deposit's remainder (depositremainder.py), and the account kept
in the billed currency among those a footer names per currency (currencyaccounts.py)."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _family_page(reader: str) -> list[tuple[float, float, str]]:
    return [
        (350, 40, "Malerei Brunner AG"),
        (350, 54, "Seestrasse 12, 6300 Zug"),
        (50, 80, "Malerei Brunner AG · Seestrasse 12 · 6300 Zug"),
        (50, 100, "Hotel Bergblick"),
        (350, 100, "Rechnung Nr."),
        (450, 100, "RE-2026-114"),
        (50, 114, reader),
        (350, 114, "Datum"),
        (450, 114, "09.03.2026"),
        (50, 128, "Bergweg 7"),
        (50, 142, "6390 Engelberg"),
        (50, 200, "Beschreibung"),
        (480, 200, "Betrag"),
        (50, 218, "Malerarbeiten Gaststube"),
        (480, 218, "1'000.00"),
        (380, 250, "Total exkl. MWST"),
        (480, 250, "1'000.00"),
        (380, 264, "MWST 8.1 %"),
        (486, 264, "81.00"),
        (380, 278, "Total inkl. MWST"),
        (480, 278, "1'081.00"),
    ]


@pytest.mark.parametrize(
    "reader",
    ["Familie Amrein", "Famille Rochat", "Famiglia Bernasconi", "Fam. Amrein", "The Amrein family"],
)
def test_family_line_is_no_address_part(reader: str) -> None:
    pdf = make_invoice_pdf([_family_page(reader)])
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Hotel Bergblick"
    assert fields["buyer_address"] == "Bergweg 7, 6390 Engelberg"


def _deposit_page() -> list[tuple[float, float, str]]:
    return [
        (350, 40, "Sanitär Keller AG"),
        (350, 54, "Bahnhofstrasse 3, 8001 Zürich"),
        (50, 80, "Sanitär Keller AG · Bahnhofstrasse 3 · 8001 Zürich"),
        (50, 100, "Wohnbau Limmat GmbH"),
        (350, 100, "Rechnung Nr."),
        (450, 100, "R-2026-0200"),
        (50, 114, "Limmatstrasse 40"),
        (350, 114, "Datum"),
        (450, 114, "12.03.2026"),
        (50, 128, "8005 Zürich"),
        (50, 200, "Beschreibung"),
        (480, 200, "Betrag"),
        (50, 218, "Boilerersatz"),
        (480, 218, "6'914.60"),
        (280, 250, "Total exkl. MWST"),
        (480, 250, "6'914.60"),
        (280, 264, "MWST 8.1 %"),
        (486, 264, "560.08"),
        (280, 278, "Total inkl. MWST"),
        (480, 278, "7'474.68"),
        (280, 292, "./. Akontozahlung vom 20.01.2026"),
        (478, 292, "-3'000.00"),
        (280, 306, "Restbetrag"),
        (480, 306, "4'474.68"),
        (280, 320, "Rundungsdifferenz"),
        (490, 320, "0.02"),
        (280, 334, "Zahlbetrag CHF"),
        (480, 334, "4'474.70"),
    ]


def test_rounding_after_deposit_remainder_is_due() -> None:
    fields = extract_canonical(make_invoice_pdf([_deposit_page()]), use_einvoice=False)["fields"]
    assert fields["total_amount"] == pytest.approx(7474.68)
    assert fields["amount_due"] == pytest.approx(4474.70)


def _accounts_page(first: str, second: str) -> list[tuple[float, float, str]]:
    return [
        (350, 40, "Feinmechanik Rhein AG"),
        (350, 54, "Rheinweg 8, 4058 Basel"),
        (50, 80, "Feinmechanik Rhein AG · Rheinweg 8 · 4058 Basel"),
        (50, 100, "Antriebe Süd GmbH"),
        (350, 100, "Rechnung Nr."),
        (450, 100, "90-26-0300"),
        (50, 114, "Industriestraße 9"),
        (350, 114, "Datum"),
        (450, 114, "12.03.2026"),
        (50, 128, "70565 Stuttgart"),
        (350, 128, "Währung"),
        (450, 128, "EUR"),
        (50, 200, "Beschreibung"),
        (480, 200, "Betrag EUR"),
        (50, 218, "Spindelgehäuse"),
        (480, 218, "1'000.00"),
        (330, 250, "Nettobetrag"),
        (480, 250, "1'000.00"),
        (330, 264, "MWST 0 % (Ausfuhr)"),
        (490, 264, "0.00"),
        (330, 278, "Rechnungsbetrag EUR"),
        (480, 278, "1'000.00"),
        (50, 760, "Feinmechanik Rhein AG"),
        (330, 760, first),
        (50, 770, "Rheinweg 8"),
        (330, 770, second),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("CHF-Konto: CH49 0070 0110 0054 8372 1", "EUR-Konto: CH93 0070 0110 0054 8380 2"),
        ("Konto CHF: CH49 0070 0110 0054 8372 1", "Konto EUR: CH93 0070 0110 0054 8380 2"),
        ("Compte CHF CH49 0070 0110 0054 8372 1", "Compte EUR CH93 0070 0110 0054 8380 2"),
        ("CHF account CH49 0070 0110 0054 8372 1", "EUR account CH93 0070 0110 0054 8380 2"),
    ],
)
def test_uncaptioned_account_in_billed_currency(first: str, second: str) -> None:
    pdf = make_invoice_pdf([_accounts_page(first, second)])
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["currency"] == "EUR"
    assert fields["iban"] == "CH9300700110005483802"
