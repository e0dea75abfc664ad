"""A self-billed invoice's buyer pays its supplier the invoice total less what it deducts
(instalments already paid, a van's hire, a levy): the sum under "Guthaben zu Ihren Gunsten"
or "Net payment to you" below the total is the amount due."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    return fields


def test_credit_in_your_favour_after_instalments_is_due() -> None:
    fields = _fields(
        [
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
            (227, 469, "abzüglich geleistete Abschlagszahlungen (12 × 40,00 €)", 9),
            (500, 469, "-480,00", 9),
            (227, 484, "Guthaben zu Ihren Gunsten", 9),
            (500, 484, "115,00 €", 9),
        ]
    )
    assert fields["total_amount"] == 595.0
    assert fields["amount_due"] == 115.0


def test_net_payment_to_you_after_deductions_is_due() -> None:
    fields = _fields(
        [
            (44, 31, "fastlane", 16),
            (396, 31, "Self-Billing Invoice", 12),
            (400, 100, "Invoice no.", 9),
            (498, 100, "SB-1120", 9),
            (400, 112, "Invoice date", 9),
            (498, 112, "10/06/2024", 9),
            (49, 198, "Service", 9),
            (515, 198, "Net", 9),
            (49, 220, "Standard route day", 9),
            (515, 220, "£500.00", 9),
            (352, 314, "Net total", 9),
            (510, 314, "£500.00", 9),
            (352, 331, "VAT @ 20%", 9),
            (510, 331, "£100.00", 9),
            (352, 348, "Invoice total", 9),
            (510, 348, "£600.00", 9),
            (49, 388, "Payment summary", 9),
            (49, 405, "Invoice total (above)", 9),
            (510, 405, "£600.00", 9),
            (49, 419, "Less: van hire, 5 days – separate invoice VH-104", 9),
            (510, 419, "-£200.00", 9),
            (49, 452, "Net payment to you", 9),
            (510, 452, "£400.00", 9),
        ]
    )
    assert fields["total_amount"] == 600.0
    assert fields["amount_due"] == 400.0
