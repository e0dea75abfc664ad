"""Totals grids with the amount to pay printed under their sum row, French shop orders'
discounts and shipping between the subtotal and the taxes, and Canadian business numbers."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.amountread import read_amount
from facturist.engine.model import Box, Word

from .conftest import SizedText, make_aligned_pdf

_HEAD: list[SizedText] = [
    (50, 60, "Biohof Nordheide eG", 12),
    (50, 110, "Naturkost Weidenblatt GmbH", 10),
    (50, 123, "Lange Straße 12", 10),
    (50, 136, "21244 Buchholz", 10),
    (350, 110, "Rechnungs-Nr.", 10),
    (450, 110, "RE-2016-0311", 10),
    (350, 123, "Datum", 10),
    (450, 123, "11.02.2016", 10),
]


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return dict(result["fields"])


def _amounts(fields: dict[str, Any]) -> tuple[Any, Any, Any]:
    return fields["net_amount"], fields["tax_amount"], fields["total_amount"]


def test_amount_to_pay_under_a_grids_sum_row_leaves_the_sum_row_the_invoices() -> None:
    # Figures set flush right (">"). One row per VAT rate, their sum, then "Zahlbetrag EUR"
    # with the gross alone: that last line fills one column only and is no row of the grid.
    grid: list[SizedText] = [
        (150, 600, "Netto", 10),
        (255, 600, "MwSt-Satz", 10),
        (397, 600, "MwSt", 10),
        (514, 600, "Brutto", 10),
        (178, 616, ">313,39", 10),
        (299, 616, ">7 %", 10),
        (420, 616, ">21,94", 10),
        (540, 616, ">335,33", 10),
        (178, 632, ">168,00", 10),
        (299, 632, ">19 %", 10),
        (420, 632, ">31,92", 10),
        (540, 632, ">199,92", 10),
        (178, 648, ">481,39", 10),
        (420, 648, ">53,86", 10),
        (540, 648, ">535,25", 10),
        (65, 664, "Zahlbetrag EUR", 10),
        (540, 664, ">535,25", 10),
    ]
    assert _amounts(_fields(_HEAD + grid)) == (481.39, 53.86, 535.25)


def test_rabais_and_expedition_join_the_tax_base_of_a_quebec_order() -> None:
    # Shopify's French order printer: the "Sous-total" is before the discount code and the
    # shipping, and the net the taxes (TPS + TVQ) are charged on is after both.
    totals: list[SizedText] = [
        (50, 60, "Boutique Cèdre & Laine inc.", 12),
        (400, 80, "Facture n° 2210", 10),
        (400, 94, "Date : 12 février 2025", 10),
        (330, 357, "Sous-total", 10),
        (560, 357, ">320,50 $", 10),
        (330, 372, "Rabais (HIVER15)", 10),
        (560, 372, ">-48,08 $", 10),
        (330, 387, "Expédition (Postes Canada)", 10),
        (560, 387, ">14,95 $", 10),
        (330, 402, "TPS (5 %)", 10),
        (560, 402, ">14,37 $", 10),
        (330, 417, "TVQ (9,975 %)", 10),
        (560, 417, ">28,67 $", 10),
        (330, 432, "Total", 10),
        (560, 432, ">330,41 $ CAD", 10),
    ]
    assert _amounts(_fields(totals)) == (287.37, 43.04, 330.41)


@pytest.mark.parametrize(
    "text", ["N° TPS : 741203392 RT0001", "GST/HST Registration No.: 81927 4408 RT0001"]
)
def test_business_number_before_its_program_account_is_no_amount(text: str) -> None:
    # "N° TPS" names the tax, so its line is read for the tax; the nine digits before the
    # program account (RT0001), spaced or not, are the seller's tax ID.
    words = [
        Word(token, Box(1, 50.0 + 40 * i, 100, 85.0 + 40 * i, 110))
        for i, token in enumerate(text.split())
    ]
    assert read_amount(words) is None
