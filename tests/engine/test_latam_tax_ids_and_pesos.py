"""Latin American invoices: Chile's RUT, Argentina's CUIT, Colombia's NIT and Peru's RUC read
after their captions (latamtaxids.py), the buyer's ID in its name's row or heading its
section (buyeridbeside.py), and a bare "$" read as the peso of the country the page names,
"S/" as Peru's sol (latamcurrency.py)."""

from __future__ import annotations

from facturist.engine.latamtaxids import (
    is_argentine_cuit,
    is_chilean_rut,
    is_colombian_nit,
    is_peruvian_ruc,
)
from facturist.engine.parse.currency import detect_currency

from .conftest import header_values


def test_check_digits() -> None:
    assert is_chilean_rut("96.512.308-3")
    assert is_chilean_rut("78204117-7")
    assert not is_chilean_rut("96.512.308-4")
    assert not is_chilean_rut("96512308")
    assert is_argentine_cuit("30715988328")
    assert is_argentine_cuit("30-69124470-5")
    assert not is_argentine_cuit("30715988327")
    assert is_colombian_nit("901.337.620-2")
    assert not is_colombian_nit("901.337.620-3")
    assert is_peruvian_ruc("20512349871")
    assert not is_peruvian_ruc("20512349872")


def test_chilean_invoice_ruts_and_peso() -> None:
    fields = header_values(
        [
            (50, 40, "DISTRIBUIDORA COSTA AZUL SPA"),
            (330, 40, "R.U.T.: 96.512.308-3"),
            (330, 56, "FACTURA ELECTRÓNICA"),
            (50, 56, "Av. Providencia 1208, Providencia"),
            (330, 72, "N° 7731"),
            (330, 88, "S.I.I. - SANTIAGO CENTRO"),
            (50, 140, "Fecha Emisión"),
            (160, 140, ": 04-02-2025"),
            (50, 152, "Señor(es)"),
            (160, 152, ": Comercial Los Robles Ltda."),
            (50, 164, "R.U.T."),
            (160, 164, ": 78.204.117-7"),
            (50, 220, "Descripción"),
            (300, 220, "Cantidad"),
            (380, 220, "Precio Unit."),
            (480, 220, "Valor"),
            (50, 236, "Papel fotocopia resma"),
            (300, 236, "100"),
            (380, 236, "4.000"),
            (480, 236, "400.000"),
            (380, 270, "Monto Neto"),
            (480, 270, "$ 400.000"),
            (380, 284, "IVA 19%"),
            (480, 284, "$ 76.000"),
            (380, 298, "Total"),
            (480, 298, "$ 476.000"),
        ]
    )
    assert fields["seller_vat_id"] == "96.512.308-3"
    assert fields["buyer_vat_id"] == "78.204.117-7"
    assert fields["currency"] == "CLP"


def test_argentine_cuits_in_the_buyers_row() -> None:
    fields = header_values(
        [
            (50, 40, "Razón Social: TALLERES DEL LITORAL S.R.L."),
            (330, 40, "FACTURA A"),
            (330, 56, "Comp. Nro: 0002-00000415"),
            (330, 72, "CUIT: 30715988328"),
            (330, 88, "Fecha de Emisión: 12/03/2025"),
            (50, 130, "CUIT: 30691244705"),
            (200, 130, "Apellido y Nombre / Razón Social: METALURGICA SUR S.A."),
            (50, 220, "Descripción"),
            (300, 220, "Cantidad"),
            (380, 220, "Precio Unit."),
            (480, 220, "Subtotal"),
            (50, 236, "Reparación de bomba"),
            (300, 236, "1,00"),
            (380, 236, "100000,00"),
            (480, 236, "100000,00"),
            (330, 270, "Importe Neto Gravado: $ 100000,00"),
            (330, 284, "IVA 21%: $ 21000,00"),
            (330, 298, "Importe Total: $ 121000,00"),
            (50, 320, "Comprobante Autorizado AFIP"),
        ]
    )
    assert fields["seller_vat_id"] == "30715988328"
    assert fields["buyer_vat_id"] == "30691244705"
    assert fields["currency"] == "ARS"


def test_nit_and_ruc_after_their_captions() -> None:
    colombian = header_values(
        [
            (50, 40, "Ferretería El Roble S.A.S."),
            (330, 40, "FACTURA ELECTRÓNICA DE VENTA"),
            (50, 56, "NIT 901.337.620-2"),
            (330, 56, "No. FE-2210"),
            *_ONE_ITEM,
        ]
    )
    assert colombian["seller_vat_id"] == "901.337.620-2"
    peruvian = header_values(
        [
            (50, 40, "SERVICIOS ANDINOS S.A.C."),
            (330, 40, "R.U.C. 20512349871"),
            (330, 56, "FACTURA ELECTRÓNICA"),
            (330, 72, "F002-00000913"),
            *_ONE_ITEM,
        ]
    )
    assert peruvian["seller_vat_id"] == "20512349871"


_ONE_ITEM = [
    (50, 220, "Descripción"),
    (300, 220, "Cantidad"),
    (380, 220, "Precio"),
    (480, 220, "Importe"),
    (50, 236, "Servicio técnico"),
    (300, 236, "1"),
    (380, 236, "500.00"),
    (480, 236, "500.00"),
    (380, 270, "Total"),
    (480, 270, "500.00"),
]


def test_peso_and_sol() -> None:
    assert detect_currency("RFC: ABC010101AB1 CFDI Total $ 1,160.00") == "MXN"
    assert detect_currency("NIT 901.337.620-2 DIAN Total $ 1.190.000,00") == "COP"
    assert detect_currency("RUC 20512349871 Total: S/ 1,180.00") == "PEN"
    assert detect_currency("Tipo de Moneda: SOLES SUNAT Total 1,180.00") == "PEN"
    # A US invoice naming only a Mexican customer's RFC stays in dollars.
    assert detect_currency("Customer RFC: ABC010101AB1 Total $ 1,160.00") == "USD"
    assert detect_currency("Calle Mayor S/N Total $ 100.00") == "USD"
