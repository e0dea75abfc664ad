"""A VAT caption followed by the buyer's party word ("Btw-nr. klant"), a totals block's
summed discounts ("Total Descontos") and a VAT summary merged into its rows, a grid's bare
"Documento" caption over the number, and Dutch towns opening with "'s-" (captionplace.py,
charges.py, nextcaption.py, labelvalues.py, labels.py, towns.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.extraction import read_for_canonical
from facturist.engine.fields import find_candidates
from facturist.engine.layout import build_lines
from facturist.engine.towns import POSTCODE_TOWN

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]))
    fields: dict[str, Any] = result["fields"]
    return fields


_DUTCH: Page = [
    (50, 40, "Bakkerij Vermeulen B.V."),
    (50, 54, "Kerkstraat 9, 7411 AB Deventer"),
    (50, 130, "Lunchroom Het Anker"),
    (50, 144, "Havenkade 2"),
    (50, 158, "1781 BC Den Helder"),
    (360, 130, "Factuur"),
    (450, 130, "2025-2207"),
    (360, 144, "Factuurdatum"),
    (450, 144, "03-02-2025"),
    (50, 300, "Totaal excl. btw"),
    (450, 300, "€ 500,00"),
    (50, 314, "Btw 21%"),
    (450, 314, "€ 105,00"),
    (50, 328, "Totaal incl. btw"),
    (450, 328, "€ 605,00"),
    (50, 780, "KvK 12345678 · Btw NL405671234B01 · Deventer"),
]


@pytest.mark.parametrize("caption", ["Btw-nr. klant", "Btw-nummer klant", "BTW-nummer afnemer"])
def test_vat_caption_followed_by_the_buyer_word_is_the_buyers(caption: str) -> None:
    # The only captioned ID in the header is the customer's, its party named after the
    # caption; the seller's stands in the footer.
    page = [*_DUTCH, (360, 158, caption), (450, 158, "NL302198763B01")]
    fields = _fields(page)
    assert fields["seller_vat_id"] == "NL405671234B01"
    assert fields["buyer_vat_id"] == "NL302198763B01"


_PT_HEAD: Page = [
    (50, 40, "Papelaria Sousa, Lda."),
    (50, 54, "Rua das Flores, 20"),
    (50, 68, "4050-262 Porto"),
    (50, 82, "Contribuinte n.º PT 500000000"),
    (330, 130, "Cafés Moreira, S.A."),
    (330, 144, "Rua Direita, 5"),
    (330, 158, "3000-150 Coimbra"),
    (50, 200, "FATURA"),
]

_DISCOUNTED: Page = [
    (360, 400, "Total Ilíquido"),
    (500, 400, "500,00 €"),
    (360, 414, "Total Descontos"),
    (500, 414, "50,00 €"),
    (360, 428, "Total IVA"),
    (500, 428, "103,50 €"),
    (360, 442, "Total a pagar"),
    (500, 442, "553,50 €"),
]


def test_summed_discounts_come_off_the_total_before_discount() -> None:
    # "Total Ilíquido" is the lines' sum before the discounts: the base is it less them.
    fields = _fields(_PT_HEAD + _DISCOUNTED)
    assert fields["net_amount"] == pytest.approx(450.00)
    assert fields["tax_amount"] == pytest.approx(103.50)
    assert fields["total_amount"] == pytest.approx(553.50)


def test_vat_summary_merged_into_the_totals_rows() -> None:
    # "Taxa | Incidência | Valor IVA | Total Descontos | 50,00 €": the summary's column heads
    # share the discounts' row; the figure is the discounts', the heads read under them.
    summary: Page = [
        (50, 400, "Quadro resumo do IVA"),
        (50, 414, "Taxa"),
        (100, 414, "Incidência"),
        (170, 414, "Valor IVA"),
        (50, 428, "23,00%"),
        (100, 428, "450,00"),
        (170, 428, "103,50"),
    ]
    data = make_invoice_pdf([_PT_HEAD + _DISCOUNTED + summary])
    lines = [line for text in read_for_canonical(data).texts for line in build_lines(text)]
    found = {
        (c.key, round(c.value.value, 2))
        for c in find_candidates(lines)
        if isinstance(c.value.value, float)
    }
    assert ("tax_amount", 50.00) not in found  # "Valor IVA" reads under it
    assert ("net_amount", 103.50) not in found  # "Incidência": its own column
    assert ("net_amount", 450.00) in found
    fields = _fields(_PT_HEAD + _DISCOUNTED + summary)
    assert fields["net_amount"] == pytest.approx(450.00)
    assert fields["tax_amount"] == pytest.approx(103.50)


def test_documento_caption_over_the_number_in_a_grid() -> None:
    grid: Page = [
        (56, 235, "Documento"),
        (160, 235, "Data de emissão"),
        (280, 235, "Data de vencimento"),
        (56, 247, "FT 2025B/77"),
        (160, 247, "2025-05-02"),
        (280, 247, "2025-06-01"),
    ]
    fields = _fields(_PT_HEAD + grid + _DISCOUNTED)
    assert fields["invoice_number"] == "FT 2025B/77"
    assert fields["invoice_date"] == "2025-05-02"


@pytest.mark.parametrize(
    "town", ["5211 KL 's-Hertogenbosch", "2511 CV ’s-Gravenhage", "3852 AB 't Harde"]
)
def test_dutch_towns_opening_with_an_elided_article(town: str) -> None:
    assert POSTCODE_TOWN.search(town) is not None
