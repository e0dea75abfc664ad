"""A VAT grid whose caption row also holds the caption of a totals box beside it, the box's
figure set lower than the grid's first row (figureaside.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf


def test_rate_rows_read_past_a_box_whose_caption_shares_their_caption_row() -> None:
    pdf = make_aligned_pdf(
        [
            (50, 40, "FACTURA", 14),
            (50, 62, "Nº factura: 2025/B-0031", 9),
            (50, 74, "Fecha: 12/03/2025", 9),
            (400, 40, "Construcciones Ribera S.L.", 9),
            (400, 52, "Calle Mayor 14", 9),
            (400, 64, "46001 Valencia", 9),
            (50, 180, "Concepto", 8),
            (330, 180, "Tipo", 8),
            (540, 180, ">Importe", 8),
            (50, 196, "Mano de obra", 8),
            (330, 196, "10", 8),
            (540, 196, ">1.200,00", 8),
            (50, 210, "Material cerámico", 8),
            (330, 210, "21", 8),
            (540, 210, ">800,00", 8),
            (75, 300, "Base imponible", 8),
            (200, 300, "% IVA", 8),
            (280, 300, "Cuota IVA", 8),
            (410, 300, "Total", 8),
            (470, 300, "TOTAL FACTURA", 8),
            (100, 315, "1.200,00", 8),
            (210, 315, "10%", 8),
            (290, 315, "120,00", 8),
            (390, 315, "1.320,00", 8),
            (475, 320, "2.288,00", 10),
            (100, 329, "800,00", 8),
            (210, 329, "21%", 8),
            (290, 329, "168,00", 8),
            (390, 329, "968,00", 8),
            (100, 343, "2.000,00", 8),
            (290, 343, "288,00", 8),
            (390, 343, "2.288,00", 8),
        ]
    )
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    fields = result["fields"]
    assert fields["net_amount"] == 2000.0
    assert fields["tax_amount"] == 288.0
    assert fields["total_amount"] == 2288.0
