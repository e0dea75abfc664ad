"""European till receipts: the receipt's own number over a card slip's counters captioned
without a colon ("TA-Nr. 003318 | Beleg-Nr. 0815") and over a taxi's licence number, the
Polish "Nr paragonu", a card slip's "Zahlung erfolgt" that is no zero due, a VAT table of
rate rows with no sum row, and a Polish fiscal block's "Podatek PTU"."""

from __future__ import annotations

from facturist.engine.extraction import extract_canonical

from .conftest import Drawn, make_pdf
from .receipts.test_receipt_seller_blocks_and_nett import invoice_of, rows, values

FUEL = [
    "STERNTANK",
    "Tankstelle Muster e.K.",
    "Hauptstr. 52",
    "85560 Ebersberg",
    "USt-IdNr.: DE274188364",
    "Bon-Nr.: 4471 Kasse 2 Bed. 07",
    "Datum: 14.03.2024 Uhrzeit: 07:42",
    "Super E10 || 69,09 A",
    "Kaffee || 2,90 A",
    "SUMME EUR || 71,99",
    "girocard || 71,99",
    "Kundenbeleg",
    "Terminal-ID || 56021447",
    "TA-Nr. 003318 Beleg-Nr. 0815",
    "Kartenzahlung girocard",
    "Betrag EUR || 71,99",
    "Zahlung erfolgt",
]


def test_a_card_slips_counters_without_colon_yield_to_the_bon_number() -> None:
    found = values(invoice_of(rows(FUEL)))
    assert found["invoice_number"] == "4471"


def test_a_card_slips_approval_on_a_receipt_leaves_the_total_due() -> None:
    found = values(invoice_of(rows(FUEL)))
    assert found["amount_due"] == 71.99


PARAGON = [
    "Sklep Spozywczy",
    "Lipowa Handel Sp. z o.o.",
    "ul. Lipowa 14",
    "20-020 Lublin",
    "NIP 946-217-40-87",
    "2024-03-20 nr wydr. 125473",
    "PARAGON FISKALNY",
    "Chleb || 5,49 C",
    "Kawa || 24,99 A",
    "Sprzed. opodatk. A || 24,99",
    "Kwota A 23,00% || 4,67",
    "Sprzed. opodatk. C || 5,49",
    "Kwota C 5,00% || 0,26",
    "Podatek PTU || 4,93",
    "SUMA PLN || 30,48",
    "Gotowka || 50,00 PLN",
    "Reszta || 19,52 PLN",
    "Nr paragonu: 00214 #Kasa 1",
]


def test_a_polish_paragon_number_tax_and_due() -> None:
    found = values(invoice_of(rows(PARAGON)))
    assert found["invoice_number"] == "00214"
    assert found["tax_amount"] == 4.93
    assert found["net_amount"] == 25.55
    assert found["amount_due"] == 30.48


def test_a_taxis_licence_number_is_no_receipt_number() -> None:
    taxi = [
        "TAXI CIUTAT",
        "Llicencia / Licencia N° 7214",
        "Titular: Jordi Puig Soler",
        "NIF: 46218357H",
        "FACTURA SIMPLIFICADA",
        "N° ticket: || 0045173",
        "Fecha: || 18/03/2024",
        "Importe taximetro || 28,65",
        "Base imponible || 26,05",
        "IVA 10% || 2,60",
        "TOTAL EUR || 28,65",
        "Pago: || TARJETA",
    ]
    assert values(invoice_of(rows(taxi)))["invoice_number"] == "0045173"


def _narrow_pdf(lines: list[tuple[str, str]]) -> bytes:
    """A till slip's PDF, 80 mm wide: each line's left text and its right-aligned text."""
    drawn = []
    for number, (left, right) in enumerate(lines):
        y = 20 + number * 10.5  # from the top of the 480 pt page
        drawn.append(Drawn(12, y, left, size=7.5))
        if right:
            drawn.append(Drawn(215, y, right, size=7.5, align="right"))
    return make_pdf(drawn, pagesize=(227, 480))


def test_a_dutch_slip_with_rate_rows_and_no_sum_row() -> None:
    slip = _narrow_pdf(
        [
            ("Bouwmarkt Test B.V.", ""),
            ("Industrieweg 23", ""),
            ("7521 PR Enschede", ""),
            ("Bonnr. 0034-118273", "19-03-2024 14:05"),
            ("Kassa 4   Medewerker: Ilse", ""),
            ("Kwast synthetisch 50 mm", "86,32 H"),
            ("Potgrond universeel 40 L", "11,97 L"),
            ("TOTAAL", "€ 98,29"),
            ("PIN", "€ 98,29"),
            ("BTW       Grondsl.     BTW", "Totaal"),
            ("H 21%     71,34        14,98", "86,32"),
            ("L 9%      10,98        0,99", "11,97"),
            ("BTW-nr. NL853172043B01", ""),
            ("Ruilen binnen 30 dagen met kassabon", ""),
        ]
    )
    found = extract_canonical(slip)["fields"]
    assert found["invoice_number"] == "0034-118273"
    assert found["invoice_date"] == "2024-03-19"
    assert found["tax_amount"] == 15.97
    assert found["net_amount"] == 82.32
    assert found["total_amount"] == 98.29
