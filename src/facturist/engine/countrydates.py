"""Dates a country prints in its own way, read only where the page names that country.

- Thailand counts years in the Buddhist era (2562 BE = 2019 CE, 543 years ahead) and writes
  the day first ("Date 05/11/2562"). A four-digit year of 2400-2600 is no Gregorian year the
  reader accepts, so such a date is read only on a page with Thai evidence: Thai script, the
  baht, the country or its capital, Thai address words, a 13-digit tax id whose check digit
  holds (the Revenue Department's scheme).
- The Philippines writes the month first, as the US does ("03/12/2019" is 12 March): the
  peso, its tax id ("VAT REG TIN: 009-412-337-00003", three groups of three digits and a
  branch code), the Bureau of Internal Revenue's permit lines, the country or Metro Manila's
  cities. A day-first reading (Malaysia, Europe) stays everywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from facturist.engine.gulfasiataxids import is_philippine_tin

_THAI_WORDS = re.compile(
    r"[\u0E00-\u0E7F]|฿|\b(?:BAHT|THB|THAILAND|BANGKOK|KRUNG\s*THEP|KHET|KHWAENG|AMPHOE|TAMBON"
    r"|CHIANG\s*MAI|PHUKET|PATTAYA|NONTHABURI|SAMUT\s*PRAKAN)\b",
    re.IGNORECASE,
)
_THIRTEEN_DIGITS = re.compile(r"(?<![\d-])(\d[\d -]{11,20}\d)(?![\d-])")
# Day, month and a Buddhist-era year ("05/11/2562", "5.11.62" is too short to tell).
_ERA_DATE = re.compile(r"(?<!\d)(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(2[45]\d{2})(?!\d)")
_ERA_OFFSET = 543

_PHILIPPINE_WORDS = re.compile(
    r"₱|\bPHP\b|\bPHILIPPINES\b|\bMETRO\s+MANILA\b|\bBIR\s+(?:PERMIT|ACCRED|ATP|AUTHORITY)"
    r"|\b(?:MANILA|MAKATI|PASAY|QUEZON\s+CITY|TAGUIG|PASIG|MANDALUYONG|CEBU\s+CITY|DAVAO)\b",
    re.IGNORECASE,
)
_TIN = re.compile(r"\bTIN\b\W*([\d-]{11,19})", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])")


def thai_page(texts: Iterable[str]) -> bool:
    """The page says it is Thai: script, currency, place names or a valid Thai tax id."""
    text = "\n".join(texts)
    if _THAI_WORDS.search(text):
        return True
    return any(_thai_tax_id(m.group(1)) for m in _THIRTEEN_DIGITS.finditer(text))


def _thai_tax_id(found: str) -> bool:
    """Thirteen digits whose last is the check digit: 11 minus the sum of the first twelve
    weighted 13 down to 2, modulo 11, then modulo 10."""
    digits = [int(ch) for ch in found if ch.isdigit()]
    if len(digits) != 13:
        return False
    total = sum(d * w for d, w in zip(digits[:12], range(13, 1, -1), strict=True))
    return (11 - total % 11) % 10 == digits[12]


def buddhist_era_date(text: str) -> date | None:
    """The first day-first date with a Buddhist-era year in `text`, as a Gregorian date."""
    for match in _ERA_DATE.finditer(text):
        year = int(match.group(4)) - _ERA_OFFSET
        try:
            return date(year, int(match.group(3)), int(match.group(1)))
        except ValueError:
            continue
    return None


def philippine_page(texts: Iterable[str]) -> bool:
    """The page says it is Philippine: peso, BIR lines, places, or a TIN of its shape."""
    text = "\n".join(texts)
    if _PHILIPPINE_WORDS.search(text):
        return True
    return any(is_philippine_tin(m.group(1).strip("-")) for m in _TIN.finditer(text))


def month_first(text: str, read: date) -> date | None:
    """`read` (taken day first from `text`) read month first instead, where the figures
    allow both orders; None when the text's date is not such a one."""
    for match in _NUMERIC_DATE.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if first == second or first > 12 or second > 12:
            continue
        year = int(match.group(4))
        year += 2000 if year < 100 else 0
        if read == date(year, second, first):
            return date(year, first, second)
    return None
