"""A "Suma bases imponibles" caption (the rates' bases summed) is the net; the per-rate VAT
grid beside it ("Base imponible | Tipo | Cuota IVA", one row per rate) gives no net of its
first row, nor a tax of the total less that row: its rows are read past the totals box's
"Total IVA | 206,10" set between its caption and first row, and summed."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(summed: bool) -> list[SizedText]:
    texts: list[SizedText] = [
        (138, 40, "Suministros Hosteleros del Sur, S.L.", 12),
        (133, 58, "Avenida de Andalucía 14 · 41005 Sevilla · C.I.F. B41234567", 8),
        (40, 100, "FACTURA Nº A-2025/0142", 11),
        (328, 100, "Restaurante La Giralda, S.L.", 10),
        (328, 114, "C.I.F.: B41987654", 9),
        (40, 128, "Sevilla, a 12 de marzo de 2025", 9),
        (328, 128, "Calle Sierpes 31", 9),
        (328, 142, "41004 Sevilla", 9),
        (44, 207, "Concepto", 9),
        (296, 207, "Cantidad", 8),
        (379, 207, "Precio", 8),
        (429, 207, "IVA", 8),
        (511, 207, "Importe", 9),
        (44, 223, "Servicio de comidas", 8),
        (325, 223, "80", 8),
        (386, 223, "15,00", 8),
        (429, 223, "10%", 8),
        (512, 223, "1.200,00", 8),
        (44, 240, "Alquiler de vajilla", 8),
        (336, 240, "1", 8),
        (380, 240, "410,00", 8),
        (428, 240, "21%", 8),
        (520, 240, "410,00", 8),
        (311, 310, "Suma bases imponibles", 8),
        (513, 310, "1.610,00", 8),
        (58, 319, "Base imponible", 8),
        (147, 319, "Tipo", 8),
        (208, 319, "Cuota IVA", 8),
        (310, 326, "Total IVA", 8),
        (522, 326, "206,10", 8),
        (94, 334, "1.200,00", 8),
        (149, 334, "10%", 8),
        (227, 334, "120,00", 8),
        (310, 342, "Total factura", 8),
        (499, 342, "1.816,10 €", 8),
        (102, 350, "410,00", 8),
        (149, 350, "21%", 8),
        (227, 350, "86,10", 8),
    ]
    if summed:
        return texts
    return [text for text in texts if text[2] not in ("Suma bases imponibles", "1.610,00")]


def test_summed_bases_caption_is_the_net_over_a_rate_grid() -> None:
    fields = extract_canonical(make_sized_pdf(_page(summed=True)), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 1610.0
    assert fields["tax_amount"] == 206.1
    assert fields["total_amount"] == 1816.1


def test_rate_grid_rows_sum_to_the_net_past_a_totals_box_beside_it() -> None:
    # The totals box's "Total IVA | 206,10" sits between the grid's caption and first row.
    fields = extract_canonical(make_sized_pdf(_page(summed=False)), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 1610.0
    assert fields["tax_amount"] == 206.1
