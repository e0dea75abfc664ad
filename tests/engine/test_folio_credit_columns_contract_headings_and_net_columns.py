"""A folio's credit column and bilingual balance, a utility bill's contract-details heading
over its holder's rows, and a GST table's net column read for a row without a count."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """The text right-aligned at x1, as a figure in its column."""
    return (x1 - stringWidth(text, "Helvetica", 10), y, text)


def _folio() -> list[tuple[float, float, str]]:
    return [
        (60, 50, "GASTHOF ZUR LINDE"),
        (60, 64, "Marktplatz 9 · 79098 Freiburg"),
        (60, 110, "Tessaro Engineering Ltd"),
        (60, 124, "22 Harbour Street"),
        (60, 138, "Leeds LS1 4DY"),
        (340, 110, "Rechnung Nr. / Invoice No."),
        (480, 110, "55107"),
        (340, 124, "Datum / Date"),
        (480, 124, "09.04.2025"),
        (60, 190, "RECHNUNG / INVOICE"),
        (50, 220, "Datum"),
        (100, 220, "Beschreibung"),
        (300, 220, "Anz."),
        (340, 220, "Preis"),
        (410, 220, "Belastung"),
        (480, 220, "Gutschrift"),
        (50, 238, "07.04.25"),
        (100, 238, "Übernachtung"),
        _right(320, 238, "2"),
        _right(390, 238, "110,00"),
        _right(460, 238, "220,00"),
        (50, 252, "08.04.25"),
        (100, 252, "Frühstück"),
        _right(320, 252, "2"),
        _right(390, 252, "15,00"),
        _right(460, 252, "30,00"),
        (50, 266, "09.04.25"),
        (100, 266, "Mastercard ****5521"),
        _right(535, 266, "250,00"),
        (100, 290, "Summe / Total"),
        _right(460, 290, "250,00"),
        _right(535, 290, "250,00"),
        (100, 304, "Saldo / Balance"),
        _right(535, 304, "0,00 EUR"),
        (100, 330, "MwSt. 7 %"),
        _right(460, 330, "16,36"),
        (60, 780, "Gasthof zur Linde GmbH · USt-IdNr. DE136695976"),
    ]


def test_a_credit_column_caption_types_no_credit_note() -> None:
    result = extract_canonical(make_invoice_pdf([_folio()]), use_einvoice=False)
    assert result["fields"]["document_type"] == "invoice"


def test_a_bilingual_balance_caption_is_the_amount_due() -> None:
    result = extract_canonical(make_invoice_pdf([_folio()]), use_einvoice=False)
    assert result["fields"]["amount_due"] == 0.0


def _utility_bill() -> list[tuple[float, float, str]]:
    return [
        (60, 50, "Aguas del Tormes, S.A."),
        (60, 64, "CIF: A37104858"),
        (60, 78, "Plaza Mayor 3, 37002 Salamanca"),
        (340, 50, "FACTURA DE AGUA"),
        (340, 64, "Nº factura: AT-2025-77812"),
        (340, 78, "Fecha de emisión: 14/04/2025"),
        (60, 180, "DATOS DEL CONTRATO"),
        (60, 194, "Titular: Lucía Benavente Soto"),
        (360, 194, "Lucía Benavente Soto"),
        (60, 208, "NIF: 71935368T"),
        (360, 208, "Calle Toro 58, 2º A"),
        (60, 222, "Dirección de suministro: Calle Toro 58, 2º A, 37002 Salamanca"),
        (360, 222, "37002 Salamanca"),
        (60, 300, "Concepto"),
        (300, 300, "Cantidad"),
        (380, 300, "Precio"),
        (480, 300, "Importe"),
        (60, 318, "Consumo de agua"),
        _right(340, 318, "12"),
        _right(420, 318, "1,50"),
        _right(530, 318, "18,00"),
        (380, 350, "Base imponible"),
        _right(530, 350, "18,00"),
        (380, 364, "IVA 10 %"),
        _right(530, 364, "1,80"),
        (380, 378, "TOTAL"),
        _right(530, 378, "19,80"),
        (60, 800, "Aguas del Tormes, S.A. · Registro Mercantil de Salamanca, Hoja SA-1877"),
    ]


def test_a_contract_details_heading_names_no_buyer() -> None:
    result = extract_canonical(make_invoice_pdf([_utility_bill()]), use_einvoice=False)
    fields = result["fields"]
    assert fields["buyer_name"] == "Lucía Benavente Soto"
    assert fields["buyer_vat_id"] == "71935368T"
    assert fields["buyer_address"] == "Calle Toro 58, 2º A, 37002 Salamanca"


def test_a_row_without_a_count_takes_its_net_column() -> None:
    page = [
        (60, 50, "shopnest"),
        (60, 80, "Sold By :"),
        (60, 94, "Kaveri Home Private Limited"),
        (60, 108, "GST Registration No: 29AAKCS4821M1ZS"),
        (340, 80, "Invoice Number : KV-55021"),
        (340, 94, "Invoice Date : 02.04.2025"),
        (30, 200, "Description"),
        (170, 200, "Unit Price"),
        (230, 200, "Qty"),
        (258, 200, "Net Amount"),
        (322, 200, "Tax Rate"),
        (370, 200, "Tax Amount"),
        (440, 200, "Total Amount"),
        (30, 218, "Steel water bottle"),
        _right(220, 218, "$500.00"),
        _right(250, 218, "2"),
        _right(312, 218, "$1,000.00"),
        _right(360, 218, "18%"),
        _right(430, 218, "$180.00"),
        _right(505, 218, "$1,180.00"),
        (30, 232, "Delivery Fee"),
        _right(220, 232, "$42.37"),
        _right(312, 232, "$42.37"),
        _right(360, 232, "18%"),
        _right(430, 232, "$7.63"),
        _right(505, 232, "$50.00"),
        (30, 260, "TOTAL:"),
        _right(430, 260, "$187.63"),
        _right(505, 260, "$1,230.00"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    items = [(i["description"], i.get("unit_price"), i["amount"]) for i in result["line_items"]]
    assert items == [
        ("Steel water bottle", 500.0, 1000.0),
        ("Delivery Fee", 42.37, 42.37),
    ]
