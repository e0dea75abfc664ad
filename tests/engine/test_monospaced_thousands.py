"""Monospaced (Courier) figures whose thousands are grouped with a space: the space is a whole
letter wide, as wide as a gap between cells, yet "1 325,00" is one amount, while a quantity
and a price one space apart stay two figures when the row's arithmetic says so
(monospacedgroups.py)."""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium

from facturist.engine import extract_canonical
from facturist.engine.layout import build_lines
from facturist.engine.pdftext import page_words

from .conftest import SizedText, make_aligned_pdf


def _cells(texts: list[SizedText], font: str = "Courier") -> list[list[str]]:
    pdf = pdfium.PdfDocument(make_aligned_pdf(texts, font=font))
    try:
        page = page_words(pdf, 0)
    finally:
        pdf.close()
    return [[cell.text.replace("\u00a0", " ") for cell in line.cells] for line in build_lines(page)]


_PITCH = 0.6 * 9.0  # a Courier letter at 9 pt


def _invoice() -> dict[str, Any]:
    size = 9.0
    texts: list[SizedText] = [
        (50, 60, "PARQUETERIE DUMONT SRL", 13),
        (50, 74, "Chaussée de Namur 77 - 5000 Namur", 8.5),
        (330, 130, "Madame Vervoort", 10),
        (330, 143, "Rue des Tilleuls 3", 10),
        (330, 156, "1300 Wavre", 10),
        (50, 200, "FACTURE 2024-118", 14),
        (50, 216, "Date : 04/10/2024", size),
        (50, 280, "Désignation", size),
        (330, 280, ">Qté", size),
        (336, 280, "Unité", size),
        (440, 280, ">P.U.", size),
        (540, 280, ">Montant", size),
        (50, 300, "Parquet chêne massif", size),
        (330, 300, ">2", size),
        (336, 300, "m2", size),
        (440, 300, ">1 325,00", size),
        (540, 300, ">2 650,00", size),
        (50, 316, "Plinthes assorties", size),
        (330, 316, ">7", size),
        (336, 316, "pc", size),
        (440, 316, ">8,50", size),
        (540, 316, ">59,50", size),
        # A quantity one space before its price: 3 x 415,00 = 1 245,00.
        (50, 332, "Ponçage et vernis", size),
        (440 - 7 * _PITCH, 332, ">3", size),
        (440, 332, ">415,00", size),
        (540, 332, ">1 245,00", size),
        # Terms in smaller print on the totals' lines.
        (50, 368, "TVA de 21 % appliquée sur le montant hors taxes,", 7.5),
        (340, 370, "Total HTVA", size),
        (540, 370, ">3 954,50 €", size),
        (50, 382, "selon les conditions générales de la société.", 7.5),
        (340, 384, "TVA 21 %", size),
        (540, 384, ">830,45 €", size),
        (50, 396, "Tout retard de paiement donne lieu à des intérêts.", 7.5),
        (340, 398, "Total TVAC", size),
        (540, 398, ">4 784,95 €", size),
        (340, 420, "Montant à payer", size),
        (540, 420, ">4 784,95 €", size),
    ]
    return extract_canonical(make_aligned_pdf(texts, font="Courier"), use_einvoice=False)


def test_a_thousands_group_one_space_apart_is_one_cell() -> None:
    cells = _cells([(340, 370, "Total HTVA", 9), (540, 370, ">3 954,50 €", 9)])
    assert cells == [["Total HTVA", "3 954,50 €"]]


def test_courier_totals_read_whole() -> None:
    fields = _invoice()["fields"]
    assert fields["net_amount"] == 3954.5
    assert fields["tax_amount"] == 830.45
    assert fields["total_amount"] == 4784.95
    assert fields["amount_due"] == 4784.95


def test_courier_rows_read_whole_amounts_and_keep_a_quantity_beside_its_price() -> None:
    rows = [(i["quantity"], i["unit_price"], i["amount"]) for i in _invoice()["line_items"]]
    assert rows == [(2.0, 1325.0, 2650.0), (7.0, 8.5, 59.5), (3.0, 415.0, 1245.0)]


def test_proportional_figures_a_column_apart_stay_apart() -> None:
    # Helvetica: the digits' height misfits a monospaced grid, so the gap still cuts.
    cells = _cells(
        [(50, 100, "Total", 9), (200, 100, "4", 9), (214, 100, "769,20", 9)], "Helvetica"
    )
    assert cells == [["Total", "4", "769,20"]]
