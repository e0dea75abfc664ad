"""Cell rendering: typed and string JSON values, numbers, dates, formula neutralising."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from output_samples import per_invoice_plan

from facturist.output import (
    CellFormat,
    cell_format_for,
    json_value,
    neutralise_formula,
    normalise_cell,
    number_text,
)
from facturist.output.values import typed_number


@pytest.mark.parametrize(
    ("number", "decimals", "text"),
    [
        (1250.5, None, "1250.5"),
        (1250.5, 2, "1250.50"),
        (1250.0, None, "1250"),
        (1250, 2, "1250.00"),
        (0.1 + 0.2, None, "0.3"),
        (1e-7, None, "0.0000001"),
        (1e22, None, "10000000000000000000000"),
        (2.675, 2, "2.68"),
        (-12.5, None, "-12.5"),
        (-0.001, 2, "0.00"),
        (12345678901234567, None, "12345678901234567"),
    ],
)
def test_number_text(number: float, decimals: int | None, text: str) -> None:
    assert number_text(number, decimals) == text


def test_typed_numbers() -> None:
    assert typed_number(1250.0) == 1250 and isinstance(typed_number(1250.0), int)
    assert typed_number(0.1 + 0.2) == 0.3
    assert typed_number(2.675, 2) == 2.68
    assert typed_number(7, 2) == 7


def test_typed_json_values() -> None:
    assert json_value(1250.5, "number", typed=True) == 1250.5
    assert json_value("1250.50", "number", typed=True) == 1250.5
    assert json_value(3, "number", typed=True) == 3
    assert json_value(date(2026, 1, 15), "date", typed=True) == "2026-01-15"
    assert json_value(datetime(2026, 1, 15, 9, 30), "date", typed=True) == "2026-01-15"
    assert json_value(True, "bool", typed=True) is True
    assert json_value("yes", "bool", typed=True) is True
    assert json_value(None, "number", typed=True) is None
    assert json_value("  ", "text", typed=True) is None
    assert json_value(float("nan"), "number", typed=True) is None
    # Text a number column could not parse stays text rather than being guessed at.
    assert json_value("1.250,00", "number", typed=True) == "1.250,00"


def test_untyped_json_values_are_all_strings() -> None:
    assert json_value(1250.5, "number", typed=False) == "1250.5"
    assert json_value(1250.5, "number", typed=False, fmt=CellFormat(decimals=2)) == "1250.50"
    assert json_value(date(2026, 1, 15), "date", typed=False) == "2026-01-15"
    assert json_value(False, "bool", typed=False) == "false"
    assert json_value(None, "text", typed=False) == ""
    assert json_value("15 Jan 2026", "date", typed=False) == "15 Jan 2026"


def test_plan_date_format_applies_to_both_modes() -> None:
    fmt = cell_format_for(per_invoice_plan(date_format="%d/%m/%Y", decimals=2))
    assert fmt == CellFormat(date_format="%d/%m/%Y", decimals=2)
    assert json_value(date(2026, 1, 5), "date", typed=True, fmt=fmt) == "05/01/2026"
    assert json_value(date(2026, 1, 5), "date", typed=False, fmt=fmt) == "05/01/2026"
    assert json_value(10, "number", typed=True, fmt=fmt) == 10


def test_numbers_in_text_columns_become_text() -> None:
    assert normalise_cell(123, "text") == "123"
    assert normalise_cell(12.50, "text") == "12.5"
    assert json_value(123, "text", typed=True) == "123"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_triggers_are_neutralised(text: str) -> None:
    assert neutralise_formula(text) == "'" + text


@pytest.mark.parametrize("text", ["Acme = good", "1+1", "", "'quoted"])
def test_plain_text_is_left_alone(text: str) -> None:
    assert neutralise_formula(text) == text
