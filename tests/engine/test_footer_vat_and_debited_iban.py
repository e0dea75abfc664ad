"""A "USt-ID" caption keeps the ID after it (labels.py), and an IBAN caption opening the line
under "… von Ihrem Konto" names the payer's account (partyiban.py)."""

from __future__ import annotations

import pypdfium2 as pdfium

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.pdftext import page_words

from .conftest import Page, header_values, make_aligned_pdf

_HEAD: Page = [
    (50, 60, "Nordwind Handel GmbH"),
    (350, 120, "Rechnung Nr. 2025-117"),
    (350, 134, "Rechnungsdatum: 02.06.2025"),
]


def test_vat_id_after_ust_id_caption_in_a_footer_cell() -> None:
    texts = [(x, y, text, 8.0) for x, y, text in _HEAD]
    texts += [
        (57, 780, "56068 Koblenz", 7.0),
        (180, 780, "info@nordwind.de", 7.0),
        (300, 780, "USt-ID DE601549977", 7.0),
        (420, 780, "BIC MALADE51KOB", 7.0),
    ]
    pdf = pdfium.PdfDocument(make_aligned_pdf(texts, font="Times-Roman"))
    lines = build_lines(page_words(pdf, 0))
    fields = header_fields(lines, find_candidates(lines))
    assert fields["seller_vat_id"].value == "DE601549977"


def test_iban_under_a_direct_debit_sentence_is_the_payers() -> None:
    fields = header_values(
        [
            *_HEAD,
            (57, 460, "Der Betrag wird am 31.01.2025 per SEPA-Lastschrift von Ihrem Konto"),
            (57, 472, "IBAN DE27 8093 6334 2377 6865 11 (BIC WELADED1UNN) eingezogen."),
            (57, 770, "Nordwind Handel GmbH"),
            (300, 770, "IBAN DE70 1562 2625 4547 4107 50"),
        ]
    )
    assert fields["iban"] == "DE70156226254547410750"
