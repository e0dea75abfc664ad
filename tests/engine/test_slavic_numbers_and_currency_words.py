"""Czech and Slovak number captions, and currencies printed as their local word.

Conventions:
- Slovak invoices are titled "Faktúra" (Czech "Faktura") and caption their number "číslo"
  (number), "Číslo faktúry" / "Číslo faktury" (invoice number) or "Číslo dokladu" (document
  number); the title may carry "číslo: 2024110" under it in its own column.
- Czech and Slovak invoices print the number again as the payment's "Variabilný symbol" /
  "Variabilní symbol" (VS), the bank reference that pairs a transfer with the invoice: the last
  resort when nothing else names the number.
- Romania's leu is printed "lei" after the figure ("11.538,24 lei"), the form's columns
  "-lei-"; Moldova's leu is written the same and is told by the country. Croatia's kuna was
  printed "kn". The Nordic krona/krone "kr" is told by the payee's IBAN or VAT ID: Swedish
  invoices also say "moms", as Danish ones do.
- A Legal Entity Identifier ("LEI 5299009N55YRQC69CN08") names no currency.
"""

from __future__ import annotations

import pytest

from facturist.engine.parse.currency import detect_currency

from .conftest import header_values


def test_a_slovak_title_carries_its_cislo_under_it_beside_the_letterhead() -> None:
    values = header_values(
        [
            (57, 47, "TATRANSKÁ DREVOVÝROBA, s. r. o."),
            (400, 47, "FAKTÚRA"),
            (57, 70, "Hlavná 112, 058 01 Poprad"),
            (400, 70, "číslo: 2024110"),
            (57, 208, "Dátum vyhotovenia:"),
            (160, 208, "05.11.2024"),
        ]
    )
    assert values["invoice_number"] == "2024110"


@pytest.mark.parametrize(
    "rows",
    [
        [(400, 47, "Číslo faktúry: 2024110")],
        [(400, 47, "Číslo faktury"), (480, 47, "2024110")],
        [(400, 47, "Číslo dokladu: 2024110")],
    ],
)
def test_czech_and_slovak_number_captions(rows: list[tuple[float, float, str]]) -> None:
    values = header_values([(57, 47, "Drevo s. r. o."), *rows])
    assert values["invoice_number"] == "2024110"


def test_the_variable_symbol_is_the_number_of_last_resort() -> None:
    page = [
        (57, 47, "Drevo s. r. o."),
        (57, 246, "Variabilný symbol:"),
        (160, 246, "2024110"),
    ]
    assert header_values(page)["invoice_number"] == "2024110"
    page.append((400, 47, "Faktúra č. FV-2024/110"))
    assert header_values(page)["invoice_number"] == "FV-2024/110"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Total de plată 11.538,24 lei", "RON"),
        ("TOTAL 1.250,00 LEI", "RON"),
        ("Total spre plată 1.250,00 lei IBAN MD24AG000225100013104168", "MDL"),
        ("Ukupno za platiti 1.250,00 kn", "HRK"),
        ("exkl. moms 1 000,00 kr moms 250,00 kr IBAN SE45 5000 0000 0583 9825 7466", "SEK"),
        ("ekskl. moms 1.000,00 kr I alt 1.250,00 kr IBAN DK50 0040 0440 1162 43", "DKK"),
        ("Sum 1 250,00 kr Konto IBAN NO93 8601 1117 947", "NOK"),
    ],
)
def test_currency_words_without_a_code(text: str, expected: str) -> None:
    assert detect_currency(text) == expected


@pytest.mark.parametrize("text", ["LEI 5299009N55YRQC69CN08", "Valoarea -lei-"])
def test_a_legal_entity_identifier_or_a_column_caption_names_no_currency(text: str) -> None:
    assert detect_currency(text) is None


def test_a_romanian_invoice_in_lei_bills_in_ron() -> None:
    values = header_values(
        [
            (57, 45, "Furnizor: CARPATICA LOGISTIC S.R.L."),
            (57, 68, "C.I.F.: RO18288896"),
            (257, 155, "FACTURĂ"),
            (251, 180, "Seria CLG nr. 0583"),
            (71, 365, "Total"),
            (400, 365, "9.696,00"),
            (480, 365, "1.842,24"),
            (246, 389, "Total de plată (col. 5 + col. 6)"),
            (480, 389, "11.538,24 lei"),
        ]
    )
    assert values["currency"] == "RON"


def test_a_bare_vs_without_its_colon_is_no_symbol() -> None:
    values = header_values([(57, 47, "Drevo s. r. o."), (57, 300, "Stojan VS 2000 čierny")])
    assert "invoice_number" not in values
    values = header_values([(57, 47, "Drevo s. r. o."), (57, 300, "VS: 0024110")])
    assert values["invoice_number"] == "0024110"
