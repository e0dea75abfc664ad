"""A SAP print's items: the position, the zero-padded 18-digit material number and the figures
on one row, the name on the line under it, discount and surcharge sub-rows below; the header's
"Importe" set close to the tax code's "IVA" reads as one cell ("Importe IVA"), which the rows
under it ("318,00 | R1") part."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import PlacedText, analysed, make_placed_pdf

_Text = PlacedText


def _invoice(texts: list[_Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts))


def _item(
    y: float,
    pos: str,
    material: str,
    count: str,
    unit: str,
    price: str,
    per: str,
    amount: str,
    name: str,
) -> list[_Text]:
    return [
        (60, y, pos, False),
        (103, y, material, False),
        (362, y, count, True),
        (369, y, unit, False),
        (430, y, price, True),
        (437, y, per, False),
        (527, y, amount, True),
        (533.5, y, "R1", False),
        (102, y + 11, name, False),
    ]


def test_figures_row_with_material_number_and_name_below() -> None:
    texts: list[_Text] = [
        (60, 50, "Suministros Industriales del Ebro, S.A.", False),
        (60, 62, "Paseo de la Ribera 12, 50014 Zaragoza", False),
        (60, 120, "Talleres Navarros, S.L.", False),
        (60, 132, "31013 Pamplona", False),
        (330, 120, "Nº factura 9500044120", False),
        (330, 132, "Fecha factura 14.05.2025", False),
        (60, 280, "Pos.", False),
        (102.6, 280, "Material / Descripción", False),
        (329.8, 280, "Cantidad", False),
        (369, 280, "UM", False),
        (407.6, 280, "Precio", False),
        (437, 280, "por", False),
        (499.1, 280, "Importe", False),
        (533.4, 280, "IVA", False),
    ]
    texts += _item(
        298,
        "000010",
        "000000000050033121",
        "300",
        "M",
        "106,00",
        "100 M",
        "318,00",
        "Manguera RZ1-K 3G6 mm², bobina 300 m",
    )
    texts += [(119.7, 320, "Descuento 10,00 %", False), (527, 320, "-31,80", True)]
    texts += _item(
        338,
        "000020",
        "000000000050041876",
        "16",
        "UN",
        "23,40",
        "1 UN",
        "374,40",
        "Diferencial 2P 40 A 30 mA clase A",
    )
    texts += [(119.7, 360, "Recargo cobre 05/2025", False), (527, 360, "12,60", True)]
    texts += _item(
        378,
        "000030",
        "000000000050052290",
        "8",
        "UN",
        "41,50",
        "1 UN",
        "332,00",
        "Cuadro de superficie 24 módulos IP40",
    )
    texts += [
        (240, 420, "Importe bruto posiciones", False),
        (527, 420, "1.005,20", True),
        (240, 432, "Base imponible", False),
        (527, 432, "1.005,20", True),
        (240, 444, "TOTAL FACTURA EUR", False),
        (527, 444, "1.216,29", True),
    ]
    invoice = _invoice(texts)
    rows = [
        (
            item["description"].value,
            item["quantity"].value,
            item["unit_price"].value,
            item["amount"].value,
        )
        for item in invoice.items
    ]
    assert rows == [
        ("Manguera RZ1-K 3G6 mm², bobina 300 m", 300.0, 106.0, 318.0),
        ("Diferencial 2P 40 A 30 mA clase A", 16.0, 23.4, 374.4),
        ("Cuadro de superficie 24 módulos IP40", 8.0, 41.5, 332.0),
    ]
