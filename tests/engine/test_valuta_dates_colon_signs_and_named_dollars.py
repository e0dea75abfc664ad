"""A value date in the payment terms, a title's number sign with its colon, and a currency
named in words.

Conventions:
- Swiss and German payment terms may close on "Valuta" and a date ("Konditionen: 20 Tage
  netto, Valuta 22.04.2024"): the day the payment must be credited, the due date. "Valuta"
  before a code ("Valuta: EUR", Dutch and Italian) stays the currency's caption.
- A title alone in its cell may carry its number on the line below after "Nr.:" ("Rechnung"
  over "Nr.: FD-24-072"), the colon after the sign as after a caption.
- A footer may name the amounts' currency in words where no figure carries a sign ("ALL
  PRICES IN CANADIAN DOLLARS", "Beträge in Schweizer Franken", "montants en francs suisses").
"""

from __future__ import annotations

import datetime

import pytest

from facturist.engine.parse.currency import detect_currency

from .conftest import header_values


def _terms_page(terms: str) -> list[tuple[float, float, str]]:
    return [
        (57, 40, "Hofküche Muster | Catering"),
        (57, 120, "Ruderclub Seeweg"),
        (300, 120, "Rechnung R-2404-17"),
        (300, 132, "Datum 02.04.2024"),
        (57, 300, "Total netto 1'000.00"),
        (57, 314, "Zahlbetrag CHF 1'081.00"),
        (57, 340, terms),
    ]


def test_valuta_and_a_date_closing_the_terms_is_the_due_date() -> None:
    values = header_values(_terms_page("Konditionen: 20 Tage netto, Valuta 22.04.2024."))
    assert values["due_date"] == datetime.date(2024, 4, 22)


def test_valuta_before_a_code_names_no_due_date() -> None:
    values = header_values(_terms_page("Valuta: EUR"))
    assert "due_date" not in values


def test_a_title_carries_its_number_under_it_after_nr_and_its_colon() -> None:
    values = header_values(
        [
            (71, 40, "FLIESEN MUSTER"),
            (71, 140, "Frau Dr. Ute Beispiel"),
            (400, 140, "Rechnung"),
            (71, 155, "c/o Praxis am Platz"),
            (400, 155, "Nr.: FD-24-072"),
            (71, 168, "Laurentiusplatz 8"),
            (400, 168, "Datum: 28.03.2024"),
        ]
    )
    assert values["invoice_number"] == "FD-24-072"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SUBTOTAL 7,168.74 TOTAL 8,028.99 ALL PRICES IN CANADIAN DOLLARS", "CAD"),
        ("Total 1,250.00 All amounts in Australian dollars", "AUD"),
        ("Total 1,250.00 Amounts are in US dollars", "USD"),
        ("Total 1'250.00 Alle Beträge in Schweizer Franken", "CHF"),
        ("Total 1 250,00 Montants en francs suisses", "CHF"),
        ("Total 1 250,00 Montants exprimés en dollars canadiens", "CAD"),
        ("Total 1,250.00 All prices in pounds sterling", "GBP"),
    ],
)
def test_a_currency_named_in_words(text: str, expected: str) -> None:
    assert detect_currency(text) == expected


def test_a_currency_name_without_in_or_en_names_no_currency() -> None:
    assert detect_currency("Canadian dollars and cents") is None
