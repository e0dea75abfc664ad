"""A simplified invoice's VAT recap followed by the total and the tenders that settle it.

Conventions:
- A till ticket prints its items gross, then a VAT recap ("IVA | Base | Cuota | Total" over
  one row per rate) and under it the total again ("TOTAL", "TOTAL EUR") and how it was paid
  ("TARJETA", "Efectivo", "Entregado", "Cambio"). Those lines repeat or settle the recap's
  gross: none is a charge outside VAT beside the recap, nor a row of the recap. The net and
  the tax are the recap's.
- A charge outside VAT on a recap row of its own (a tourist tax) stays one
  (test_vat_recaps_tourist_tax_and_rounding.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (57, 60, "Papelería Arbolada S.L."),
    (57, 74, "Avenida del Puerto 7, 46021 Valencia"),
    (57, 88, "CIF B98765432"),
    (57, 120, "Factura simplificada Nº FS-88/2207"),
    (330, 120, "Fecha 02/06/2025"),
    (57, 160, "Cuadernos espiral A4"),
    (480, 160, "30,30"),
    (57, 175, "Rotuladores pack 12"),
    (480, 175, "18,10"),
]


def _recap(gross: str = "Total") -> Page:
    return [
        (120, 215, "IVA"),
        (220, 215, "Base"),
        (320, 215, "Cuota"),
        (420, 215, gross),
        (120, 230, "21%"),
        (220, 230, "40,00"),
        (320, 230, "8,40"),
        (420, 230, "48,40"),
    ]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


_TAILS: dict[str, Page] = {
    "total under the gross column": [(57, 250, "TOTAL"), (420, 250, "48,40")],
    "total with its currency": [(57, 250, "TOTAL EUR"), (420, 250, "48,40")],
    "total right of the recap": [(57, 250, "TOTAL"), (480, 250, "48,40")],
    "card tender": [(57, 250, "TARJETA"), (420, 250, "48,40")],
    "cash and change": [
        (57, 250, "Entregado"),
        (420, 250, "50,00"),
        (57, 265, "Cambio"),
        (420, 265, "1,60"),
    ],
    "total then tenders": [
        (57, 250, "TOTAL"),
        (420, 250, "48,40"),
        (57, 265, "Efectivo"),
        (420, 265, "48,40"),
        (57, 280, "Entregado"),
        (420, 280, "48,40"),
    ],
}


@pytest.mark.parametrize("tail", list(_TAILS))
def test_a_total_or_tender_under_a_one_rate_recap_keeps_its_net_and_tax(tail: str) -> None:
    fields = _fields(_HEAD + _recap() + _TAILS[tail])
    assert fields["net_amount"] == 40.0
    assert fields["tax_amount"] == 8.4
    assert fields["total_amount"] == 48.4


def test_the_total_under_a_recap_captioned_importe_keeps_its_net_and_tax() -> None:
    fields = _fields(_HEAD + _recap("Importe") + _TAILS["total then tenders"])
    assert fields["net_amount"] == 40.0
    assert fields["tax_amount"] == 8.4
    assert fields["total_amount"] == 48.4


def test_the_total_under_a_two_rate_recap_adds_up_its_rows() -> None:
    page = [
        *_HEAD,
        (120, 215, "IVA"),
        (220, 215, "Base"),
        (320, 215, "Cuota"),
        (420, 215, "Total"),
        (120, 230, "10%"),
        (220, 230, "12,00"),
        (320, 230, "1,20"),
        (420, 230, "13,20"),
        (120, 245, "21%"),
        (220, 245, "29,09"),
        (320, 245, "6,11"),
        (420, 245, "35,20"),
        (57, 265, "TOTAL"),
        (420, 265, "48,40"),
        (57, 280, "TARJETA"),
        (420, 280, "48,40"),
    ]
    fields = _fields(page)
    assert fields["net_amount"] == 41.09
    assert fields["tax_amount"] == 7.31
    assert fields["total_amount"] == 48.4


def test_a_charge_outside_vat_in_the_recap_stays_one_above_the_total_and_tender() -> None:
    page = [
        *_HEAD,
        *_recap(),
        (120, 245, "-"),
        (270, 245, "Tasa turística (no sujeta)"),
        (420, 245, "3,00"),
        (57, 265, "TOTAL"),
        (420, 265, "51,40"),
        (57, 280, "TARJETA"),
        (420, 280, "51,40"),
    ]
    fields = _fields(page)
    assert fields["net_amount"] == 40.0
    assert fields["tax_amount"] == 8.4
    assert fields["total_amount"] == 51.4
