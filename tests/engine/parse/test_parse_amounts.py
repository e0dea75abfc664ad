"""Golden cases for amount parsing: every style of grouping, sign and currency."""

from __future__ import annotations

from decimal import Decimal

import pytest

from facturist.engine.parse.amounts import (
    find_amounts,
    format_decimal_hint,
    parse_amount,
    parse_percent,
)

AMOUNTS = [
    ("1.234,56", "1234.56"),
    ("1,234.56", "1234.56"),
    ("1 234,56", "1234.56"),
    ("1\u00a0234,56", "1234.56"),
    ("1\u202f234,56", "1234.56"),
    ("1\u2009234,56", "1234.56"),
    ("1'234.56", "1234.56"),
    ("1\u2019234.56", "1234.56"),
    ("1234", "1234"),
    ("1234.5", "1234.5"),
    ("-12.00", "-12.00"),
    ("\u221212.00", "-12.00"),
    ("(12.00)", "-12.00"),
    ("12.00-", "-12.00"),
    ("+12.00", "12.00"),
    ("12,5", "12.5"),
    ("0,99", "0.99"),
    ("0.125", "0.125"),
    ("€ 1.234,56", "1234.56"),
    ("€1,234.56", "1234.56"),
    ("1.234,56 EUR", "1234.56"),
    ("1.234,56 €", "1234.56"),
    ("USD 12", "12"),
    ("usd 12.50", "12.50"),
    ("12.00 CR", "-12.00"),
    ("12.00 DR", "12.00"),
    ("-€12.00", "-12.00"),
    ("€ -12.00", "-12.00"),
    ("(€ 12.00)", "-12.00"),
    ("RM 12.50", "12.50"),
    ("12,50 zł", "12.50"),
    ("CHF 1'250.00", "1250.00"),
    ("R$ 1.234,56", "1234.56"),
    ("£12", "12"),
    ("1.234.567", "1234567"),
    ("1,234,567.89", "1234567.89"),
    ("1.234.567,89", "1234567.89"),
    ("1 234 567,89", "1234567.89"),
    ("1,23,456.78", "123456.78"),
    ("12,-", "12"),
    ("1.234,--", "1234"),
    ("12.345,6", "12345.6"),
    ("0", "0"),
    ("1.234", "1234"),
    ("1,234", "1234"),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_parse_amount(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


AMBIGUOUS = [
    ("1.234", ",", "1234"),
    ("1.234", ".", "1.234"),
    ("1,234", ",", "1.234"),
    ("1,234", ".", "1234"),
    ("1.234,5", ".", "1234.5"),  # both marks present: the hint cannot overrule
    ("12,345", ",", "12.345"),
    ("123.456", ".", "123.456"),
    ("0,123", None, "0.123"),
    ("1234,567", None, "1234.567"),
]


@pytest.mark.parametrize(("text", "hint", "expected"), AMBIGUOUS)
def test_parse_amount_decimal_hint(text: str, hint: str | None, expected: str) -> None:
    assert parse_amount(text, decimal_hint=hint) == Decimal(expected)


NOT_AMOUNTS = [
    "",
    " ",
    "-",
    "EUR",
    "hello",
    "05.06.2018",
    "5/6/18",
    "2018-06-05",
    "12:30",
    "+49 30 1234567",
    "030/123456",
    "(030) 123456",
    "0171 1234567",
    "007",
    "19%",
    "1.2.3",
    "12.34.56",
    "1,2345,678",
    "1.234,56,78",
    "12 34",
    "INV-001",
    "A123",
    "DE89370400440532013000",
    "12345678901234567",
    "1.234,56 XYZ",
    "((12))",
    "12.00 CR CR",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_parse_amount_rejects(text: str) -> None:
    assert parse_amount(text) is None


FIND_CASES = [
    ("Total 1.234,56 EUR incl. 19% VAT on 05.06.2018", [("1234.56", "1.234,56 EUR")]),
    ("Qty 2 12,00 24,00", [("2", "2"), ("12.00", "12,00"), ("24.00", "24,00")]),
    (
        "amount -€12.00 (5.00) 3.00- at 12:30",
        [("-12.00", "-€12.00"), ("-5.00", "(5.00)"), ("-3.00", "3.00-")],
    ),
    (
        "Sum: 1\u00a0234,56 € and USD 12 and 12.00 CR",
        [("1234.56", "1\u00a0234,56 €"), ("12", "USD 12"), ("-12.00", "12.00 CR")],
    ),
    ("1.234,56EUR total", [("1234.56", "1.234,56EUR")]),
    ("A4 paper 10x 5,99", [("5.99", "5,99")]),
    ("Invoice INV-2018-001 dated 2018-06-05", []),
    ("Betrag: 1.234,-", [("1234", "1.234,-")]),
    ("Date 5/6/18, time 10:15", []),
    ("Rabatt 5% 10,00", [("10.00", "10,00")]),
    ("Phone +49", []),
    ("12,34 56,78", [("12.34", "12,34"), ("56.78", "56,78")]),
]


@pytest.mark.parametrize(("line", "expected"), FIND_CASES)
def test_find_amounts(line: str, expected: list[tuple[str, str]]) -> None:
    found = find_amounts(line)
    assert [(value, line[start:end]) for value, start, end in found] == [
        (Decimal(value), text) for value, text in expected
    ]


def test_find_amounts_uses_hint() -> None:
    found = find_amounts("Menge 1,500 kg", decimal_hint=",")
    assert [value for value, _, _ in found] == [Decimal("1.500")]
    assert [value for value, _, _ in find_amounts("Menge 1,500 kg")] == [Decimal("1500")]
    found = find_amounts("Menge 1,500 Preis 2,000", decimal_hint=",")
    assert [value for value, _, _ in found] == [Decimal("1.500"), Decimal("2.000")]


HINT_CASES = [
    (["1.234,56", "12,50", "3.000"], ","),
    (["1,234.56", "12.50"], "."),
    (["1.234"], None),
    (["1.234.567"], ","),
    (["1,234,567"], "."),
    (["05.06.2018"], None),
    (["12,50", "12.50"], None),
    ([], None),
    (["Total 99,90 EUR", "MwSt 19%"], ","),
]


@pytest.mark.parametrize(("texts", "expected"), HINT_CASES)
def test_format_decimal_hint(texts: list[str], expected: str | None) -> None:
    assert format_decimal_hint(texts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("19%", "19"), ("7,5 %", "7.5"), ("20.00", "20.00"), ("abc", None), ("1234%", None)],
)
def test_parse_percent(text: str, expected: str | None) -> None:
    assert parse_percent(text) == (None if expected is None else Decimal(expected))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,000,00", "2000.00"),  # OCR read the decimal point as a comma
        ("2.000.00", "2000.00"),  # ... or the grouping comma as a point
        ("1,234,56", "1234.56"),
        ("1.234.567,89", "1234567.89"),
        ("1,234,567,89", "1234567.89"),
        ("RM 2,000,00", "2000.00"),
        ("2.000.00-", "-2000.00"),
    ],
)
def test_parse_amount_swapped_decimal_mark(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234", "1234"),  # a lone mark keeps the three-digit-group reading
        ("1.234", "1234"),
        ("1.234.567", "1234567"),  # every tail group of three: grouping only
        ("12.05.20", None),  # a date, not groups of three
        ("1,23,45", None),
        ("0,000,00", None),
        ("1234,567,89", None),  # irregular lead group
    ],
)
def test_parse_amount_swapped_mark_stays_strict(text: str, expected: str | None) -> None:
    assert parse_amount(text) == (None if expected is None else Decimal(expected))


def test_find_amounts_reads_swapped_decimal_mark() -> None:
    assert [value for value, _, _ in find_amounts("Total 2.000.00 EUR")] == [Decimal("2000.00")]
