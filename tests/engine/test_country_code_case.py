"""A country code under a party's town line is printed in capitals ("DE"); a table's first
column caption right under the block ("Lp", Poland's "lp." for the row number) is none."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _fields(under_town: str) -> dict[str, object]:
    rows = [
        (50, 40, "Faktura nr FV/7/04/2024"),
        (330, 40, "Data wystawienia: 02.04.2024"),
        (50, 146, "SPRZEDAWCA"),
        (311, 146, "NABYWCA"),
        (50, 158, "Kodika Tomasz Nowak"),
        (311, 158, "Apteki Zdrowie sp. z o.o."),
        (50, 170, "ul. Piotrkowska 112 lok. 4"),
        (311, 170, "al. Jana Pawla II 27"),
        (50, 182, "90-006 Lodz"),
        (311, 182, "00-867 Warszawa"),
        (50, 194, under_town),
        (69, 194, "Nazwa"),
        (276, 194, "Ilosc"),
        (369, 194, "Cena"),
        (448, 194, "Wartosc"),
        (69, 214, "Uslugi programistyczne"),
        (286, 214, "64"),
        (365, 214, "150,00"),
        (448, 214, "9 600,00"),
        (312, 260, "Razem netto: 9 600,00 PLN"),
        (312, 274, "VAT 23%: 2 208,00 PLN"),
        (312, 288, "Razem brutto: 11 808,00 PLN"),
    ]
    fields: dict[str, object] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)[
        "fields"
    ]
    return fields


def test_a_table_caption_under_the_town_is_no_country() -> None:
    assert _fields("Lp")["seller_address"] == "ul. Piotrkowska 112 lok. 4, 90-006 Lodz"


def test_a_country_code_in_capitals_under_the_town_stays() -> None:
    assert _fields("PL")["seller_address"] == "ul. Piotrkowska 112 lok. 4, 90-006 Lodz, PL"
