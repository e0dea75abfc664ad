"""Rows that print "count x price" before their amount without a header (collective invoices'
order bands, utility bills' meter groups with a sub-total each, rates in pence); a price per
100 whose base the row prints; Portuguese net and gross amount columns; and a premium's
breakdown into its taxes, which lists no items."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _items(page: list[tuple[float, float, str]]) -> list[tuple[object, ...]]:
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


def test_count_times_price_rows_under_order_bands() -> None:
    page = [
        (50, 60, "Muster Haustechnik"),
        (350, 60, "Sammelrechnung Nr. SR-2505-019"),
        (350, 74, "Rechnungsdatum 31.05.2025"),
        (50, 180, "Hiermit berechnen wir die folgenden Bestellungen:"),
        (45, 205, "Bestellung 4500031877 vom 02.05.2025"),
        (50, 222, "Thermostatkopf Klick M30x1,5"),
        (300, 222, "15 Stk"),
        (350, 222, "x"),
        (380, 222, "22,40 €"),
        (480, 222, "336,00 €"),
        (45, 245, "Bestellung 4500031912 vom 09.05.2025"),
        (50, 262, "Arbeitszeit Monteur"),
        (300, 262, "5,5 h"),
        (350, 262, "x"),
        (380, 262, "62,00 €"),
        (480, 262, "341,00 €"),
        (360, 300, "Zwischensumme netto"),
        (480, 300, "677,00 €"),
        (360, 315, "MwSt. 19 %"),
        (480, 315, "128,63 €"),
        (360, 330, "Gesamtsumme"),
        (480, 330, "805,63 €"),
    ]
    assert _items(page) == [
        ("Thermostatkopf Klick M30x1,5", 15.0, 22.4, 336.0),
        ("Arbeitszeit Monteur", 5.5, 62.0, 341.0),
    ]


def test_meter_groups_with_sub_totals_and_rates_in_pence() -> None:
    page = [
        (50, 60, "Northway Energy"),
        (350, 60, "Bill number: 88201374"),
        (350, 74, "Bill date: 7 March 2025"),
        (40, 230, "Electricity - meter Z19E004211"),
        (50, 248, "Electricity standing charge"),
        (250, 248, "28 days x 53.35p"),
        (480, 248, "£14.94"),
        (50, 262, "Electricity day units"),
        (250, 262, "212 kWh x 24.86p"),
        (480, 262, "£52.70"),
        (330, 280, "Total electricity charges"),
        (480, 280, "£67.64"),
        (40, 310, "Gas - meter G4A 77120"),
        (50, 328, "Gas standing charge"),
        (250, 328, "28 days x 31.43p"),
        (486, 328, "£8.80"),
        (330, 346, "Total gas charges"),
        (486, 346, "£8.80"),
        (330, 375, "Total charges before VAT"),
        (480, 375, "£76.44"),
        (330, 390, "VAT at 5%"),
        (486, 390, "£3.82"),
        (330, 405, "Total charges this bill"),
        (480, 405, "£80.26"),
    ]
    assert _items(page) == [
        ("Electricity standing charge", 28.0, 0.5335, 14.94),
        ("Electricity day units", 212.0, 0.2486, 52.7),
        ("Gas standing charge", 28.0, 0.3143, 8.8),
    ]


def test_a_price_per_hundred_with_its_base_printed_stays_as_printed() -> None:
    page = [
        (50, 60, "Atelier Exemple SARL"),
        (350, 60, "FACTURE N° FA-2025-0151"),
        (350, 74, "du 11/04/2025"),
        (50, 200, "Désignation"),
        (250, 200, "Qté"),
        (300, 200, "Prix"),
        (350, 200, "Base"),
        (400, 200, "Remise %"),
        (480, 200, "Montant HT"),
        (50, 220, "Parquet chêne massif"),
        (250, 220, "10"),
        (300, 220, "54,00"),
        (355, 220, "1"),
        (410, 220, "8,00"),
        (490, 220, "496,80"),
        (50, 236, "Vis inox 4x40"),
        (250, 236, "600"),
        (300, 236, "9,50"),
        (355, 236, "100"),
        (410, 236, "—"),
        (490, 236, "57,00"),
        (400, 270, "Total HT"),
        (490, 270, "553,80"),
    ]
    assert _items(page) == [
        ("Parquet chêne massif", 10.0, 54.0, 496.8),
        ("Vis inox 4x40", 600.0, 9.5, 57.0),
    ]


def test_portuguese_amounts_without_and_with_vat() -> None:
    page = [
        (50, 60, "Exemplo Comunicações, S.A."),
        (350, 60, "Fatura FT 2025/118823"),
        (350, 74, "Data de emissão: 05/03/2025"),
        (45, 200, "Descrição"),
        (300, 200, "Taxa IVA"),
        (380, 200, "Valor s/ IVA"),
        (470, 200, "Valor c/ IVA"),
        (45, 218, "Pacote Fibra 500 Mb + TV + Voz"),
        (305, 218, "23%"),
        (390, 218, "44,63 €"),
        (480, 218, "54,89 €"),
        (45, 233, "Chamadas fora do plano"),
        (305, 233, "23%"),
        (395, 233, "1,46 €"),
        (485, 233, "1,80 €"),
        (45, 248, "Serviço móvel adicional"),
        (305, 248, "23%"),
        (395, 248, "8,13 €"),
        (480, 248, "10,00 €"),
    ]
    amounts = [(item[0], item[3]) for item in _items(page)]
    assert amounts == [
        ("Pacote Fibra 500 Mb + TV + Voz", 44.63),
        ("Chamadas fora do plano", 1.46),
        ("Serviço móvel adicional", 8.13),
    ]


def test_a_premium_broken_down_into_its_taxes_lists_no_items() -> None:
    page = [
        (50, 60, "Mutua Ejemplo de Seguros, S.A."),
        (350, 60, "RECIBO DE PRIMA"),
        (350, 74, "Fecha de emisión 15/01/2025"),
        (40, 240, "DESGLOSE DEL RECIBO"),
        (50, 265, "Prima neta"),
        (480, 265, "412,30 €"),
        (50, 282, "Recargo Consorcio de Compensación de Seguros"),
        (486, 282, "6,18 €"),
        (50, 299, "Impuesto sobre Primas de Seguros (IPS 8 %)"),
        (480, 299, "32,98 €"),
        (50, 316, "Recargo CLEA (0,15 %)"),
        (486, 316, "0,62 €"),
        (300, 335, "Total impuestos y recargos"),
        (480, 335, "39,78 €"),
        (300, 356, "PRIMA TOTAL"),
        (480, 356, "452,08 €"),
    ]
    assert _items(page) == []
