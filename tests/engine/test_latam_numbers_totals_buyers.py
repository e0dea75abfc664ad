"""Latin American invoices: Mexico's CFDI (the "Serie / Folio" number, not the fiscal folio's
UUID; the "DATOS DEL RECEPTOR" block), Argentina's AFIP form (point of sale and voucher count,
"Fecha de Vto. para el pago", the receiver's "Apellido y Nombre / Razón Social"), Peru's
electronic invoice (the series number under "FACTURA ELECTRÓNICA", "Op. Gravada" and "IGV",
a resolution's number in the footer) and Brazil's NFS-e ("Número da Nota", the ISS deadline)."""

from __future__ import annotations

from typing import Any

from facturist.engine.extraction import extract_canonical

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with ">" is right-aligned on x.
Text = tuple[float, float, str, float]


def _fields(texts: list[Text]) -> dict[str, Any]:
    result = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return dict(result["fields"])


def test_cfdi_series_folio_not_the_uuid_and_the_receptor_block() -> None:
    texts: list[Text] = [
        (42, 40, "RAYOSOL", 16),
        (430, 40, "FACTURA", 13),
        (350, 60, "Serie / Folio:", 6),
        (565, 60, ">B / 2077", 6),
        (42, 63, "Rayosol Ingeniería del Centro, S.A. de C.V.", 9),
        (350, 72, "Folio fiscal (UUID):", 6),
        (42, 75, "RFC: RIC170311AB2", 6),
        (420, 83, "9A1C22E0-41B7-4F0A-9D3E-00A1B2C3D4E5", 6),
        (42, 98, "Calle Morelos 410, Col. Centro, C.P. 76000, Querétaro", 7),
        (350, 105, "Fecha y hora de emisión: 2025-06-02T09:10:00", 6),
        (48, 176, "DATOS DEL RECEPTOR", 8),
        (48, 192, "Nombre / Razón social:", 7),
        (150, 192, "Papelera Huasteca del Golfo, S.A. de C.V.", 7),
        (48, 203, "RFC:", 7),
        (146, 203, "PHG120405KT1", 7),
        (48, 214, "Domicilio fiscal:", 7),
        (146, 214, "C.P. 89000", 7),
        (48, 225, "Uso CFDI:", 7),
        (150, 225, "G03 - Gastos en general", 7),
        (48, 300, "Cant.", 7),
        (100, 300, "Descripción", 7),
        (560, 300, ">Importe", 7),
        (48, 316, "2.00", 7),
        (100, 316, "Mantenimiento de inversores", 7),
        (560, 316, ">10,000.00", 7),
        (400, 410, "Subtotal", 8),
        (560, 410, ">$ 10,000.00", 8),
        (400, 422, "IVA 16%", 8),
        (560, 422, ">$ 1,600.00", 8),
        (400, 438, "Total", 9),
        (560, 438, ">$ 11,600.00", 9),
    ]
    fields = _fields(texts)
    assert fields["invoice_number"] == "B 2077"
    assert fields["buyer_name"] == "Papelera Huasteca del Golfo, S.A. de C.V."
    assert fields.get("buyer_address") is None  # an RFC and a postcode alone: no address


def test_afip_point_of_sale_due_date_receiver_and_rate_rows() -> None:
    texts: list[Text] = [
        (90, 60, "Vientos del Sur", 18),
        (340, 60, "FACTURA", 16),
        (332, 98, "Punto de Venta:", 7),
        (400, 98, "00012", 7),
        (440, 98, "Comp. Nro:", 7),
        (488, 98, "00000458", 7),
        (332, 112, "Fecha de Emisión:", 7),
        (411, 112, "10/05/2025", 7),
        (37, 106, "Razón Social:", 7),
        (97, 106, "VIENTOS DEL SUR S.A.", 7),
        (37, 182, "Período Facturado Desde:", 7),
        (142, 182, "01/05/2025", 7),
        (327, 182, "Fecha de Vto. para el pago:", 7),
        (440, 182, "09/06/2025", 7),
        (37, 208, "CUIT:", 7),
        (65, 208, "30711122233", 7),
        (170, 208, "Apellido y Nombre / Razón Social:", 7),
        (318, 208, "MOLINOS DEL PLATA S.R.L.", 7),
        (37, 222, "Condición frente al IVA:", 7),
        (137, 222, "IVA Responsable Inscripto", 7),
        (32, 254, "Código", 7),
        (80, 254, "Producto / Servicio", 7),
        (280, 254, "Cantidad", 7),
        (560, 254, ">Subtotal", 7),
        (32, 272, "M-1", 7),
        (80, 272, "Molienda de trigo", 7),
        (280, 272, "10,00", 7),
        (560, 272, ">100000,00", 7),
        (340, 566, "Importe Neto Gravado: $", 8),
        (560, 566, ">100000,00", 8),
        (396, 582, "IVA 27%: $", 8),
        (560, 582, ">0,00", 8),
        (396, 598, "IVA 21%: $", 8),
        (560, 598, ">21000,00", 8),
        (396, 614, "IVA 10.5%: $", 8),
        (560, 614, ">0,00", 8),
        (370, 630, "Importe Total: $", 8),
        (560, 630, ">121000,00", 8),
        (355, 765, "Fecha de Vto. de CAE:", 7),
        (455, 765, "20/05/2025", 7),
    ]
    fields = _fields(texts)
    assert fields["invoice_number"] == "00012-00000458"
    assert fields["due_date"] == "2025-06-09"
    assert fields["buyer_name"] == "MOLINOS DEL PLATA S.R.L."
    assert (fields["net_amount"], fields["tax_amount"]) == (100000.0, 21000.0)


def test_peru_series_number_igv_and_resolution_footer() -> None:
    texts: list[Text] = [
        (40, 40, "andes|pack", 15),
        (408, 40, "R.U.C. 20512345671", 10),
        (40, 62, "EMPAQUES ANDINOS S.A.C.", 7),
        (392, 64, "FACTURA ELECTRÓNICA", 10),
        (40, 75, "Av. Argentina 2450, Lima", 7),
        (421, 89, "F002-00000981", 8),
        (40, 130, "Fecha de Emisión", 6),
        (148, 130, ": 03/03/2025", 6),
        (40, 153, "Señor(es)", 6),
        (148, 153, ": FRUTOS DEL VALLE S.A.", 6),
        (48, 227, "Cantidad", 7),
        (160, 227, "Descripción", 7),
        (560, 227, ">Valor de Venta", 7),
        (48, 245, "100.00", 7),
        (160, 245, "Caja de cartón corrugado", 7),
        (560, 245, ">1,000.00", 7),
        (391, 314, "Op. Gravada:", 7),
        (460, 314, "S/", 7),
        (560, 314, ">1,000.00", 7),
        (406, 355, "IGV 18%:", 7),
        (460, 355, "S/", 7),
        (560, 355, ">180.00", 7),
        (386, 369, "Importe Total:", 7),
        (460, 369, "S/", 7),
        (560, 369, ">1,180.00", 7),
        (40, 778, "Autorizado mediante Resolución de Intendencia N° 018-005-0001234", 6),
    ]
    fields = _fields(texts)
    assert fields["invoice_number"] == "F002-00000981"
    assert (fields["net_amount"], fields["tax_amount"]) == (1000.0, 180.0)
    assert fields["buyer_name"] == "FRUTOS DEL VALLE S.A."


def test_nfse_note_number_and_the_iss_deadline() -> None:
    texts: list[Text] = [
        (411, 43, "Número da Nota", 7),
        (46, 45, "PREFEITURA MUNICIPAL DE CURITIBA", 9),
        (560, 52, ">00000715", 9),
        (411, 66, "Data e Hora de Emissão", 7),
        (46, 76, "NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e", 9),
        (411, 76, "12/03/2025 10:00:00", 7),
        (245, 124, "PRESTADOR DE SERVIÇOS", 8),
        (43, 152, "Nome/Razão Social:", 7),
        (130, 152, "Pinheiro Auditoria Ltda.", 7),
        (43, 307, "Auditoria contábil - etapa nº 04", 7),
        (204, 450, "VALOR TOTAL DA NOTA = R$ 10.000,00", 9),
        (43, 600, "(2) Data de vencimento do ISS desta NFS-e: 10/04/2025", 7),
    ]
    fields = _fields(texts)
    assert fields["invoice_number"] == "00000715"
    assert fields.get("due_date") is None
