"""Cell values: normalising what the engine read, and rendering it for JSON, CSV and XLSX.

Rows keep typed Python values (str, int, float, bool, date, None). The plan's presentation
rules (date format, fixed decimals) are applied only when a value is rendered, so that the
XLSX file can keep real number and date cells while JSON and CSV show the requested text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from facturist.engine.model import CellValue, ColumnKind, ExtractionPlan

JsonCell = str | int | float | bool | None

# OWASP "CSV injection": spreadsheet programs treat cells starting with these as formulas.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+)(\.\d+)?$")
_TRUE_WORDS = frozenset({"true", "yes"})
_FALSE_WORDS = frozenset({"false", "no"})


@dataclass(frozen=True)
class CellFormat:
    """Presentation rules from the plan: a strftime date pattern and fixed decimals."""

    date_format: str | None = None
    decimals: int | None = None


def cell_format_for(plan: ExtractionPlan) -> CellFormat:
    """The presentation rules an extraction plan asks for."""
    return CellFormat(date_format=plan.date_format, decimals=plan.decimals)


def normalise_cell(value: CellValue, kind: ColumnKind) -> CellValue:
    """Blank -> None, and values the engine left as text turned into the column's type.

    A number column holding "1250.50" becomes 1250.5; a date column holding an ISO string
    becomes a date. Text that does not parse (for example "1.250,00") stays text rather than
    being guessed at. In text columns numbers become text, so an invoice number such as 00123
    read as a number is not turned into a numeric cell by a spreadsheet.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if not value.strip():
            return None
        return _parse_text(value, kind)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if kind == "text" and isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value)
    if isinstance(value, datetime):
        return value.date()  # the model speaks of dates; a time part would only confuse
    return value


def _parse_text(value: str, kind: ColumnKind) -> CellValue:
    stripped = value.strip()
    if kind == "number":
        match = _PLAIN_NUMBER.match(stripped)
        if match:
            return float(stripped) if match.group(2) else int(stripped)
    elif kind == "date":
        try:
            return date.fromisoformat(stripped)
        except ValueError:
            return value
    elif kind == "bool":
        lowered = stripped.lower()
        if lowered in _TRUE_WORDS:
            return True
        if lowered in _FALSE_WORDS:
            return False
    return value


def number_text(number: int | float, decimals: int | None = None) -> str:
    """A number as plain text: no exponent, no float noise, fixed decimals when asked."""
    exact = Decimal(number) if isinstance(number, int) else _decimal(number)
    if decimals is not None:
        exact = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = format(exact, "f")
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-") and not text.strip("-0."):
        text = text[1:]  # "-0.00" reads as a mistake on an invoice
    return text


def _decimal(number: float) -> Decimal:
    """A float as the decimal it was meant to be: 15 significant digits drop binary noise.

    Every amount printed on an invoice has far fewer than 15 significant digits, so this is
    exact for read values and turns computed noise (0.1 + 0.2 = 0.30000000000000004) into 0.3.
    """
    return Decimal(f"{number:.15g}")


def typed_number(number: int | float, decimals: int | None = None) -> int | float:
    """A number for typed JSON: rounded to fixed decimals, whole floats as integers."""
    if isinstance(number, int):
        return number  # already exact at any number of decimals
    if decimals is not None:
        exact = _decimal(number)
        rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        number = int(rounded) if decimals <= 0 else float(rounded)
    else:
        number = float(_decimal(number))
    if isinstance(number, float) and number.is_integer() and abs(number) < 2**53:
        return int(number)
    return number


def date_text(value: date, date_format: str | None = None) -> str:
    """A date as ISO 8601, or with the plan's strftime pattern."""
    if isinstance(value, datetime):
        value = value.date()
    return value.strftime(date_format) if date_format else value.isoformat()


def json_value(
    value: CellValue, kind: ColumnKind, typed: bool, fmt: CellFormat | None = None
) -> JsonCell:
    """One cell as the JSON file and the results endpoint show it (typed or all strings)."""
    fmt = fmt or CellFormat()
    value = normalise_cell(value, kind)
    if not typed:
        return text_value(value, fmt)
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        return typed_number(value, fmt.decimals)
    return date_text(value, fmt.date_format)


def text_value(value: CellValue, fmt: CellFormat | None = None) -> str:
    """One (normalised) cell as text: "" for empty, numbers plain, dates ISO or formatted."""
    fmt = fmt or CellFormat()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return ""
        return number_text(value, fmt.decimals)
    if isinstance(value, date):
        return date_text(value, fmt.date_format)
    return value


def neutralise_formula(text: str) -> str:
    """Prefix text that a spreadsheet would run as a formula with a single quote (OWASP)."""
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text
