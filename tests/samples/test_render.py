"""render_pdf and render_multi_invoice: every layout readable by pdfium, pages right."""

from __future__ import annotations

import pytest

from facturist.samples import (
    LAYOUTS,
    count_pages,
    random_invoice,
    render_multi_invoice,
    render_multi_invoice_pdf,
    render_pdf,
)
from facturist.samples.content import build_content
from facturist.samples.locales import get_locale

from .pdftext import page_texts, squashed


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_prints_the_truth_on_page_one(layout: str) -> None:
    for seed in (1, 2, 3):
        spec = random_invoice(seed, layout=layout, lines=3)
        texts = page_texts(render_pdf(spec))
        assert len(texts) == 1
        page = squashed(texts[0])
        loc = get_locale(spec.locale)
        assert spec.invoice_number in page
        assert spec.seller_name in page
        assert spec.buyer_name in page
        assert loc.money(spec.total_amount) in page
        assert loc.format_date(spec.invoice_date, long=spec.long_dates) in page
        if spec.seller_vat_id:
            assert spec.seller_vat_id in page
        if spec.iban:
            assert spec.iban[:4] in page
        assert build_content(spec).page_label(1, 1) in page


@pytest.mark.parametrize("layout", LAYOUTS)
def test_long_tables_continue_with_repeated_header_and_page_footer(layout: str) -> None:
    spec = random_invoice(4, layout=layout, lines=70)
    texts = page_texts(render_pdf(spec))
    pages = len(texts)
    assert pages >= 2 and pages == count_pages(spec)
    content = build_content(spec)
    for number, text in enumerate(texts, start=1):
        assert content.page_label(number, pages) in squashed(text)
    if layout != "receipt":  # the receipt's table header is a plain dashed rule
        assert all(content.header("description") in text for text in texts[:-1])
    loc = get_locale(spec.locale)
    assert loc.money(spec.total_amount) in squashed(texts[-1])
    # Every line's amount is printed exactly once across the pages.
    joined = squashed(" ".join(texts))
    if layout != "shop":  # the shop prints each line's total with VAT only
        assert all(loc.money(item.amount, sign=False) in joined for item in spec.line_items)


def test_long_descriptions_wrap_onto_a_second_line() -> None:
    spec = next(
        s
        for s in (random_invoice(seed, layout="classic", lines=6) for seed in range(50))
        if any(len(item.description) > 70 for item in s.line_items)
    )
    text = page_texts(render_pdf(spec))[0]
    long_item = next(item for item in spec.line_items if len(item.description) > 70)
    assert long_item.description not in text.replace("\r", "")  # split by a line break
    assert long_item.description in squashed(text)


def test_same_spec_gives_the_same_bytes() -> None:
    spec = random_invoice(8)
    assert render_pdf(spec) == render_pdf(random_invoice(8))
    assert render_pdf(spec, "plain") != render_pdf(spec, "boxed")


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError):
        render_pdf(random_invoice(1), "fancy")


def test_multi_invoice_page_ranges_and_terms_page() -> None:
    specs = [
        random_invoice(21, lines=2),
        random_invoice(22, layout="classic", lines=60),
        random_invoice(23, lines=3),
    ]
    multi = render_multi_invoice(specs, terms_after=1)
    texts = page_texts(multi.data)
    assert multi.page_count == len(texts)
    assert multi.page_ranges[0] == (1, 1)
    assert multi.page_ranges[1][1] > multi.page_ranges[1][0]  # the long one spans pages
    assert multi.terms_pages == [multi.page_ranges[1][1] + 1]
    assert multi.page_ranges[2][0] == multi.terms_pages[0] + 1
    for spec, (first, last) in zip(specs, multi.page_ranges, strict=True):
        assert spec.invoice_number in texts[first - 1]
        for page in range(first, last + 1):
            label = build_content(spec).page_label(page - first + 1, last - first + 1)
            assert label in squashed(texts[page - 1])
    terms = texts[multi.terms_pages[0] - 1]
    assert all(spec.invoice_number not in terms for spec in specs)
    assert render_multi_invoice_pdf(specs, terms_after=1) == multi.data
