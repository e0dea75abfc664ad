"""Iberian and Mexican captions: Catalan item columns ("Descripció | Quant. | Preu | Dte.% |
Import") and due date ("Venciment"); a customer line repeated on a continuation page ("Cliente:
name (trade name) · N.I.F. ..."); a till's "%IVA | BASE | CUOTA" grid and "Núm:" number; a
CFDI's "Serie:" over "Folio:"; Portugal's "NOTA DE CRÉDITO NC 2025/0041" title and
"Contribuinte do cliente"."""

from __future__ import annotations

from typing import Any

from facturist.engine.extraction import extract_canonical
from facturist.engine.labelledtail import labelled_name

from .conftest import make_aligned_pdf

Text = tuple[float, float, str, float]


def _read(texts: list[Text]) -> dict[str, Any]:
    return dict(extract_canonical(make_aligned_pdf(texts), use_einvoice=False))


def test_catalan_item_columns_and_due_date() -> None:
    texts: list[Text] = [
        (40, 40, "Subministraments Oriol, S.L.", 12),
        (40, 56, "C/ Major, 12, 08001 Barcelona", 8),
        (40, 68, "CIF: B96418736", 8),
        (400, 90, "FACTURA", 12),
        (380, 110, "Núm. factura:", 8),
        (470, 110, "FV25-00417", 8),
        (380, 122, "Data:", 8),
        (470, 122, "15/03/2025", 8),
        (380, 134, "Venciment:", 8),
        (470, 134, "14/04/2025", 8),
        (44, 190, "Ref.", 8),
        (100, 190, "Descripció", 8),
        (330, 190, "Quant.", 8),
        (390, 190, "Preu", 8),
        (440, 190, "Dte.%", 8),
        (550, 190, ">Import", 8),
        (44, 205, "MT2P16C", 8),
        (100, 205, "Interruptor magnetotèrmic 2P 16 A", 8),
        (330, 205, "12", 8),
        (390, 205, "9,85", 8),
        (550, 205, ">118,20", 8),
        (44, 220, "TCM25", 8),
        (100, 220, "Tub corrugat folrat M25", 8),
        (330, 220, "8", 8),
        (390, 220, "17,60", 8),
        (440, 220, "10", 8),
        (550, 220, ">126,72", 8),
        (380, 270, "Base imposable", 8),
        (550, 270, ">244,92", 8),
        (380, 282, "IVA 21%", 8),
        (550, 282, ">51,43", 8),
        (380, 294, "TOTAL FACTURA", 8),
        (550, 294, ">296,35", 8),
    ]
    result = _read(texts)
    assert result["fields"]["due_date"] == "2025-04-14"
    items = result["line_items"]
    assert [item["amount"] for item in items] == [118.2, 126.72]
    assert items[1]["quantity"] == 8
    assert items[1]["unit_price"] == 17.6


def test_labelled_name_drops_tax_number_and_a_persons_trade_name() -> None:
    text = "Rosario Jiménez Pardo (Ultramarinos La Esquina) · N.I.F. 28765432E"
    assert labelled_name(text) == "Rosario Jiménez Pardo"
    assert labelled_name("Talleres Nora, S.L. · CIF B12345678") == "Talleres Nora, S.L."
    # A company's bracketed qualifier stays, as does a name without any tail.
    assert labelled_name("Meyer (Schweiz) AG") == "Meyer (Schweiz) AG"
    hostal = "Hostal Miramar (Grupo Costa Azul)"
    assert labelled_name(f"{hostal} · CIF B12345674") == hostal
    assert labelled_name("ACME Ltd (UK Branch)") == "ACME Ltd (UK Branch)"


def test_customer_line_on_its_own() -> None:
    texts: list[Text] = [
        (40, 40, "DISTRIBUCIONES LOZANO, S.A.", 12),
        (40, 56, "Carretera de Palma, km 3,5, 14005 Córdoba", 8),
        (40, 68, "C.I.F. A14183727", 8),
        (380, 40, "FACTURA", 10),
        (380, 56, "Número", 8),
        (460, 56, "A-2025/000763", 8),
        (380, 68, "Fecha", 8),
        (460, 68, "15/03/25", 8),
        (40, 120, "Cliente: Rosario Jiménez Pardo (Ultramarinos La Esquina) · N.I.F. 28765432E", 8),
        (44, 160, "Descripción", 8),
        (330, 160, "Cant.", 8),
        (400, 160, "Precio", 8),
        (550, 160, ">Importe", 8),
        (44, 175, "Harina de trigo 1 kg", 8),
        (330, 175, "20", 8),
        (400, 175, "0,78", 8),
        (550, 175, ">15,60", 8),
        (380, 220, "TOTAL FACTURA €", 8),
        (550, 220, ">15,60", 8),
    ]
    assert _read(texts)["fields"]["buyer_name"] == "Rosario Jiménez Pardo"


def test_till_rate_base_share_grid_and_abridged_number() -> None:
    texts: list[Text] = [
        (200, 40, "FERRETERIA EL CLAVO", 12),
        (200, 56, "El Clavo de Gràcia, S.L.", 9),
        (200, 68, "C/ de Verdi, 74", 8),
        (200, 80, "08012 Barcelona", 8),
        (200, 92, "NIF B08523946", 8),
        (190, 116, "FACTURA SIMPLIFICADA", 10),
        (120, 132, "Núm: T01-2025-008812", 8),
        (120, 144, "Fecha: 15/03/2025", 8),
        (120, 170, "TORNILLO AGLOM 4X40 200U", 8),
        (400, 170, ">28,92", 8),
        (120, 190, "IVA 21%", 8),
        (400, 190, ">6,07", 8),
        (120, 210, "TOTAL EUR", 9),
        (400, 210, ">34,99", 9),
        (130, 240, "%IVA", 8),
        (230, 240, "BASE", 8),
        (330, 240, "CUOTA", 8),
        (130, 252, "21,00", 8),
        (230, 252, "28,92", 8),
        (330, 252, "6,07", 8),
    ]
    fields = _read(texts)["fields"]
    assert fields["invoice_number"] == "T01-2025-008812"
    assert fields["net_amount"] == 28.92
    assert fields["tax_amount"] == 6.07


def test_cfdi_series_over_folio() -> None:
    texts: list[Text] = [
        (42, 40, "COMERCIALIZADORA DEL BAJÍO, S.A. DE C.V.", 10),
        (470, 40, "FACTURA", 12),
        (420, 55, "Serie:", 6),
        (470, 55, "FA", 6),
        (420, 66, "Folio:", 6),
        (470, 66, "10482", 6),
        (42, 60, "RFC: CIB980312KT3", 7),
        (300, 100, "Folio fiscal (UUID):", 6),
        (400, 100, "6F2B1C8E-93A4-4D17-B0E5-2A9C71F4D386", 6),
        (300, 112, "Fecha y hora de emisión: 2025-03-15T11:42:08", 6),
        (48, 300, "Cantidad", 7),
        (120, 300, "Descripción", 7),
        (560, 300, ">Importe", 7),
        (48, 316, "2.00", 7),
        (120, 316, "Toalla de baño", 7),
        (560, 316, ">10,000.00", 7),
        (400, 410, "Subtotal", 8),
        (560, 410, ">$ 10,000.00", 8),
        (400, 422, "IVA 16%", 8),
        (560, 422, ">$ 1,600.00", 8),
        (400, 438, "Total", 9),
        (560, 438, ">$ 11,600.00", 9),
    ]
    assert _read(texts)["fields"]["invoice_number"] == "FA 10482"


def test_portuguese_credit_note_title_and_customer_taxpayer() -> None:
    texts: list[Text] = [
        (420, 40, "LUSODESK, S.A.", 12),
        (420, 56, "Av. da Liberdade, 190", 8),
        (420, 68, "1250-147 Lisboa", 8),
        (420, 80, "NIPC 507629183", 8),
        (60, 130, "Clínica Dentária Sorriso, Lda.", 9),
        (60, 142, "Avenida da Boavista, 3521", 8),
        (60, 154, "4100-139 Porto", 8),
        (420, 190, "Lisboa, 20 de março de 2025", 8),
        (50, 230, "NOTA DE CRÉDITO NC 2025/0041", 10),
        (300, 230, "ATCUD: PQ4W8N2R-41", 8),
        (40, 250, "Contribuinte do cliente: 513902473", 8),
        (40, 262, "Documento de origem: Fatura FT 2025/0933 de 2025-02-20", 8),
        (44, 300, "Designação", 8),
        (330, 300, "Qtd.", 8),
        (400, 300, "Preço unit.", 8),
        (550, 300, ">Valor", 8),
        (44, 315, "Arquivador metálico", 8),
        (330, 315, "1", 8),
        (400, 315, "279,00", 8),
        (550, 315, ">279,00", 8),
        (380, 350, "Incidência", 8),
        (550, 350, ">279,00", 8),
        (380, 362, "IVA 23%", 8),
        (550, 362, ">64,17", 8),
        (380, 374, "Total a creditar €", 8),
        (550, 374, ">343,17", 8),
    ]
    fields = _read(texts)["fields"]
    assert fields["invoice_number"] == "NC 2025/0041"
    assert fields["buyer_vat_id"] == "513902473"
    assert fields["seller_vat_id"] == "507629183"
