"""A per-rate VAT grid ("Base imponible | % IVA | Cuota IVA | TOTAL FACTURA") whose one total
is printed larger, centred across the rates' rows in a merged cell: its figure reads as a
line of its own between the rows, yet it is the total column's, and the bases and taxes of
all rows add up to the invoice's net and tax (spannedtotal.py, totalgrid.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(total: str) -> bytes:
    texts: list[SizedText] = [
        (40, 50, "Imprenta Levante S.L.", 12),
        (40, 64, "C/ de Xàtiva, 12", 9),
        (40, 76, "46002 Valencia", 9),
        (360, 50, "FACTURA", 14),
        (360, 66, "Nº factura: 2025/0077", 9),
        (360, 78, "Fecha: 12/03/2025", 9),
        (40, 200, "Concepto", 9),
        (300, 200, "Uds.", 9),
        (360, 200, "Precio", 9),
        (480, 200, "Importe", 9),
        (40, 218, "Menú degustación", 9),
        (300, 218, "50", 9),
        (360, 218, "40,00", 9),
        (480, 218, "2.000,00", 9),
        (40, 232, "Alquiler de sala", 9),
        (300, 232, "1", 9),
        (360, 232, "500,00", 9),
        (480, 232, "500,00", 9),
        (120, 300, "Base imponible", 9),
        (225, 300, "% IVA", 9),
        (296, 300, "Cuota IVA", 9),
        (482, 300, "TOTAL FACTURA", 9),
        (142, 318, "2.000,00 €", 9),
        (225, 318, "10,00", 9),
        (301, 318, "200,00 €", 9),
        (479, 324, total, 13),
        (151, 331, "500,00 €", 9),
        (225, 331, "21,00", 9),
        (301, 331, "105,00 €", 9),
    ]
    return make_sized_pdf(texts)


def test_bases_and_taxes_of_all_rows_beside_a_spanning_total() -> None:
    fields = extract_canonical(_page("2.805,00 €"), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 2500.0
    assert fields["tax_amount"] == 305.0
    assert fields["total_amount"] == 2805.0


def test_spanning_figure_that_is_no_sum_of_the_rows_adds_nothing() -> None:
    fields = extract_canonical(_page("2.905,00 €"), use_einvoice=False)["fields"]
    assert fields.get("tax_amount") != 305.0 or fields.get("net_amount") != 2500.0
