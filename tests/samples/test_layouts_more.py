"""The layouts modelled on real designs: SaaS, factura, per-line VAT and the letter grid."""

from __future__ import annotations

from decimal import Decimal

import pytest

from facturist.samples import LANGUAGES, LAYOUTS, count_pages, random_invoice, render_pdf
from facturist.samples.checksums import group_iban
from facturist.samples.content import build_content
from facturist.samples.layout_kit import polish_words
from facturist.samples.locales import get_locale

from .pdftext import page_texts, squashed

NEW_LAYOUTS = ("saas", "factura", "vat_columns", "letter_grid")


def test_new_layouts_are_registered_and_picked_at_random() -> None:
    assert set(NEW_LAYOUTS) <= set(LAYOUTS)
    picked = {random_invoice(seed).layout for seed in range(200)}
    assert set(NEW_LAYOUTS) <= picked


@pytest.mark.parametrize("layout", NEW_LAYOUTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_prints_the_truth(layout: str, language: str) -> None:
    spec = random_invoice(11, language=language, layout=layout, lines=4)
    page = squashed(" ".join(page_texts(render_pdf(spec))))
    loc = get_locale(spec.locale)
    assert spec.invoice_number in page
    assert spec.seller_name in page and spec.buyer_name in page
    assert loc.money(spec.total_amount) in page
    assert loc.format_date(spec.invoice_date, long=spec.long_dates) in page
    if spec.seller_vat_id:
        assert spec.seller_vat_id in page
    if spec.iban:
        assert group_iban(spec.iban) in page
    for item in spec.line_items:
        assert loc.money(item.amount, sign=False) in page
        assert item.description.split()[0] in page


@pytest.mark.parametrize("layout", NEW_LAYOUTS)
def test_truth_keeps_the_arithmetic(layout: str) -> None:
    for seed in range(30):
        spec = random_invoice(seed, layout=layout)
        net = sum((item.amount for item in spec.line_items), Decimal(0))
        assert net == spec.net_amount
        assert spec.net_amount + spec.tax_amount == spec.total_amount
        assert spec.total_amount - spec.paid_amount == spec.amount_due
        for item in spec.line_items:
            exact = item.quantity * item.unit_price * (100 - item.discount) / 100
            assert abs(item.amount - exact) <= Decimal("0.005")
        truth = spec.truth()
        assert truth["family"] == f"facturist-samples/{layout}"
        assert set(truth["line_items"][0]) == {
            "description", "quantity", "unit_price", "amount", "vat_rate"
        }  # fmt: skip


@pytest.mark.parametrize("layout", NEW_LAYOUTS)
def test_long_tables_run_over_pages_with_every_amount_once(layout: str) -> None:
    spec = random_invoice(4, layout=layout, lines=45)
    texts = page_texts(render_pdf(spec))
    assert len(texts) == count_pages(spec) >= 2
    content = build_content(spec)
    for number, text in enumerate(texts, start=1):
        assert content.page_label(number, len(texts)) in squashed(text)
    assert all(content.header("description") in text for text in texts[:-1])
    joined = squashed(" ".join(texts))
    loc = get_locale(spec.locale)
    assert all(loc.money(item.amount, sign=False) in joined for item in spec.line_items)


def test_saas_shows_bill_to_and_ship_to_side_by_side() -> None:
    spec = next(
        s for s in (random_invoice(n, layout="saas", language="en") for n in range(40)) if s.ship_to
    )
    page = squashed(page_texts(render_pdf(spec))[0])
    content = build_content(spec)
    assert content.header("bill_to") in page and content.header("ship_to") in page
    assert spec.ship_to is not None and spec.ship_to.address.street in page
    assert content.labels["amount_due"] in page


def test_factura_prints_month_names_national_tax_ids_and_the_breakdown_strip() -> None:
    specs = [random_invoice(n, layout="factura", locale="es-ES") for n in range(40)]
    assert sum(spec.long_dates for spec in specs) > 20
    national = [spec for spec in specs if spec.alternatives.get("seller_vat_id")]
    assert national, "some Spanish sellers print the CIF without ES"
    spec = national[0]
    assert not spec.seller_vat_id.startswith("ES")  # type: ignore[union-attr]
    assert spec.alternatives["seller_vat_id"] == [f"ES{spec.seller_vat_id}"]
    page = squashed(page_texts(render_pdf(spec))[0])
    loc = get_locale(spec.locale)
    for group in spec.tax_groups:
        assert loc.money(group.base, sign=False) in page
        assert loc.percent(group.rate) in page


def test_vat_columns_print_net_vat_and_gross_per_line_and_a_summary() -> None:
    spec = random_invoice(3, layout="vat_columns", locale="pl-PL", lines=3)
    page = squashed(page_texts(render_pdf(spec))[0])
    loc = get_locale(spec.locale)
    for item in spec.line_items:
        vat = (item.amount * item.vat_rate / 100).quantize(Decimal("0.01"))
        assert loc.money(item.amount + vat, sign=False) in page
    assert loc.money(spec.tax_amount, sign=False) in page
    assert f"nr {spec.invoice_number}".lower() in page.lower()  # "Faktura VAT nr FV 1/24"
    assert "Słownie" in page


def test_letter_grid_carries_the_sum_and_prints_discounts_and_footer_columns() -> None:
    candidates = (
        random_invoice(n, layout="letter_grid", locale="de-DE", lines=40) for n in range(30)
    )
    spec = next(s for s in candidates if any(item.discount for item in s.line_items))
    texts = page_texts(render_pdf(spec))
    joined = squashed(" ".join(texts))
    assert "Rabatt" in joined
    if "Übertrag" in joined:
        assert joined.count("Übertrag") >= 2  # at the foot of one page and atop the next
    assert spec.seller.address.street in squashed(texts[-1])  # the footer's address column
    assert spec.seller_vat_id is not None and spec.seller_vat_id in squashed(texts[-1])


def test_polish_amounts_in_words() -> None:
    assert polish_words(Decimal("1234.56"), "zł") == "tysiac dwiescie trzydziesci cztery zł 56/100"
    assert polish_words(Decimal("2000"), "zł") == "dwa tysiace zł 00/100"
    assert polish_words(Decimal("5012.10"), "zł") == "pieć tysiecy dwanascie zł 10/100"
    assert polish_words(Decimal("0.99"), "zł") == "zero zł 99/100"
