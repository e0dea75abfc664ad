"""A credit note's title carries its own number ("Creditnota RINV/2024/00012"); a caption
row beside it names the source document ("Bron", Odoo's origin field) and an item row quotes
the credited invoice: neither is the credit note's own number."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(title: str, source_caption: str) -> list[SizedText]:
    return [
        (57, 50, "Van Dijck Techniek NV", 11),
        (57, 64, "Kerkstraat 14", 9),
        (57, 76, "9000 Gent", 9),
        (340, 120, "Bouwbedrijf Lemaire BV", 10),
        (340, 133, "Stationsplein 3", 10),
        (340, 146, "2000 Antwerpen", 10),
        (57, 200, title, 16),
        (57, 226, "Factuurdatum:", 9),
        (200, 226, source_caption, 9),
        (340, 226, "Klantreferentie:", 9),
        (57, 238, "02/05/2024", 9),
        (200, 238, "INV/2024/00231", 9),
        (340, 238, "Project Dok Noord", 9),
        (57, 280, "Omschrijving", 9),
        (330, 280, "Hoeveelheid", 9),
        (480, 280, "Bedrag", 9),
        (57, 296, "Retour kabelgoot 3 m", 9),
        (330, 296, "4,00", 9),
        (480, 296, "120,00 €", 9),
        (57, 310, "Korting factuur INV/2024/00231", 9),
        (330, 310, "1,00", 9),
        (480, 310, "30,00 €", 9),
        (360, 350, "Maatstaf van heffing", 9),
        (480, 350, "150,00 €", 9),
        (360, 364, "Btw 21%", 9),
        (480, 364, "31,50 €", 9),
        (360, 378, "Totaal", 9),
        (480, 378, "181,50 €", 9),
    ]


@pytest.mark.parametrize(
    ("title", "source_caption", "number"),
    [
        ("Creditnota RINV/2024/00031", "Bron:", "RINV/2024/00031"),
        ("Kreditnota RINV/2024/00031", "Kilde:", "RINV/2024/00031"),
        ("Note de crédit RINV/2024/00031", "Origine :", "RINV/2024/00031"),
        ("Nota di credito RINV/2024/00031", "Origine:", "RINV/2024/00031"),
    ],
)
def test_credit_note_title_number_not_source_document(
    title: str, source_caption: str, number: str
) -> None:
    fields = extract_canonical(make_sized_pdf(_page(title, source_caption)), use_einvoice=False)[
        "fields"
    ]
    assert fields["invoice_number"] == number
