"""Totals printed as a grid of captions over figures: a VAT summary with a "Total" row, and
a Nordic totals row with its captions above the values (engine/totalgrid.py, labels.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.labels import LABELS_BY_RANK

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Brightside Home GmbH"),
    (50, 74, "Am Hafen 9, 50678 Koeln"),
    (350, 120, "Invoice no. 2025-0417"),
    (350, 134, "Invoice date: 03.04.2025"),
]


def _amounts(totals: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + totals]))
    fields: dict[str, Any] = result["fields"]
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: fields.get(key) for key in keys}


def test_vat_summary_grid_is_read_by_its_total_row() -> None:
    # Marketplace invoices: the grand total first, then a VAT summary whose captions and
    # figures carry the currency symbol, one row per rate and a "Total" row.
    fields = _amounts(
        [
            (420, 300, "Invoice total"),
            (510, 300, "€212.50"),
            (250, 330, "VAT rate"),
            (310, 330, "Subtotal (excl. VAT)"),
            (480, 330, "VAT subtotal"),
            (250, 344, "19%"),
            (360, 344, "€150.00"),
            (500, 344, "€28.50"),
            (250, 358, "7%"),
            (366, 358, "€31.78"),
            (505, 358, "€2.22"),
            (250, 372, "Total"),
            (360, 372, "€181.78"),
            (500, 372, "€30.72"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(181.78)
    assert fields["tax_amount"] == pytest.approx(30.72)
    assert fields["total_amount"] == pytest.approx(212.50)


def test_swedish_totals_row_with_captions_above_the_values() -> None:
    # "Netto | Moms % | Moms | Öresavrundning | ATT BETALA" over one row of values; the
    # payable sum is rounded to whole kronor, the total with VAT printed under the row.
    fields = _amounts(
        [
            (470, 368, "ATT BETALA"),
            (50, 372, "Netto"),
            (200, 372, "Moms %"),
            (250, 372, "Moms"),
            (330, 372, "Öresavrundning"),
            (50, 387, "8 402,40"),
            (200, 387, "25,00"),
            (250, 387, "2 100,60"),
            (330, 387, "0,00"),
            (460, 387, "SEK 10 503,00"),
            (50, 407, "Totalt inkl. moms: 10 503,00 kr"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(8402.40),
        "tax_amount": pytest.approx(2100.60),
        "total_amount": pytest.approx(10503.00),
        "amount_due": pytest.approx(10503.00),
    }


@pytest.mark.parametrize(
    ("text", "key", "caption"),
    [
        ("Summa exkl. moms", "net_amount", "Summa exkl. moms"),
        ("Momsbeløb", "tax_amount", "Momsbeløb"),
        ("Total inkl. moms", "total_amount", "Total inkl. moms"),
        ("Beløb i alt", "total_amount", "Beløb i alt"),
        ("Å betale", "amount_due", "Å betale"),
        ("At betale", "amount_due", "At betale"),
    ],
)
def test_nordic_totals_captions(text: str, key: str, caption: str) -> None:
    found = LABELS_BY_RANK[key].search(text)
    assert found is not None and found.group() == caption


def test_mva_after_a_norwegian_organisation_number_is_no_caption() -> None:
    assert LABELS_BY_RANK["tax_amount"].search("Org.nr. 912 345 678 MVA") is None
    assert LABELS_BY_RANK["tax_amount"].search("MVA 25 %") is not None
