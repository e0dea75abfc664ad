"""Central/Eastern European and Baltic dates and currencies: a closing dot, the year's
abbreviation, Latvian and Lithuanian long dates, local month names, the lev, "Eur"."""

from __future__ import annotations

from datetime import date

import pytest

from facturist.engine.parse.currency import detect_currency
from facturist.engine.parse.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025.03.04.", date(2025, 3, 4)),  # Hungary: year first, closing dot
        ("03.04.2025.", date(2025, 4, 3)),  # Croatia: closing dot
        ("04.03.2025 г.", date(2025, 3, 4)),  # Bulgaria: "г." (година)
        ("3.03.2025 r.", date(2025, 3, 3)),  # Poland: "r." (roku)
        ("2025. gada 4. martā", date(2025, 3, 4)),  # Latvia
        ("2025 m. kovo 4 d.", date(2025, 3, 4)),  # Lithuania
        ("2025 m. kovo 4 d", date(2025, 3, 4)),
        ("2025. március 4.", date(2025, 3, 4)),  # Hungary, in words
        ("4. ožujka 2025.", date(2025, 3, 4)),  # Croatia, in words
        ("12. února 2025", date(2025, 2, 12)),  # Czechia
        ("18 martie 2025", date(2025, 3, 18)),  # Romania
        ("4 март 2025", date(2025, 3, 4)),  # Bulgaria
        ("1. detsember 2025", date(2025, 12, 1)),  # Estonia
        ("5 lapkričio 2025", date(2025, 11, 5)),  # Lithuania, genitive
    ],
)
def test_east_european_dates(text: str, expected: date) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.value == expected


@pytest.mark.parametrize("text", ["2025 maj 3", "Rok 2025 kovo"])
def test_year_then_month_needs_its_dot_or_m(text: str) -> None:
    assert parse_date(text) is None


def test_polish_listopad_stays_november() -> None:
    parsed = parse_date("5 listopada 2025")
    assert parsed is not None and parsed.value == date(2025, 11, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The lev named in the amount in words outweighs "EUR" in an item ("EUR pallets").
        ("Палети EUR, наем\nСловом: хиляда лева и 60 стотинки", "BGN"),
        ("Сума за плащане: 1 243,00 лв.", "BGN"),
        # Lithuania capitalises the code: "Kaina, Eur", "Eur 57 ct".
        ("Kaina, Eur  Suma, Eur", "EUR"),
        ("du tūkstančiai Eur 57 ct", "EUR"),
        ("azaz hatszáznegyvenötezer forint", "HUF"),
    ],
)
def test_east_european_currencies(text: str, expected: str) -> None:
    assert detect_currency(text) == expected


@pytest.mark.parametrize("text", ["Eurostar ticket", "The Eur area"])
def test_a_capitalised_code_alone_names_no_currency(text: str) -> None:
    assert detect_currency(text) is None
