"""Shop invoices whose prices include VAT ("Including VAT 20% | 30.00", "Total 180,00 (incl.
31,24 VAT 21%)"): the figure is the tax the total holds, the net the total less it; and
paid documents ("Payment status: Paid", "Paid via card on 3 May 2025", "Amount paid" equal
to the total): nothing is left due (engine/charges.py, paidstatus.py, includedclause.py,
totals.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Harbour Lane Goods Ltd"),
    (50, 74, "8 Quay Street, Cork T12 AB34, Ireland"),
    (350, 120, "Invoice 5521"),
    (350, 134, "Date: 12 May 2025"),
]


def _amounts(totals: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + totals]))
    fields: dict[str, Any] = result["fields"]
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: fields.get(key) for key in keys}


def test_including_vat_caption_is_the_tax_the_gross_total_holds() -> None:
    fields = _amounts(
        [
            (330, 300, "Subtotal"),
            (480, 300, "€150.00"),
            (330, 314, "Shipping"),
            (480, 314, "€6.00"),
            (330, 328, "Total"),
            (480, 328, "€156.00 EUR"),
            (330, 342, "Including VAT 20%"),
            (480, 342, "€26.00"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(156.00)
    assert fields["tax_amount"] == pytest.approx(26.00)
    assert fields["net_amount"] == pytest.approx(130.00)


def test_tax_in_parentheses_after_the_total_is_no_total() -> None:
    fields = _amounts(
        [
            (330, 300, "Subtotaal"),
            (430, 300, "€176,00"),
            (330, 314, "Verzending"),
            (430, 314, "€5,50 via PostNL"),
            (330, 328, "Totaal"),
            (430, 328, "€181,50 (incl. €31,50 btw 21%)"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(181.50)
    assert fields["tax_amount"] == pytest.approx(31.50)
    assert fields["net_amount"] == pytest.approx(150.00)


_TAXED: Page = [
    (330, 300, "Net total"),
    (480, 300, "£150.00"),
    (330, 314, "VAT 20%"),
    (480, 314, "£30.00"),
    (330, 328, "Invoice total"),
    (480, 328, "£180.00"),
]


@pytest.mark.parametrize(
    ("lines", "due"),
    [
        ([(50, 380, "Payment status: Paid")], 0.0),
        ([(50, 380, "Zahlungsstatus: bezahlt")], 0.0),
        ([(50, 380, "Betaald via iDEAL op 11 mei 2025. Bedankt voor uw bestelling!")], 0.0),
        ([(50, 380, "Paid by Visa on 10 May 2025")], 0.0),
        ([(50, 380, "Montant réglé le 10/05/2025"), (480, 380, "180,00 €")], 0.0),
        ([(50, 380, "Amount paid"), (480, 380, "£180.00")], 0.0),
        # Not paid: a part payment, a payment status still open, a term about paying.
        ([(50, 380, "Amount paid"), (480, 380, "£50.00")], 180.0),
        ([(50, 380, "Payment status: Unpaid")], 180.0),
        ([(50, 380, "Payment status: Pending")], 180.0),
        ([(50, 380, "Invoices must be paid on or before 10 June 2025.")], 180.0),
        ([(50, 380, "To be paid on 10 June 2025")], 180.0),
    ],
)
def test_a_paid_document_leaves_nothing_due(lines: Page, due: float) -> None:
    fields = _amounts(_TAXED + lines)
    assert fields["total_amount"] == pytest.approx(180.0)
    assert fields["amount_due"] == pytest.approx(due)
