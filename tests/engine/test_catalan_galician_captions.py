"""Catalan and Galician invoices: their month names ("5 de març de 2026", "4 d'abril de 2026",
"12 de xullo de 2026") and Galician captions ("Base impoñible", "IVE 21 %", "Data de
vencemento", "Cantidade | Prezo") beside the Catalan ones ("Base imposable", "Quota IVA")."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine.extraction import extract_canonical
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.parse.dates import parse_date

from .conftest import make_aligned_pdf

Text = tuple[float, float, str, float]


def _read(texts: list[Text]) -> dict[str, Any]:
    return dict(extract_canonical(make_aligned_pdf(texts), use_einvoice=False))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("5 de març de 2026", "2026-03-05"),
        ("4 d'abril de 2026", "2026-04-04"),
        ("19 d’octubre de 2025", "2025-10-19"),
        ("1 de gener de 2026", "2026-01-01"),
        ("28 de febrer del 2026", "2026-02-28"),
        ("30 de juny de 2026", "2026-06-30"),
        ("9 de desembre de 2025", "2025-12-09"),
        ("12 de xullo de 2026", "2026-07-12"),
        ("3 de xaneiro de 2026", "2026-01-03"),
        ("20 de xuño de 2026", "2026-06-20"),
        ("15 de decembro de 2025", "2025-12-15"),
        ("7 de febreiro de 2026", "2026-02-07"),
    ],
)
def test_catalan_and_galician_months(text: str, iso: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.value.isoformat() == iso


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("net_amount", "Base impoñible 1.200,00 €"),
        ("net_amount", "Base imposable 1.200,00 €"),
        ("tax_amount", "IVE 21 % 252,00 €"),
        ("tax_amount", "Cota IVE 252,00 €"),
        ("tax_amount", "Quota IVA 252,00 €"),
        ("due_date", "Data de vencemento: 20 de marzo de 2026"),
        ("invoice_date", "Data d'emissió: 5 de març de 2026"),
        ("invoice_date", "Data de emisión: 5 de marzo de 2026"),
    ],
)
def test_catalan_and_galician_captions(field: str, text: str) -> None:
    assert LABELS_BY_RANK[field].search(text) is not None


def test_ive_is_no_word_inside_other_words() -> None:
    tax = LABELS_BY_RANK["tax_amount"]
    assert tax.search("Olive oil 5 l") is None
    assert tax.search("Five Guys Vigo") is None


def test_galician_invoice() -> None:
    texts: list[Text] = [
        (200, 44, "Uxía Rodríguez Lema", 12),
        (150, 66, "Rúa Nova, 12, 1º · 27001 Lugo · NIF 33445566Q", 8),
        (60, 128, "Factura n.º 14/2026", 9),
        (340, 128, "Cliente:", 8),
        (60, 146, "Data de emisión: 2 de xullo de 2026", 8),
        (340, 146, "Deseños Brétema, S.L.", 8),
        (60, 158, "Data de vencemento: 1 de agosto de 2026", 8),
        (340, 158, "Avenida da Mariña, 9", 8),
        (340, 170, "15001 A Coruña", 8),
        (340, 182, "NIF B15987654", 8),
        (66, 250, "Concepto", 8),
        (390, 250, ">Cantidade", 8),
        (460, 250, ">Prezo", 8),
        (540, 250, ">Importe", 8),
        (66, 268, "Ilustracións para catálogo (unidades)", 8),
        (390, 268, ">8", 8),
        (460, 268, ">95,00", 8),
        (540, 268, ">760,00", 8),
        (66, 286, "Maquetación (horas)", 8),
        (390, 286, ">10", 8),
        (460, 286, ">35,00", 8),
        (540, 286, ">350,00", 8),
        (318, 318, "Base impoñible", 8),
        (540, 318, ">1.110,00 €", 8),
        (318, 334, "IVE 21 %", 8),
        (540, 334, ">233,10 €", 8),
        (318, 349, "Total a pagar", 8),
        (540, 349, ">1.343,10 €", 8),
        (60, 430, "Forma de pagamento: transferencia bancaria", 8),
    ]
    result = _read(texts)
    fields = result["fields"]
    assert fields["invoice_date"] == "2026-07-02"
    assert fields["due_date"] == "2026-08-01"
    assert fields["net_amount"] == 1110.0
    assert fields["tax_amount"] == 233.1
    assert fields["total_amount"] == 1343.1
    items = result["line_items"]
    assert [item["amount"] for item in items] == [760.0, 350.0]
    assert [item["quantity"] for item in items] == [8, 10]
    assert [item["unit_price"] for item in items] == [95.0, 35.0]


def test_catalan_invoice_dates_in_words() -> None:
    texts: list[Text] = [
        (24, 50, "Impremta Solsona", 12),
        (194, 90, "Núm. factura", 8),
        (300, 90, "F-2026/0211", 8),
        (194, 106, "Data", 8),
        (300, 106, "9 de setembre de 2026", 8),
        (194, 119, "Data de venciment", 8),
        (300, 119, "9 d'octubre de 2026", 8),
        (24, 119, "Impremta Solsona, S.L.", 8),
        (24, 130, "Carrer Major, 4", 8),
        (24, 141, "25280 Solsona", 8),
        (24, 163, "NIF: B25123457", 8),
        (194, 280, "Concepte", 8),
        (380, 280, ">Quantitat", 8),
        (460, 280, ">Preu", 8),
        (540, 280, ">Import", 8),
        (194, 297, "Cartells A3 a color", 8),
        (380, 297, ">200", 8),
        (460, 297, ">1,50 €", 8),
        (540, 297, ">300,00 €", 8),
        (378, 365, "Base imposable", 8),
        (540, 365, ">300,00 €", 8),
        (378, 381, "Quota IVA 21 %", 8),
        (540, 381, ">63,00 €", 8),
        (378, 397, "Import a pagar", 8),
        (540, 397, ">363,00 €", 8),
    ]
    fields = _read(texts)["fields"]
    assert fields["invoice_date"] == "2026-09-09"
    assert fields["due_date"] == "2026-10-09"
    assert fields["net_amount"] == 300.0
    assert fields["tax_amount"] == 63.0
