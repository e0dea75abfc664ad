"""Golden tests: several generated invoices in one PDF, terms pages between them, credit notes."""

from __future__ import annotations

import pytest

from facturist.engine import extract, plan_from_prompt
from facturist.samples import LANGUAGES, LAYOUTS, random_invoice, render_multi_invoice, render_pdf

INVOICE_LAYOUTS = [layout for layout in LAYOUTS if layout != "receipt"]
PLAN = plan_from_prompt("Extract invoice number, date, vendor name, and total amount")
CREDIT_PLAN = plan_from_prompt(
    "Extract invoice number, document type and total amount; credit notes as negative amounts"
)


def _column(plan_key: str) -> str:
    return next(c.name for c in PLAN.columns if c.key == plan_key)


@pytest.mark.parametrize("case", range(6))
def test_multi_invoice_pdf_is_split_at_each_invoice(case: int) -> None:
    specs = [
        random_invoice(
            7000 + 10 * case + index,
            language=LANGUAGES[(case + index) % len(LANGUAGES)],
            layout=INVOICE_LAYOUTS[(case + index) % len(INVOICE_LAYOUTS)],
            lines=(3, 14, 30)[(case + index) % 3],  # one to three pages each
        )
        for index in range(3)
    ]
    multi = render_multi_invoice(specs, terms_after=case % 3 if case % 2 else None)
    result = extract(multi.data, PLAN)
    assert [(r.pages[0], r.pages[-1]) for r in result.invoices] == multi.page_ranges
    numbers = [r.fields[_column("invoice_number")].value for r in result.invoices]
    assert numbers == [spec.invoice_number for spec in specs]
    totals = [r.fields[_column("total_amount")].value for r in result.invoices]
    assert totals == pytest.approx([float(spec.total_amount) for spec in specs])


def test_terms_page_gives_no_row_and_joins_no_invoice() -> None:
    specs = [random_invoice(7100 + index, layout="classic", lines=3) for index in range(2)]
    multi = render_multi_invoice(specs, terms_after=0)
    assert multi.terms_pages
    pages = [page for record in extract(multi.data, PLAN).invoices for page in record.pages]
    assert not set(pages) & set(multi.terms_pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_credit_notes_are_typed_and_negative(language: str) -> None:
    layout = INVOICE_LAYOUTS[LANGUAGES.index(language) % 4]  # the four column layouts
    spec = random_invoice(9100, language=language, layout=layout, document_type="credit_note")
    record = extract(render_pdf(spec), CREDIT_PLAN).invoices[0]
    by_key = {c.key: c.name for c in CREDIT_PLAN.columns}
    assert record.document_type == "credit_note"
    assert record.fields[by_key["document_type"]].value == "credit_note"
    total = record.fields[by_key["total_amount"]].value
    assert total == pytest.approx(-abs(float(spec.total_amount)))
