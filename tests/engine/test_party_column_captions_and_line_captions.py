"""Party blocks under captions.

A row of small section captions heading three columns ("EMISOR | CLIENTE | DATOS DE
FACTURA", "Von | An | Rechnungsdaten"): the seller's, the buyer's and an info column that
is neither party. The third caption is never the buyer's name, and each party's address is
its own column's.

A caption opening a name or address line ("Titular: ...", "Dirección fiscal: ..."): the
caption is no part of the name or the street, its value is.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf

_ITEMS_AND_TOTALS: list[SizedText] = [
    (60, 260, "Concepto", 8),
    (340, 260, "Unidades", 8),
    (430, 260, "Precio", 8),
    (495, 260, "Importe", 8),
    (60, 276, "Mantenimiento anual de instalaciones", 8),
    (383, 276, "1", 8),
    (414, 276, "2.400,00 €", 8),
    (488, 276, "2.400,00 €", 8),
    (320, 320, "Base imponible", 9),
    (480, 320, "2.400,00 €", 9),
    (320, 334, "IVA 21 %", 9),
    (480, 334, "504,00 €", 9),
    (320, 348, "TOTAL FACTURA", 9),
    (480, 348, "2.904,00 €", 9),
]


def test_three_column_caption_row_names_no_buyer_by_the_info_caption() -> None:
    texts: list[SizedText] = [
        (57, 60, "SERVICIOS TÉCNICOS DEL ESTE", 14),
        (57, 76, "Mantenimiento industrial", 8),
        (57, 118, "EMISOR", 7),
        (221, 118, "CLIENTE", 7),
        (425, 118, "DATOS DE FACTURA", 7),
        (57, 136, "Servicios Técnicos del Este, S.L.", 8),
        (221, 136, "Talleres Moreno Vidal, S.A.", 8),
        (425, 136, "Nº factura", 8),
        (483, 136, "ST-2025/0412", 8),
        (57, 149, "CIF: B46123457", 8),
        (221, 149, "CIF: A28764319", 8),
        (425, 149, "Fecha", 8),
        (490, 149, "03/09/2025", 8),
        (57, 162, "Avenida del Puerto de Valencia 188, nave 4", 8),
        (221, 162, "Calle de Alcalá 212, local 2", 8),
        (425, 162, "Vencimiento", 8),
        (490, 162, "03/10/2025", 8),
        (57, 175, "46023 Valencia", 8),
        (221, 175, "28028 Madrid", 8),
        (425, 175, "Contrato", 8),
        (476, 175, "MNT-2021-077", 8),
        (57, 188, "Tel. 96 355 12 40", 8),
        *_ITEMS_AND_TOTALS,
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Talleres Moreno Vidal, S.A."
    assert fields["buyer_address"] == "Calle de Alcalá 212, local 2, 28028 Madrid"
    assert fields["seller_address"] == "Avenida del Puerto de Valencia 188, nave 4, 46023 Valencia"


def test_holder_and_fiscal_address_captions_leave_the_name_and_street() -> None:
    texts: list[SizedText] = [
        (44, 40, "lumenor", 20),
        (400, 40, "Factura de gas natural", 10),
        (436, 60, "Nº factura: GN25-0081734", 8),
        (298, 105, "DATOS DEL TITULAR", 8),
        (298, 122, "Titular: Hostelería Ribera Norte, S.L.", 8),
        (298, 134, "NIF: B31876542", 8),
        (55, 146, "1.210,00 €", 14),
        (298, 146, "Dirección fiscal: Calle Mayor 17, bajo,", 8),
        (298, 158, "31001 Pamplona", 8),
        (298, 170, "Dirección de suministro: la misma", 8),
        (55, 190, "Fecha de emisión: 05/11/2025", 8),
        (60, 260, "Concepto", 8),
        (340, 260, "Cantidad", 8),
        (430, 260, "Precio", 8),
        (495, 260, "Importe", 8),
        (60, 276, "Consumo de gas del periodo", 8),
        (383, 276, "1", 8),
        (414, 276, "1.000,00 €", 8),
        (488, 276, "1.000,00 €", 8),
        (320, 320, "Base imponible", 9),
        (480, 320, "1.000,00 €", 9),
        (320, 334, "IVA 21 %", 9),
        (480, 334, "210,00 €", 9),
        (320, 348, "TOTAL IMPORTE FACTURA", 9),
        (480, 348, "1.210,00 €", 9),
        (43, 700, "Lumenor Gas Comercializadora, S.A. · CIF A31555012 · Calle Tafalla 3,", 7),
        (43, 710, "31003 Pamplona · Inscrita en el R.M. de Navarra", 7),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Hostelería Ribera Norte, S.L."
    assert fields["buyer_address"] == "Calle Mayor 17, bajo, 31001 Pamplona"
