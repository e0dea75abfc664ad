"""National tax numbers of African countries read after their own captions (africantaxids.py):
Kenya's KRA PIN, Nigeria's and Ghana's TIN, Morocco's ICE, Tunisia's matricule fiscal,
Senegal's NINEA, Côte d'Ivoire's "N° CC" and a "Tax Registration No." over its number; a
US employer number stays out of the VAT ID."""

from __future__ import annotations

import pytest

from facturist.engine.africantaxids import african_tax_number
from facturist.engine.model import Box, Word

from .conftest import ONE_ITEM_AND_TOTALS, header_values

Row = tuple[float, float, str]


def _seller(*rows: Row) -> list[Row]:
    return [
        (50, 40, "Acacia Trading Ltd"),
        (350, 40, "TAX INVOICE"),
        (50, 56, "14 Harbour Road"),
        *rows,
        (350, 100, "Invoice No. AT-0042"),
        (350, 112, "Date 04/03/2025"),
        *ONE_ITEM_AND_TOTALS,
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ((50, 70, "KRA PIN: P051234567X"), "P051234567X"),
        ((50, 70, "TIN: 20734518-0001"), "20734518-0001"),
        ((50, 70, "Tel: 030 276 4410 · TIN: C0004567891"), "C0004567891"),
        ((50, 70, "ICE : 002145873000014"), "002145873000014"),
        ((50, 70, "ICE 002667319000037 · IF 15209834 · RC Marrakech 98341"), "002667319000037"),
        ((50, 70, "Matricule fiscal : 1456789/K/A/M/000"), "1456789/K/A/M/000"),
        ((50, 70, "NINEA : 006512347 2G3 · RCCM : SN-DKR-2018-B-14523"), "006512347 2G3"),
        ((50, 70, "N° CC : 1834567 K - Régime : Réel normal"), "1834567 K"),
        ((50, 70, "TIN: 1000234567"), "1000234567"),
    ],
)
def test_captioned_african_tax_numbers(row: Row, expected: str) -> None:
    assert header_values(_seller(row)).get("seller_vat_id") == expected


def test_tax_registration_number_under_its_caption() -> None:
    fields = header_values(_seller((50, 70, "Tax Registration No.:"), (50, 82, "512-348-976")))
    assert fields.get("seller_vat_id") == "512-348-976"


@pytest.mark.parametrize(
    "row",
    [
        (50, 70, "Federal Tax ID No. 06-1587342"),
        (50, 70, "TIN: 06-1587342"),
        (50, 70, "PIN: 560001"),
        (50, 70, "ICE 123456"),
        (50, 70, "CC : 1834567 K"),
    ],
)
def test_other_numbers_are_no_tax_number(row: Row) -> None:
    assert header_values(_seller(row)).get("seller_vat_id") is None


def _words(*texts: str) -> list[Word]:
    return [Word(t, Box(1, 10.0 * i, 0, 10.0 * i + 8, 10)) for i, t in enumerate(texts)]


def test_shapes_need_their_caption() -> None:
    assert african_tax_number(_words("002145873000014"), "ICE :") is not None
    assert african_tax_number(_words("002145873000014"), "VAT No") is None
    assert african_tax_number(_words("1834567", "K"), "N° CC :") is not None
    assert african_tax_number(_words("1834567", "K"), "VAT No") is None
    assert african_tax_number(_words("P051234567X"), "") is not None
