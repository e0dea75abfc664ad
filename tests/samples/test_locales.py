"""Number, currency and date formats per locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from facturist.samples.locales import get_locale, printable

AMOUNT = Decimal("1234.5")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en-GB", "£1,234.50"),
        ("de-DE", "1.234,50 €"),
        ("fr-FR", "1 234,50 €"),
        ("de-CH", "CHF 1'234.50"),
        ("nl-NL", "€ 1.234,50"),
        ("pl-PL", "1 234,50 zł"),
    ],
)
def test_money_formats(code: str, expected: str) -> None:
    assert get_locale(code).money(AMOUNT) == expected


def test_negative_amount_keeps_the_sign_before_the_symbol() -> None:
    assert get_locale("en-GB").money(-AMOUNT) == "-£1,234.50"
    assert get_locale("de-DE").money(-AMOUNT) == "-1.234,50 €"


def test_dates_numeric_and_long() -> None:
    day = date(2024, 3, 5)
    assert get_locale("en-US").format_date(day, long=False) == "03/05/2024"
    assert get_locale("de-DE").format_date(day, long=False) == "05.03.2024"
    assert get_locale("nl-NL").format_date(day, long=False) == "05-03-2024"
    assert get_locale("de-DE").format_date(day, long=True) == "5. März 2024"
    assert get_locale("es-ES").format_date(day, long=True) == "5 de marzo de 2024"


def test_quantities_and_rates() -> None:
    loc = get_locale("fr-FR")
    assert loc.quantity(Decimal(3)) == "3"
    assert loc.quantity(Decimal("2.5")) == "2,5"
    assert loc.percent(Decimal("5.5")) == "5,5 %"


def test_printable_folds_only_what_the_font_lacks() -> None:
    assert printable("Zażółć gęślą jaźń") == "Zazółć gesla jazn"
    assert printable("Müller €") == "Müller €"
