"""A party's address on Spanish and Portuguese caption | value rows ("Dirección | : ...",
"Comuna | : ...", "Endereço: | ..." over "Município: | ... | UF: | CEP: ...")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_ITEMS = [
    (50, 300, "Codigo"),
    (120, 300, "Descripcion"),
    (330, 300, "Cantidad"),
    (400, 300, "Precio Unit."),
    (480, 300, "Valor"),
    (50, 320, "AB-1"),
    (120, 320, "Servicio de mantencion"),
    (330, 320, "2"),
    (400, 320, "50.000"),
    (480, 320, "100.000"),
    (380, 360, "Monto Neto $ 100.000"),
    (380, 375, "IVA 19% $ 19.000"),
    (380, 390, "Total $ 119.000"),
]


def test_colon_column_rows_give_the_buyers_street_and_comuna() -> None:
    rows = [
        (50, 40, "FERRETERIA LOS ROBLES SPA"),
        (400, 40, "FACTURA ELECTRONICA"),
        (400, 55, "N° 4821"),
        (50, 150, "Fecha Emision"),
        (150, 150, ": 11-03-2025"),
        (50, 162, "Señor(es)"),
        (150, 162, ": Constructora Valle Verde Ltda."),
        (50, 174, "R.U.T."),
        (150, 174, ": 77.111.222-3"),
        (50, 186, "Dirección"),
        (150, 186, ": Avenida Los Pinos 742, piso 3"),
        (50, 198, "Comuna"),
        (150, 198, ": Providencia"),
        (50, 210, "Condición de venta"),
        (150, 210, ": Contado"),
        *_ITEMS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Constructora Valle Verde Ltda."
    assert fields["buyer_address"] == "Avenida Los Pinos 742, piso 3, Providencia"


def test_a_postcode_alone_is_no_address() -> None:
    rows = [
        (50, 40, "FERRETERIA LOS ROBLES SPA"),
        (400, 40, "FACTURA ELECTRONICA"),
        (400, 55, "N° 4821"),
        (50, 150, "Fecha Emision"),
        (150, 150, ": 11-03-2025"),
        (50, 162, "Señor(es)"),
        (150, 162, ": Constructora Valle Verde Ltda."),
        (50, 174, "Domicilio fiscal:"),
        (150, 174, "C.P. 64000"),
        *_ITEMS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields.get("buyer_address") in (None, "")
