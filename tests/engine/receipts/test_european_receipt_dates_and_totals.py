"""European till receipts: a Polish fiscal receipt's "SUMA PLN" under the tax's "SUMA PTU",
and a taxi's or car park's fare printed without a TOTAL caption above the tax it includes."""

from __future__ import annotations

from facturist.engine.extraction import analyse

from .pages import rows_page


def fields_of(rows: list[str], width: float) -> dict[str, object]:
    # A narrow slip: the receipt rules read it.
    invoices = analyse([rows_page(rows, width=width, part_gap=0.0)])
    return {name: value.value for name, value in invoices[0].fields.items()}


def test_a_polish_fiscal_receipts_suma_is_the_total_not_the_tax_sum() -> None:
    rows = [
        "Piekarnia Pod Dębem",
        "ul. Ogrodowa 7",
        "31-101 Kraków",
        "NIP 679-100-22-33",
        "2025-11-04 || nr wydr. 002211",
        "PARAGON FISKALNY",
        "Bułka kajzerka",
        "4 x0,89 || 3,56 C",
        "Sok jabłkowy 1l",
        "1 x6,49 || 6,49 A",
        "Sprzedaż opodatkowana A || 6,49",
        "PTU A 23,00 % || 1,21",
        "Sprzedaż opodatkowana C || 3,56",
        "PTU C 5,00 % || 0,17",
        "SUMA PTU || 1,38",
        "SUMA PLN || 10,05",
        "Karta || 10,05 PLN",
        "0042 #Kasa 2 Kasjer nr 1 || 07:15",
    ]
    assert fields_of(rows, 220.0)["total_amount"] == 10.05


def test_a_fare_without_a_total_caption_is_the_amount_above_the_tax_it_includes() -> None:
    rows = [
        "FUNKTAXI MEIER",
        "Lindenweg 9",
        "34117 Kassel",
        "QUITTUNG",
        "Datum: || 14.01.2026",
        "Von: Kassel Wilhelmshöhe",
        "Nach: Klinikum Nord",
        "Grundpreis || 4,20",
        "9,6 km || 20,30",
        "Fahrpreis EUR || 24,50",
        "darin 7% MwSt || 1,60",
        "Betrag dankend erhalten",
        "Steuer-Nr. 026/112/40077",
    ]
    assert fields_of(rows, 180.0)["total_amount"] == 24.5


def test_a_wide_photo_of_a_european_till_slip_reads_as_a_receipt() -> None:
    """A phone photo wider than the slip: only its till words tell it is a receipt. Italian
    "Documento commerciale", "Contante", "Resto" are three; then the receipt rules read
    its date printed alone at the foot, with the time."""
    import datetime

    rows = [
        "Caffetteria Il Portico",
        "Via Garibaldi 14",
        "10122 Torino",
        "DOCUMENTO COMMERCIALE",
        "di vendita o prestazione",
        "Cappuccino || 1,80",
        "Cornetto integrale || 1,60",
        "Spremuta d'arancia || 4,20",
        "TOTALE COMPLESSIVO || 7,60",
        "di cui IVA || 0,69",
        "Pagamento contante || 10,00",
        "Resto || 2,40",
        "21-02-2026 08:47",
        "DOC.N. 0112-0034",
    ]
    fields = fields_of(rows, 640.0)
    assert fields["invoice_date"] == datetime.date(2026, 2, 21)
    assert fields["total_amount"] == 7.6


def test_a_european_legal_form_names_the_till_slips_company_over_its_branch() -> None:
    """ "Sp. z o.o." on the first line names the company; the branch line under it ("Market
    nr 14") is the shop, as "SDN BHD" outranks a trade line on a Malaysian till."""
    rows = [
        "NARZEDZIOWO Sp. z o.o.",
        "Sklep Budowlany nr 3",
        "ul. Kwiatowa 12",
        "50-001 Wrocław",
        "NIP 894-100-20-30",
        "2026-01-12 || nr wydr.004411",
        "PARAGON FISKALNY",
        "GWOZDZIE 50MM || 12,99 A",
        "SUMA PTU || 2,43",
        "SUMA PLN || 12,99",
        "Gotówka || 20,00 PLN",
        "Reszta || 7,01 PLN",
    ]
    assert fields_of(rows, 220.0)["seller_name"] == "NARZEDZIOWO Sp. z o.o."
