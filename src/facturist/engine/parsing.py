"""One door to the value parsers: `facturist.engine.parse` when present, small fallbacks if not.

The parsers package is written in parallel; until it lands, these minimal versions keep the
engine working. Callers import from here only, so switching over touches one file.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol


class ParsedDateLike(Protocol):
    """A parsed date: the value and whether day and month could be swapped."""

    @property
    def value(self) -> date: ...

    @property
    def ambiguous(self) -> bool: ...


@dataclass(frozen=True)
class _ParsedDate:
    value: date
    ambiguous: bool = False


_AMOUNT_CHARS = re.compile(r"[^0-9,.\-()']")
_MONTHS = {
    name: index + 1
    for index, names in enumerate(
        [
            "jan january januar janvier enero gennaio januari janeiro styczen stycznia jänner",
            "feb february februar fevrier février febrero febbraio februari fevereiro luty lutego",
            "mar march märz marz mars marzo maart março marco marca",
            "apr april avril abril aprile kwiecien kwietnia",
            "may mai mayo maggio mei maio maj maja",
            "jun june juni juin junio giugno junho czerwiec czerwca",
            "jul july juli juillet julio luglio julho lipiec lipca",
            "aug august août aout agosto augustus sierpien sierpnia",
            "sep sept september septembre septiembre settembre setembro wrzesien wrzesnia",
            "oct october oktober octobre octubre ottobre outubro okt pazdziernik pazdziernika",
            "nov november novembre noviembre novembro listopad listopada",
            "dec december dezember décembre decembre diciembre dicembre dezembro dez"
            " grudzien grudnia",
        ]
    )
    for name in names.split()
}


def _fallback_parse_amount(text: str, *, decimal_hint: str | None = None) -> Decimal | None:
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    negative = (
        raw.startswith("-") or raw.endswith("-") or (raw.startswith("(") and raw.endswith(")"))
    )
    cleaned = _AMOUNT_CHARS.sub("", raw).strip("-()").replace("'", "")
    if not cleaned or not any(ch.isdigit() for ch in cleaned) or "-" in cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
    elif "," in cleaned or "." in cleaned:
        mark = "," if "," in cleaned else "."
        head, _, tail = cleaned.rpartition(mark)
        if cleaned.count(mark) > 1:
            decimal_mark = "" if len(tail) == 3 else mark
            if decimal_mark:
                cleaned = head.replace(mark, "") + mark + tail
        elif len(tail) == 3 and head and decimal_hint != mark:
            decimal_mark = ""  # "1,234" or "1.234": a thousands separator
        else:
            decimal_mark = mark
    else:
        decimal_mark = ""
    thousands = {",", "."} - {decimal_mark}
    for sep in thousands:
        cleaned = cleaned.replace(sep, "")
    if decimal_mark:
        cleaned = cleaned.replace(decimal_mark, ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return -value if negative else value


_NUMERIC_DATE = re.compile(r"(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})")
_WORD_DATE_DMY = re.compile(
    r"(\d{1,2})\.?\s*(?:de\s+)?([A-Za-zÀ-ÿ]{3,12})\.?,?\s*(?:de\s+)?(\d{4})"
)
_WORD_DATE_MDY = re.compile(r"([A-Za-zÀ-ÿ]{3,12})\.?\s*(\d{1,2})\s*(?:st|nd|rd|th)?\s*,?\s*(\d{4})")


def _safe_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _fallback_parse_date(text: str, *, day_first: bool | None = None) -> _ParsedDate | None:
    match = _NUMERIC_DATE.search(text)
    if match:
        a, b, c = (int(g) for g in match.groups())
        if len(match.group(1)) == 4:
            found = _safe_date(a, b, c)
            return _ParsedDate(found) if found else None
        if len(match.group(3)) not in (2, 4):
            return None
        day_month = _safe_date(c, b, a)
        month_day = _safe_date(c, a, b)
        if day_month and month_day and a != b:
            chosen = month_day if day_first is False else day_month
            return _ParsedDate(chosen, ambiguous=day_first is None)
        found = day_month or month_day
        return _ParsedDate(found) if found else None
    for pattern, order in ((_WORD_DATE_DMY, "dmy"), (_WORD_DATE_MDY, "mdy")):
        for word_match in pattern.finditer(text):
            first, second, year = word_match.groups()
            day_text, month_text = (first, second) if order == "dmy" else (second, first)
            month = _MONTHS.get(month_text.lower().rstrip("."))
            if month:
                found = _safe_date(int(year), month, int(day_text))
                if found:
                    return _ParsedDate(found)
    return None


_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b")
_VAT = re.compile(
    r"\b((?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|CHE|XI)"
    r"[\s\-]?[0-9A-Z][0-9A-Z\s.\-]{6,14}[0-9A-Z])\b"
)
_CURRENCY_SYMBOLS = [("€", "EUR"), ("£", "GBP"), ("US$", "USD"), ("$", "USD"), ("¥", "JPY")]
_CURRENCY_CODES = re.compile(
    r"\b(EUR|USD|GBP|CHF|JPY|PLN|CZK|SEK|NOK|DKK|HUF|MYR|SGD|CAD|AUD|INR|CNY)\b"
)


def _fallback_iban_valid(candidate: str) -> bool:
    compact = candidate.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def _fallback_find_ibans(text: str) -> list[str]:
    found = []
    for match in _IBAN.finditer(text.upper()):
        compact = match.group(1).replace(" ", "")
        # Greedy matching may swallow a following word: shrink until the checksum holds.
        for end in range(len(compact), 14, -1):
            if _fallback_iban_valid(compact[:end]):
                found.append(compact[:end])
                break
    return found


def _fallback_find_vat_ids(text: str) -> list[str]:
    return [re.sub(r"[\s.\-]", "", m.group(1)) for m in _VAT.finditer(text)]


def _fallback_detect_currency(text: str) -> str | None:
    match = _CURRENCY_CODES.search(text)
    if match:
        return match.group(1)
    for symbol, code in _CURRENCY_SYMBOLS:
        if symbol in text:
            return code
    if re.search(r"\bRM\s?\d", text):
        return "MYR"
    return None


def _load() -> tuple[Any, Any, Any, Any, Any]:
    """Each parser from the parse package when its module exists, else the fallback."""
    chosen: list[Any] = [
        _fallback_parse_amount,
        _fallback_parse_date,
        _fallback_find_ibans,
        _fallback_find_vat_ids,
        _fallback_detect_currency,
    ]
    for slot, module_name, attribute in (
        (0, "amounts", "parse_amount"),
        (1, "dates", "parse_date"),
        (2, "ids", "find_ibans"),
        (3, "ids", "find_vat_ids"),
        (4, "currency", "detect_currency"),
    ):
        try:
            module = importlib.import_module(f"facturist.engine.parse.{module_name}")
            chosen[slot] = getattr(module, attribute)
        except (ImportError, AttributeError):
            continue
    return chosen[0], chosen[1], chosen[2], chosen[3], chosen[4]


_parse_amount, _parse_date, _find_ibans, _find_vat_ids, _detect_currency = _load()


def parse_amount(text: str, *, decimal_hint: str | None = None) -> Decimal | None:
    """Read an amount such as "1.234,56 €" or "$4.11"; None when it is not one."""
    try:
        result: Decimal | None = _parse_amount(text, decimal_hint=decimal_hint)
    except Exception:  # a parser bug must not sink the document
        return None
    return result


# Callers try every run of a few words as a date (dateread.read_date, netdue._dates), so one
# page asks about the same short texts many times. The answer depends on the text alone and
# parsed dates are immutable, so it is kept.
@functools.lru_cache(maxsize=8192)
def parse_date(text: str, *, day_first: bool | None = None) -> ParsedDateLike | None:
    """Read a date in any common notation; None when there is none."""
    try:
        result: ParsedDateLike | None = _parse_date(text, day_first=day_first)
    except Exception:
        return None
    return result


def find_ibans(text: str) -> list[str]:
    """IBANs with a valid checksum found in text, compacted."""
    try:
        return list(_find_ibans(text))
    except Exception:
        return []


def find_vat_ids(text: str) -> list[str]:
    """VAT identifiers found in text, compacted."""
    try:
        return list(_find_vat_ids(text))
    except Exception:
        return []


def vat_id_shapes(text: str) -> list[str]:
    """Strings shaped like VAT identifiers, checksum not tested (for values next to a VAT label)."""
    return _fallback_find_vat_ids(text)


def detect_currency(text: str) -> str | None:
    """ISO 4217 code suggested by a code or symbol in text."""
    try:
        result: str | None = _detect_currency(text)
    except Exception:
        return None
    return result
