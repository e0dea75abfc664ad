"""A page numbered on ("Page 2") holding only payment instructions belongs to the invoice before
it: its IBAN is the invoice's, and no second invoice is made of it."""

from __future__ import annotations

from facturist.engine import extract, plan_from_prompt

from .conftest import make_aligned_pages

PLAN = plan_from_prompt("Extract invoice number, total amount and IBAN")

FIRST = [
    (50, 60, "Invoice", 16),
    (50, 100, "Invoice number", 9),
    (200, 100, "INV-7781", 9),
    (50, 115, "Issue date", 9),
    (200, 115, "2025-03-04", 9),
    (50, 200, "Total amount", 9),
    (200, 200, "1,190.00", 9),
    (280, 800, "Page 1", 8),
]


def _second(marker: str) -> list[tuple[float, float, str, float]]:
    return [
        (50, 60, "Payment instructions", 11),
        (50, 80, "IBAN", 9),
        (200, 80, "DE92210501701003918822", 9),
        (50, 95, "Payment terms", 9),
        (200, 95, "Net 30 days", 9),
        (280, 800, marker, 8),
    ]


def test_page_numbered_on_joins_the_invoice_before() -> None:
    result = extract(make_aligned_pages(FIRST, _second("Page 2")), PLAN)
    assert len(result.invoices) == 1
    assert result.invoices[0].pages == [1, 2]
    values = {c.key: result.invoices[0].fields[c.name].value for c in PLAN.columns}
    assert values["iban"] == "DE92210501701003918822"


def test_unnumbered_page_without_figures_stays_apart() -> None:
    result = extract(make_aligned_pages(FIRST, _second("")), PLAN)
    assert result.invoices[0].pages == [1]
