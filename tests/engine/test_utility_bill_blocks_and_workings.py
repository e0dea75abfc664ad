"""Utility and telecom bills: the customer's block beside the bill's summary box, the seller
named only in the footer, a building's name in an address, factor workings and meter readings.

Conventions:
- A note's sentence over the customer's block ("Please retain this statement ...") is no line
  of the block: the name under it opens the block, even where the summary box's row beside it
  is read into the name's line, and the town and the postcode stand on lines of their own.
- "Datos del titular" (es), like "Account holder", captions the customer's block; rows of the
  summary box to its right may fall between the block's lines.
- A web address ("lumenfone.co.uk/help") is no company name, though its "co." reads like a
  legal form.
- A building's name over the street ("Résidence Les Acacias") is part of the address.
- "3,3 kW x 30 días x 0,052417 €/kW día": the price is the factor with the currency; the
  count is a product of two factors and stays unknown.
- A meter-reading table ("Previous reading | Present reading | Units") bills nothing.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pages, make_aligned_pdf


def _read(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return result


_UK_BILL: list[SizedText] = [
    (60, 40, "corvalis", 18),
    (330, 40, "Your gas bill", 14),
    (330, 100, "Your account details", 10),
    (60, 116, "Please retain this statement for future reference", 7),
    (330, 122, "Account number", 9),
    (440, 122, "5521 0093 17", 9),
    (60, 135, "Mr Tobias Wrenfield", 11),
    (330, 135, "Statement number", 9),
    (440, 135, "8810 2265 4401", 9),
    (60, 148, "14 Larkspur Lane", 11),
    (330, 154, "Statement date", 9),
    (440, 154, "3 June 2025", 9),
    (60, 161, "Ripon", 11),
    (330, 170, "Payment method", 9),
    (440, 170, "Direct Debit", 9),
    (60, 174, "HG4 2QT", 11),
    (60, 260, "Gas charges for this period", 10),
    (480, 260, "£88.20", 10),
    (60, 280, "Amount to pay", 10),
    (480, 280, "£88.20", 10),
    (40, 780, "Corvalis Energy Ltd, 9 Quarry Hill, Bradford BD1 5AA. Registered in England.", 7),
]


def test_a_name_under_a_notes_sentence_opens_the_customers_block() -> None:
    fields = _read(_UK_BILL)["fields"]
    assert fields.get("buyer_name") == "Mr Tobias Wrenfield"
    assert "14 Larkspur Lane" in fields.get("buyer_address", "")
    assert "HG4 2QT" in fields.get("buyer_address", "")


_ES_BILL: list[SizedText] = [
    (90, 30, "Energías del Segura", 14),
    (360, 30, "FACTURA DE ELECTRICIDAD", 12),
    (90, 50, "Comercializadora Energías del Segura S.L.", 7),
    (90, 58, "CIF B30118822 · Calle Trapería 9, 30001 Murcia", 7),
    (360, 58, "Nº factura", 8),
    (440, 58, "ES25-0077321", 8),
    (360, 72, "Fecha emisión", 8),
    (440, 72, "06/05/2025", 8),
    (40, 94, "DATOS DEL TITULAR", 8),
    (360, 100, "Nº de contrato", 8),
    (440, 100, "500812334", 8),
    (40, 108, "Marta Soler Ibáñez", 9),
    (360, 113, "Fecha de cargo", 8),
    (440, 113, "16/05/2025", 8),
    (40, 121, "Calle Mayor 22, 3º B", 9),
    (40, 134, "30201 Cartagena", 9),
    (40, 147, "NIF: 48217765K", 9),
    (46, 250, "Potencia P1", 9),
    (200, 250, "3,3 kW x 30 días x 0,052417 €/kW día", 9),
    (520, 250, ">5,19 €", 9),
    (46, 264, "Energía consumida", 9),
    (200, 264, "120 kWh x 0,150000 €/kWh", 9),
    (520, 264, ">18,00 €", 9),
    (380, 290, "Base imponible", 9),
    (520, 290, ">23,19 €", 9),
    (380, 304, "IVA 21%", 9),
    (520, 304, ">4,87 €", 9),
    (380, 318, "TOTAL IMPORTE FACTURA", 9),
    (520, 318, ">28,06 €", 9),
]


def test_the_holders_block_runs_past_the_summary_box_rows_beside_it() -> None:
    fields = _read(_ES_BILL)["fields"]
    assert fields.get("buyer_name") == "Marta Soler Ibáñez"
    assert fields.get("buyer_address") == "Calle Mayor 22, 3º B, 30201 Cartagena"
    assert fields.get("buyer_vat_id") == "48217765K"


def test_a_working_of_factors_gives_the_unit_price_and_no_quantity() -> None:
    items = _read(_ES_BILL)["line_items"]
    power = next(item for item in items if item["description"] == "Potencia P1")
    assert power.get("quantity") is None
    assert power["unit_price"] == 0.052417
    assert power["amount"] == 5.19


_TELCO: list[SizedText] = [
    (440, 30, "VAT INVOICE", 12),
    (100, 38, "LUMENFONE", 16),
    (400, 52, "lumenfone.co.uk/help | 0345 221 0090", 8),
    (50, 105, "Invoice to", 8),
    (338, 111, "Invoice number", 8),
    (430, 111, "LF-25-1120045", 8),
    (50, 119, "Dunmore & Teague LLP", 8),
    (338, 126, "Invoice date", 8),
    (430, 126, "12/06/2025", 8),
    (50, 133, "7 Orchard Street", 8),
    (50, 147, "Bristol", 8),
    (50, 161, "BS1 5EH", 8),
    (50, 280, "Qty", 8),
    (90, 280, "Description", 8),
    (380, 280, "Unit price", 8),
    (500, 280, "Net £", 8),
    (50, 300, "2", 8),
    (90, 300, "Business SIM 20GB", 8),
    (380, 300, "14.00", 8),
    (500, 300, "28.00", 8),
    (420, 330, "Total net", 8),
    (500, 330, "£28.00", 8),
    (420, 344, "VAT @ 20%", 8),
    (500, 344, "£5.60", 8),
    (420, 358, "Invoice total", 8),
    (500, 358, "£33.60", 8),
    (
        130,
        785,
        "Lumenfone Networks Ltd | Osprey House, 12 Canal Walk, Leicester LE1 3QX | "
        "Registered in England No. 11223344",
        7,
    ),
]


def test_a_web_address_on_the_letterhead_is_no_sellers_name() -> None:
    fields = _read(_TELCO)["fields"]
    assert fields.get("seller_name") == "Lumenfone Networks Ltd"
    assert fields.get("seller_address") == "Osprey House, 12 Canal Walk, Leicester LE1 3QX"


_FR_BILL: list[SizedText] = [
    (460, 27, "FACTURE", 14),
    (90, 35, "velora mobile", 16),
    (380, 56, "Facture n°", 8),
    (460, 56, "V2506-4410981", 8),
    (360, 69, "Date de facture", 8),
    (460, 69, "14/06/2025", 8),
    (40, 76, "Velora Mobile SA", 8),
    (40, 86, "Résidence Les Acacias", 8),
    (40, 95, "18 rue des Tanneurs", 8),
    (40, 106, "67000 Strasbourg", 8),
    (330, 144, "M. Hugo Lambert", 9),
    (330, 158, "3 allée des Pins", 9),
    (330, 172, "68100 Mulhouse", 9),
    (40, 260, "Désignation", 8),
    (300, 260, "Qté", 8),
    (360, 260, "P.U. HT", 8),
    (440, 260, "Montant HT", 8),
    (40, 280, "Forfait Mobile 50 Go", 8),
    (300, 280, "1", 8),
    (360, 280, "15,00", 8),
    (440, 280, "15,00", 8),
    (400, 320, "Total HT", 8),
    (470, 320, "15,00 €", 8),
    (400, 334, "TVA 20 %", 8),
    (470, 334, "3,00 €", 8),
    (400, 348, "Total TTC", 8),
    (470, 348, "18,00 €", 8),
]


def test_a_buildings_name_over_the_street_is_part_of_the_address() -> None:
    fields = _read(_FR_BILL)["fields"]
    assert fields.get("seller_address") == (
        "Résidence Les Acacias, 18 rue des Tanneurs, 67000 Strasbourg"
    )


_GAS_PAGE_ONE: list[SizedText] = [
    (40, 40, "Brannock Gas Supply DAC", 14),
    (40, 56, "4 Harbour Row, Galway, H91 E2K7", 8),
    (360, 100, "Bill number", 8),
    (440, 100, "7730451182", 8),
    (360, 114, "Bill date", 8),
    (440, 114, "20/02/2025", 8),
    (40, 130, "Niamh Costello", 9),
    (40, 143, "22 Mill Road", 9),
    (40, 156, "Athlone, N37 K2X8", 9),
    (40, 300, "Total charges this period", 9),
    (500, 300, ">110.85", 9),
]
_GAS_PAGE_TWO: list[SizedText] = [
    (40, 50, "Meter reading details", 10),
    (40, 72, "Meter no.", 8),
    (110, 72, "Previous reading", 8),
    (190, 72, "Present reading", 8),
    (270, 72, "Units (m³)", 8),
    (330, 72, "Conversion factor", 8),
    (410, 72, "Calorific value", 8),
    (490, 72, "kWh", 8),
    (40, 90, "H2-508813", 8),
    (110, 90, "10233 A", 8),
    (190, 90, "10301 E", 8),
    (270, 90, "68", 8),
    (330, 90, "1.02264", 8),
    (410, 90, "38.6", 8),
    (490, 90, "746", 8),
    (40, 150, "Description", 8),
    (220, 150, "Quantity", 8),
    (300, 150, "Rate (EUR)", 8),
    (460, 150, "Amount (EUR)", 8),
    (40, 168, "Gas usage", 8),
    (220, 168, "746 kWh", 8),
    (300, 168, "0.1250", 8),
    (460, 168, "93.25", 8),
    (40, 184, "Standing charge", 8),
    (220, 184, "40 days", 8),
    (300, 184, "0.4400", 8),
    (460, 184, "17.60", 8),
    (380, 210, "Sub-total (excl. VAT)", 8),
    (460, 210, "110.85", 8),
]


def test_a_meter_reading_table_bills_nothing() -> None:
    pdf = make_aligned_pages(_GAS_PAGE_ONE, _GAS_PAGE_TWO)
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    amounts = [item["amount"] for item in result["line_items"]]
    assert 38.6 not in amounts
    assert 93.25 in amounts
