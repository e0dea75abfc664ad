"""Golden cases from the generator where the engine once went wrong, each for a general cause."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from facturist.engine.dateorder import document_day_first
from facturist.engine.extraction import extract_canonical
from facturist.engine.layout import Line
from facturist.engine.model import Box, Word
from facturist.engine.pdftext import page_words
from facturist.samples import LAYOUTS, random_invoice, render_pdf


@pytest.mark.parametrize(
    ("layout", "seed", "language", "number"),
    [
        # "N° : FV 10864/01/2019": a bare number sign under the title, a spaced series prefix.
        ("facture", 100018, "fr", "FV 10864/01/2019"),
        # "Faktura korygująca nr AV-39774": the Polish corrective invoice's title.
        ("facture", 100007, "pl", "AV-39774"),
    ],
)
def test_invoice_number_after_title_words(
    layout: str, seed: int, language: str, number: str
) -> None:
    spec = random_invoice(seed, language=language, layout=layout)
    assert extract_canonical(render_pdf(spec))["fields"]["invoice_number"] == number


def test_buyer_name_stops_at_the_ship_to_block() -> None:
    # "Bill to | Ship to" with the same long company name in both: the names nearly touch.
    spec = random_invoice(100121, language="de", layout="saas")
    truth = spec.truth()["fields"]["buyer_name"]
    assert extract_canonical(render_pdf(spec))["fields"]["buyer_name"] == truth


def test_footer_bank_column_is_no_item() -> None:
    # The page footer's "IBAN: IT73 K197 2883 ..." groups must not read as quantity and price.
    spec = random_invoice(100004, language="it", layout="handwerk", lines=38)
    predicted = extract_canonical(render_pdf(spec))["line_items"]
    assert len(predicted) == len(spec.truth()["line_items"])
    assert not any("@" in str(item.get("description")) for item in predicted)


def test_us_invoices_say_tax_not_vat() -> None:
    found = 0
    for layout in LAYOUTS:
        for seed in range(100000, 100030):
            spec = random_invoice(seed, layout=layout)
            if spec.locale != "en-US":
                continue
            found += 1
            pdf = pdfium.PdfDocument(render_pdf(spec))
            words = [w.text for i in range(len(pdf)) for w in page_words(pdf, i).words]
            assert "VAT" not in words, (layout, seed)
    assert found


def _lines(*texts: str) -> list[Line]:
    out = []
    for row, text in enumerate(texts):
        words = [
            Word(token, Box(1, 10.0 + 40 * col, 20.0 * row, 45.0 + 40 * col, 20.0 * row + 8))
            for col, token in enumerate(text.split())
        ]
        out.append(Line(1, words))
    return out


def test_dollars_from_a_us_address_read_month_first() -> None:
    # A US document that still prints "VAT" captions (and a bank's IBAN) reads month first.
    lines = _lines(
        "Acme Supply Inc.",
        "Austin, TX 78701",
        "Invoice Date 03/04/2024",
        "VAT 8.25% $ 12.00",
        "Total incl. VAT $ 157.45",
        "IBAN: US00 1234",
    )
    assert document_day_first(lines, "USD") is False
