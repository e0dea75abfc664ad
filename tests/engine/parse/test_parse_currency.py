"""Golden cases for currency detection from codes and symbols."""

from __future__ import annotations

import pytest

from facturist.engine.parse.currency import CURRENCY_CODES, currency_from_token, detect_currency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Total EUR 12.00", "EUR"),
        ("amount in usd", "USD"),
        ("€ 12,00", "EUR"),
        ("12,00 €", "EUR"),
        ("$12.00", "USD"),
        ("£ 9.99", "GBP"),
        ("CHF 1'250.00", "CHF"),
        ("12,50 zł", "PLN"),
        ("Total 1.234,56 TL", "TRY"),
        ("TL team lead", None),
        ("Summe 100 kr", "SEK"),
        ("Sum 100 kr inkl. mva", "NOK"),
        ("I alt 100 kr. inkl. moms, CVR 12345678", "DKK"),
        ("R$ 1.234,56", "BRL"),
        ("RM 12.50", "MYR"),
        ("TOTAL RM12.50", "MYR"),
        ("Rs. 500", "INR"),
        ("₹ 500", "INR"),
        ("US$ 10", "USD"),
        ("A$ 10", "AUD"),
        ("$ 10 CAD", "CAD"),  # the code is stronger evidence than the symbol
        ("Total 12.00 EUR (USD 13.10) EUR", "EUR"),
        ("Kč 120", "CZK"),
        ("¥1200", "JPY"),
        ("no currency here", None),
        ("FORM 12", None),  # "RM" inside a word
        ("ALL items", None),  # the Albanian lek code, but a word here
        ("ALL 1200", "ALL"),
        ("Fr. Müller", None),
        ("", None),
        # "DOP" after a cheese is its protected designation, not the Dominican peso.
        ("Parmigiano Reggiano DOP 1,00 kg 19,45 €", "EUR"),
        ("Total DOP 1,250.00", "DOP"),
        # "PEN-HB" (pencils) is an item code, not the Peruvian sol.
        ("box of 12 PEN-HB HB pencils 3 18.90 56.70  TOTAL £1,173.62", "GBP"),
        # Czech "plnění" (supply) holds no Polish zloty.
        ("Datum zdan. plnění 14. 3. 2025  Celkem 1 200,00 Kč", "CZK"),
        # The rand sign, on a South African page only.
        ("Karoo Solar (Pty) Ltd  Total Inclusive R 159\u00a0275.00", "ZAR"),
        ("Total R 159 275.00", None),
    ],
)
def test_detect_currency(text: str, expected: str | None) -> None:
    assert detect_currency(text) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("EUR", "EUR"), ("eur", "EUR"), ("€", "EUR"), ("zł", "PLN"), ("XYZ", None), ("top", None)],
)
def test_currency_from_token(token: str, expected: str | None) -> None:
    assert currency_from_token(token) == expected


def test_currency_codes() -> None:
    assert {"EUR", "USD", "GBP", "CHF", "PLN", "MYR"} <= CURRENCY_CODES
    assert all(len(code) == 3 and code.isupper() for code in CURRENCY_CODES)
    assert "XXX" not in CURRENCY_CODES


def test_a_code_beside_an_amount_outweighs_initials_in_prose() -> None:
    # Portugal's commercial registry ("CRC Porto") reads like the colón's code.
    text = "Capital social: 50.000,00 € · CRC Porto ... Total (EUR) 524,18"
    assert detect_currency(text) == "EUR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TAX INVOICE  ABN 51 824 753 556  Total inc GST $1,320.00", "AUD"),
        ("Montréal (Québec) H4R 2V2  GST/TPS No.  Total $474.00", "CAD"),
        ("3 Coleman Street, Singapore 179804  TOTAL $49.90", "SGD"),
        ("Seattle, WA 98109  Amount due $1,204.00", "USD"),
    ],
)
def test_a_bare_dollar_is_the_dollar_of_the_country_named(text: str, expected: str) -> None:
    assert detect_currency(text) == expected


def test_a_malaysian_company_suffix_is_no_bahraini_dinar() -> None:
    assert detect_currency("SUNRISE BAKERY DISTRIBUTORS SDN. BHD. TOTAL PAYABLE 52.10") is None
    assert detect_currency("Amount BHD 12.500") == "BHD"


def test_a_lower_case_everyday_word_names_no_currency() -> None:
    text = "Returns Policy: we try to deliver perfectly. Grand Total ₹ 1,02,428.00"
    assert detect_currency(text) == "INR"
    assert detect_currency("Total 1.234,56 TRY") == "TRY"


def test_a_code_before_an_alphanumeric_code_is_no_currency() -> None:
    text = "CUP D41B24000120004  CIG Z1A3B4C5D6  Totale documento € 1.220,00"
    assert detect_currency(text) == "EUR"
    assert detect_currency("Prezzo CUP 12,00") == "CUP"
