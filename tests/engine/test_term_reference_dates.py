"""An invoice-date caption quoted in payment terms ("30 days from invoice date, due 16 February
2025") names the day the terms count from, not the date printed after it."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _fields(terms: str) -> dict[str, Any]:
    rows = [
        (60, 50, "Corrib Laboratory Supplies Ltd"),
        (60, 64, "Unit 4B, Ballybrit Business Park"),
        (60, 150, "University of Galway"),
        (370, 136, "Invoice No."),
        (480, 136, "CLS/25/01942"),
        (370, 150, "Date"),
        (480, 150, "17 January 2025"),
        (60, 270, "Description"),
        (380, 270, "Qty"),
        (430, 270, "Unit price"),
        (510, 270, "Amount"),
        (96, 288, "Nitrile gloves, M, box of 100"),
        (383, 288, "20"),
        (451, 288, "6.45"),
        (510, 288, "129.00"),
        (320, 330, "Subtotal"),
        (510, 330, "129.00"),
        (320, 344, "VAT 23%"),
        (510, 344, "29.67"),
        (320, 358, "Invoice total EUR"),
        (510, 358, "158.67"),
        (60, 400, terms),
    ]
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


@pytest.mark.parametrize(
    "terms",
    [
        "Terms: 30 days from invoice date, due 16 February 2025.",
        "Net 30 days after date of invoice, due 16 February 2025.",
        "Zahlbar 30 Tage nach Rechnungsdatum, fällig 16.02.2025.",
        # French terms count "30 jours date de facture" with no preposition.
        "Conditions de paiement : 30 jours date de facture, soit le 16/02/2025.",
    ],
)
def test_invoice_date_in_payment_terms_is_no_caption(terms: str) -> None:
    fields = _fields(terms)
    assert fields["invoice_date"] == "2025-01-17"
    assert fields["due_date"] == "2025-02-16"


def test_a_restated_discount_date_is_no_due_date() -> None:
    # "soit le" restates the clause before it: a discount's period names the discount's day.
    fields = _fields("Escompte 2 % pour paiement sous 10 jours, soit le 27/01/2025.")
    assert fields["invoice_date"] == "2025-01-17"
    assert "due_date" not in fields
