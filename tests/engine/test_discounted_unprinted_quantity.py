"""A scan's OCR drops a lone-digit quantity on a row with a discount column: the count is the
whole number q with q × price × (1 − discount) = amount."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (50, 60, "Suministros Guadalquivir S.L."),
    (350, 130, "Factura nº:"),
    (450, 130, "F-2025-0117"),
    (350, 144, "Fecha:"),
    (450, 144, "05/03/2025"),
]


def test_lost_quantity_on_discounted_row_is_worked_out() -> None:
    rows = [
        (50, 220, "Descripción"),
        (300, 220, "Cant."),
        (350, 220, "Precio"),
        (420, 220, "Dto.%"),
        (500, 220, "Importe"),
        (50, 240, "Cable RZ1-K (rollo 100 m)"),
        (360, 240, "128,40"),
        (425, 240, "10,00"),
        (500, 240, "346,68"),
        (50, 254, "Interruptor magnetotérmico 2P C16"),
        (305, 254, "12"),
        (365, 254, "9,85"),
        (425, 254, "10,00"),
        (500, 254, "106,38"),
        (50, 268, "Caja empotrar 12 módulos"),
        (305, 268, "2"),
        (360, 268, "18,90"),
        (430, 268, "0,00"),
        (505, 268, "37,80"),
        (380, 300, "Base imponible"),
        (500, 300, "490,86"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    assert [(i.get("quantity"), i["amount"]) for i in result["line_items"]] == [
        (3.0, 346.68),
        (12.0, 106.38),
        (2.0, 37.8),
    ]
