"""The second round of real-world designs: web-shop order, French services, German trades."""

from __future__ import annotations

from decimal import Decimal

import pytest

from facturist.samples import LANGUAGES, LAYOUTS, random_invoice, render_pdf
from facturist.samples.checksums import group_iban
from facturist.samples.content import build_content
from facturist.samples.locales import get_locale, printable

from .pdftext import page_texts, squashed

ROUND_TWO = ("shop", "facture", "handwerk")


def test_registered_and_picked_at_random() -> None:
    assert set(ROUND_TWO) <= set(LAYOUTS)
    picked = {random_invoice(seed).layout for seed in range(300)}
    assert set(ROUND_TWO) <= picked


@pytest.mark.parametrize("layout", ROUND_TWO)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_prints_the_truth(layout: str, language: str) -> None:
    spec = random_invoice(21, language=language, layout=layout, lines=4)
    page = squashed(" ".join(page_texts(render_pdf(spec))))
    loc = get_locale(spec.locale)
    assert spec.invoice_number in page
    assert spec.seller_name in page and spec.buyer_name in page
    assert loc.money(spec.total_amount) in page
    assert loc.money(spec.amount_due) in page
    for day in (spec.invoice_date, spec.due_date):
        printed = loc.format_date(day, long=spec.long_dates) if day else ""
        if printed == printable(printed):  # the font lacks "ś" in "września"
            assert printed in page
    if spec.seller_vat_id:
        assert spec.seller_vat_id in page
    if spec.iban:
        assert group_iban(spec.iban) in page
    for item in spec.line_items:
        assert loc.money(item.unit_price, sign=False) in page
        assert item.description.split()[0] in page


@pytest.mark.parametrize("layout", ROUND_TWO)
def test_truth_keeps_the_arithmetic(layout: str) -> None:
    for seed in range(30):
        spec = random_invoice(seed, layout=layout)
        assert sum((item.amount for item in spec.line_items), Decimal(0)) == spec.net_amount
        assert spec.net_amount + spec.tax_amount == spec.total_amount
        assert spec.total_amount - spec.paid_amount == spec.amount_due
        for item in spec.line_items:
            assert item.amount == item.quantity * item.unit_price


def test_shop_prints_gross_columns_a_shipping_row_and_no_balance() -> None:
    specs = [random_invoice(n, layout="shop", language="en") for n in range(30)]
    assert all(spec.amount_due == spec.total_amount for spec in specs)
    shipped = [s for s in specs if s.line_items[-1].description in ("Shipping", "Delivery")]
    assert shipped, "shops bill shipping as a row of its own"
    spec = shipped[0]
    page = squashed(page_texts(render_pdf(spec))[0])
    assert "Sold by" in page or "Seller" in page
    loc = get_locale(spec.locale)
    for row in build_content(spec).rows:
        assert row.gross in page  # the line total with VAT, not the net amount
    assert loc.money(spec.net_amount) in page


def test_facture_keeps_the_seller_vat_number_for_the_footer() -> None:
    spec = random_invoice(5, layout="facture", locale="fr-FR", lines=3)
    texts = page_texts(render_pdf(spec))
    vat = spec.seller_vat_id
    assert vat is not None
    head, foot = texts[0][: len(texts[0]) // 2], squashed(texts[-1])
    assert vat not in head
    assert "TVA" in foot and vat in foot and "SIRET" in foot


def test_handwerk_deducts_a_partial_payment_and_splits_labour_from_material() -> None:
    candidates = (random_invoice(n, layout="handwerk", locale="de-DE", lines=5) for n in range(60))
    spec = next(s for s in candidates if s.paid_amount and s.document_type == "invoice")
    assert spec.amount_due == spec.total_amount - spec.paid_amount != spec.total_amount
    page = squashed(" ".join(page_texts(render_pdf(spec))))
    loc = get_locale(spec.locale)
    assert loc.money(-spec.paid_amount) in page
    assert "Steuernummer" in page or "St.-Nr." in page
    assert spec.line_items[0].unit == "Std."  # hours of labour lead the table
    assert any(word in page for word in ("Summe Lohn", "Lohnkosten", "Summe Arbeitsleistung"))
