"""Forwarders' item tables: charges in a foreign currency beside their converted amount, and
counted surcharges under a "Leistung | Menge | Preis | Betrag" header.

Conventions:
- "QTY | RATE | ORIGINAL | VAT | AMOUNT USD" over "2 | EUR 495.00 | EUR 990.00 | 0% |
  1,073.36": the line amount is the figure in the invoice's currency under the amount's
  caption; the foreign original between, though it is count times price, is no net beside a
  gross: a row at 0 % VAT holds no more than its net.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _result(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(
        make_invoice_pdf([page], marks=True, size=8), use_einvoice=False
    )
    return result


def test_the_converted_amount_is_the_line_amount_beside_the_original() -> None:
    page: Page = [
        (57, 50, "MAASVLAKTE CARGO B.V."),
        (57, 62, "Europaweg 900, 3199 LC Rotterdam"),
        (57, 74, "VAT NL812345678B01"),
        (380, 50, "COMMERCIAL INVOICE"),
        (380, 62, "Invoice no. MC-2026-0311"),
        (380, 74, "Date March 3, 2026"),
        (57, 120, "Ohio Valve Works Inc."),
        (57, 132, "120 Main Street"),
        (57, 144, "Dayton, OH 45402"),
        (57, 200, "DESCRIPTION"),
        (290, 200, ">QTY"),
        (360, 200, ">RATE"),
        (430, 200, ">ORIGINAL"),
        (462, 200, ">VAT"),
        (540, 200, ">AMOUNT USD"),
        (57, 215, "Ocean freight Rotterdam – Baltimore"),
        (290, 215, ">1"),
        (360, 215, ">USD 3,100.00"),
        (462, 215, ">0%"),
        (540, 215, ">3,100.00"),
        (57, 230, "Pre-carriage truck Tilburg – Rotterdam"),
        (290, 230, ">2"),
        (360, 230, ">EUR 410.00"),
        (430, 230, ">EUR 820.00"),
        (462, 230, ">0%"),
        (540, 230, ">889.04"),
        (57, 245, "Terminal handling charges"),
        (290, 245, ">2"),
        (360, 245, ">EUR 250.00"),
        (430, 245, ">EUR 500.00"),
        (462, 245, ">0%"),
        (540, 245, ">542.10"),
        (57, 270, "EUR charges converted at EUR 1.00 = USD 1.0842."),
        (430, 300, "TOTAL NET"),
        (540, 300, ">4,531.14"),
        (430, 315, "VAT 0%"),
        (540, 315, ">0.00"),
        (430, 330, "TOTAL INVOICE USD"),
        (540, 330, ">4,531.14"),
    ]
    result = _result(page)
    amounts = [item["amount"] for item in result["line_items"]]
    assert amounts == [3100.00, 889.04, 542.10]
    assert result["fields"]["total_amount"] == 4531.14


def test_a_section_header_with_count_and_price_under_shipments_without() -> None:
    page: Page = [
        (57, 50, "FLINKPOST Kurierdienst GmbH"),
        (57, 62, "Hafenstraße 3, 28217 Bremen"),
        (380, 50, "Rechnung 8801234"),
        (380, 62, "Rechnungsdatum 31.03.2026"),
        (57, 110, "Kräuterhof Sommer e.K."),
        (57, 122, "Lindenweg 4, 27283 Verden"),
        (57, 170, "Datum"),
        (100, 170, "Leistung / Empfänger"),
        (480, 170, ">Betrag EUR"),
        (500, 170, "St"),
        (57, 185, "04.03."),
        (100, 185, "Paket National → 79098 Freiburg"),
        (480, 185, ">9,80"),
        (500, 185, "S"),
        (57, 200, "05.03."),
        (100, 200, "Paket EU Zone 1 → AT-1010 Wien"),
        (480, 200, ">24,90"),
        (500, 200, "S"),
        (57, 215, "06.03."),
        (100, 215, "Paket National → 70173 Stuttgart"),
        (480, 215, ">6,90"),
        (500, 215, "S"),
        (57, 235, "Summe Sendungen"),
        (480, 235, ">41,60"),
        (57, 260, "Zuschläge und Nebenleistungen"),
        (57, 280, "Leistung"),
        (340, 280, ">Menge"),
        (400, 280, ">Preis"),
        (480, 280, ">Betrag EUR"),
        (500, 280, "St"),
        (57, 295, "Maut- und Energiezuschlag je Sendung"),
        (340, 295, ">3"),
        (400, 295, ">0,19"),
        (480, 295, ">0,57"),
        (500, 295, "S"),
        (57, 310, "Adresskorrektur / Nachrecherche"),
        (340, 310, ">2"),
        (400, 310, ">8,50"),
        (480, 310, ">17,00"),
        (500, 310, "S"),
        (300, 340, "Nettobetrag"),
        (480, 340, ">59,17"),
        (300, 355, "Umsatzsteuer 19 %"),
        (480, 355, ">11,24"),
        (300, 370, "Rechnungsbetrag"),
        (480, 370, ">70,41"),
    ]
    items = _result(page)["line_items"]
    assert [item["description"] for item in items[-2:]] == [
        "Maut- und Energiezuschlag je Sendung",
        "Adresskorrektur / Nachrecherche",
    ]
    assert [(item["quantity"], item["unit_price"]) for item in items[-2:]] == [
        (3.0, 0.19),
        (2.0, 8.50),
    ]


def test_services_in_two_currencies_then_outlays_under_a_header_of_their_own() -> None:
    page: Page = [
        (57, 50, "TRANSITOS DEL SUR, S.L."),
        (57, 62, "Muelle de Levante, 5 · 11006 Cádiz"),
        (380, 50, "FACTURA N.º FS26/0102"),
        (380, 62, "FECHA 04/05/2026"),
        (330, 110, "CONSERVAS LA ALMADRABA, S.A."),
        (330, 122, "C/ Real, 12 · 11160 Barbate"),
        (57, 170, "SERVICIOS"),
        (57, 185, "Concepto"),
        (380, 185, ">Importe USD"),
        (465, 185, ">Importe EUR"),
        (505, 185, "IVA"),
        (57, 200, "Flete marítimo Casablanca – Cádiz"),
        (380, 200, ">1 500,00"),
        (465, 200, ">1 379,40"),
        (500, 200, "Exento"),
        (57, 215, "THC destino terminal"),
        (465, 215, ">210,00"),
        (500, 215, "Exento"),
        (57, 230, "Despacho de importación (DUA)"),
        (465, 230, ">95,00"),
        (505, 230, "21 %"),
        (57, 250, "Tipo de cambio aplicado USD/EUR: 0,9196"),
        (57, 275, "SUPLIDOS (no sujetos a IVA)"),
        (57, 290, "Concepto"),
        (555, 290, ">Importe EUR"),
        (57, 305, "Derechos arancelarios – DUA 26ES0046113"),
        (555, 305, ">640,10"),
        (57, 320, "Tasa T-3 de la mercancía – Autoridad Portuaria"),
        (555, 320, ">21,30"),
        (300, 360, "Base imponible 21 %"),
        (555, 360, ">95,00"),
        (300, 375, "Cuota IVA 21 %"),
        (555, 375, ">19,95"),
        (300, 390, "TOTAL FACTURA"),
        (555, 390, ">2 365,75"),
    ]
    items = _result(page)["line_items"]
    assert [item["amount"] for item in items] == [1379.40, 210.00, 95.00, 640.10, 21.30]
