"""Hauliers bill groupage by the pallet: "Kg | Palés | Precio | Importe" prints each
shipment's weight beside its pallet count, and the pallets (a count of handling units,
times the rate per pallet) are the billed quantity, not the kilograms (column_captions.py).
An IBAN OCR'd as one word that lost a digit of "0000" is restored (ibanrepair.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import make_invoice_pdf

_HEAD = [
    (40, 60, "Transportes Ejemplo, S.L."),
    (350, 130, "Factura"),
    (450, 130, "A-77/2025"),
    (350, 144, "Fecha"),
    (450, 144, "31/03/2025"),
]


def _items(rows: list[tuple[float, float, str]]) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


@pytest.mark.parametrize(
    ("weight", "pallets", "price", "amount"),
    [
        ("Kg", "Palés", "Precio", "Importe"),
        ("Poids", "Palettes", "Prix", "Montant"),
        ("Peso", "Bancali", "Prezzo", "Importo"),
        ("Kg", "Pallets", "Rate", "Amount"),
    ],
)
def test_pallet_count_beside_the_weight_is_the_quantity(
    weight: str, pallets: str, price: str, amount: str
) -> None:
    items = _items(
        [
            (40, 228, "Concepto"),
            (300, 228, weight),
            (360, 228, pallets),
            (420, 228, price),
            (500, 228, amount),
            (40, 242, "Grupaje Madrid - Bilbao"),
            (300, 242, "4.900"),
            (370, 242, "7"),
            (420, 242, "52,00"),
            (500, 242, "364,00"),
            (40, 256, "Grupaje Madrid - Murcia"),
            (300, 256, "2.580"),
            (370, 256, "5"),
            (420, 256, "53,00"),
            (500, 256, "265,00"),
            (420, 280, "Total"),
            (500, 280, "629,00"),
        ]
    )
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (7.0, 52.0, 364.0),
        (5.0, 53.0, 265.0),
    ]


def _iban_line(source: str) -> str:
    words = [
        Word("IBAN", Box(1, 40, 100, 70, 110), 0.9999),
        Word("IT88R030696251000000418822", Box(1, 74, 100, 250, 110), 1.0),
    ]
    page = PageText(1, 595, 842, words, source)  # type: ignore[arg-type]
    return build_lines(page)[0].text


def test_unspaced_ocr_iban_short_of_one_zero_is_restored() -> None:
    assert _iban_line("ocr") == "IBAN IT88R0306962510000000418822"


def test_unspaced_text_layer_iban_stays_as_printed() -> None:
    assert _iban_line("text") == "IBAN IT88R030696251000000418822"
