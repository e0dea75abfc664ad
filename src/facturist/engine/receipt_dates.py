"""Receipt dates: the sale's date among the dates a till receipt prints.

Day first (Malaysian and European receipts), in figures or with a month word, OCR's zeros for
capital O's mended; a "Date" label, or a hotel folio's departure, picks among several, and
delivery / expiry / validity dates give way to the sale's. Also `field_value`, the Value
maker the receipt rules share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from facturist.engine.countrydates import (
    buddhist_era_date,
    month_first,
    philippine_page,
    thai_page,
)
from facturist.engine.layout import Line
from facturist.engine.model import Box, Value, Word
from facturist.engine.parse.dates import infer_day_first
from facturist.engine.parsing import parse_date

_MONTH = (
    "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|"
    "JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
)
MONTH_WORD = re.compile(rf"\d\s*({_MONTH})\b", re.IGNORECASE)
_MONTHS = {name: i + 1 for i, name in enumerate(_MONTH.split("|")[:12])}
# Not inside an article code ("HD03-04-06", "MI11/3-21-12/480"): no letter glued before it,
# no further "/figure" after it.
_NUMERIC_DATE = re.compile(
    r"(?<![A-Za-z\d])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d/])"
)
# A date whose time follows without a space: "19-03-201818:08:38", "17/01/20184 2153" (a
# four-digit year only).
_GLUED_DATE = re.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?=\d)")
_ISO_DATE = re.compile(r"(?<!\d)(20\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)")
# A hotel or restaurant till (Micros-style point of sale) writes the century as an apostrophe:
# "11SEP'17 20:31", "3JAN'18", "11 SEP '17".
_TEXT_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})[\s./-]*({_MONTH})[A-Z]*[\s./,'\u2019-]*(\d{{4}}|\d{{2}})(?!\d)",
    re.IGNORECASE,
)
# Malay month names and abbreviations ("17 Ogos 2018", "3 MAC 2019", "12-Dis-18"), whole words
# only ("DISC", "MACHINE" are none); a two-digit year only after a dash, slash or dot.
_MALAY_MONTHS = {
    "JANUARI": 1, "FEBRUARI": 2, "MAC": 3, "MEI": 5, "JULAI": 7, "OGOS": 8, "OGO": 8,
    "OGS": 8, "OKT": 10, "OKTOBER": 10, "DISEMBER": 12, "DIS": 12,
}  # fmt: skip
_MALAY_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})[\s./-]*({'|'.join(_MALAY_MONTHS)})\b\.?"
    r"(?:[\s,]*(\d{4})|[./-](\d{2}))(?!\d)",
    re.IGNORECASE,
)
# A letter glued before such a till date makes it a code ("A11SEP'17").
_APOSTROPHE = re.compile(r"['\u2019]")
# "Apr 28, 2018", "April 28 2018": the month first, a four-digit year.
_MONTH_FIRST = re.compile(
    rf"(?<![A-Z])({_MONTH})[A-Z]*\.?\s*(\d{{1,2}})(?:ST|ND|RD|TH)?,?\s*(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# A capital O read as a zero in a month word ("21 0CT 2017", "N0V"), an l or I as a one
# ("9 Ju1 2017", "Apr1l"): mended only where the word then spells a month.
_ZERO_MONTH = re.compile(r"\b(?=[A-Za-z]*[01])(?=[01]*[A-Za-z])[A-Za-z01]{3,9}\b")
_DATE_LABEL = re.compile(
    r"\b(DATE|TARIKH|DATUM|DATA|FECHA|DATO)\b|\bDATE\s+DE\b|RECHNUNGSDATUM", re.IGNORECASE
)
_OTHER_DATE = re.compile(
    r"\b(?:DELIVER(?:Y|ED)?|READY|COLLECT(?:ION)?|EXPIR(?:Y|ES)|EXP|VALID|DUE|ENTRY|EXIT"
    r"|PICK[\s-]?UP|APPOINTMENT|WARRANTY|GUARANTEE|UNTIL"
    # A car park's ticket times: de "Einfahrt" / "Ausfahrt", fr "Entrée" / "Sortie", it
    # "Ingresso" / "Uscita", nl "Inrit" / "Uitrit", es/pt "Entrada" / "Salida" / "Saída".
    r"|EINFAHRT|AUSFAHRT|ENTR[ÉE]E|SORTIE|INGRESSO|USCITA|INRIT|UITRIT|ENTRADA|SALIDA|SA[ÍI]DA"
    # A copy printed again later: "** DUPLICATE - REPRINTED 19/01/2018 09:02 **".
    r"|RE-?PRINT(?:ED)?|DUPLICATE"
    # Malay: "Tarikh Siap" (ready), "Hantar" (delivery), "Ambil" (pick-up), "Luput" (expiry).
    r"|SIAP|HANTAR|AMBIL|LUPUT)\b",
    re.IGNORECASE,
)
# A hotel folio's stay starts on arrival; the bill is settled on departure.
_DEPARTURE = re.compile(r"\b(DEPARTURE|CHECK[\s-]?OUT)\b", re.IGNORECASE)


def field_value(text: str, words: Sequence[Word], value: str | date | float | None = None) -> Value:
    boxes: tuple[Box, ...] = tuple(w.box for w in words)
    confidence = min((w.confidence for w in words), default=1.0)
    return Value(text if value is None else value, text, boxes, confidence)


def find_date(text: str) -> date | None:
    """The first plausible date in `text` (day first, as Malaysian and European receipts)."""
    candidates: list[tuple[int, date]] = []
    for match in _ISO_DATE.finditer(text):
        made = _make_date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        if made:
            candidates.append((match.start(), made))
    for match in [*_NUMERIC_DATE.finditer(text), *_GLUED_DATE.finditer(text)]:
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        made = _make_date(year, month, day) or _make_date(year, day, month)
        if made:
            candidates.append((match.start(), made))
    text = _ZERO_MONTH.sub(_month_with_o, text)
    for match in _TEXT_DATE.finditer(text):
        if _APOSTROPHE.search(match.group()) and text[match.start() - 1 : match.start()].isalpha():
            continue
        month = _MONTHS.get(match.group(2).upper()[:3], 0)
        made = _make_date(int(match.group(3)), month, int(match.group(1)))
        if made:
            candidates.append((match.start(), made))
    for match in _MALAY_DATE.finditer(text):
        month = _MALAY_MONTHS[match.group(2).upper()]
        made = _make_date(int(match.group(3) or match.group(4)), month, int(match.group(1)))
        if made:
            candidates.append((match.start(), made))
    for match in _MONTH_FIRST.finditer(text):
        month = _MONTHS.get(match.group(1).upper()[:3], 0)
        made = _make_date(int(match.group(3)), month, int(match.group(2)))
        if made:
            candidates.append((match.start(), made))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def _month_with_o(match: re.Match[str]) -> str:
    word = match.group(0).replace("0", "O")
    for mended in (word.replace("1", "L"), word.replace("1", "I")):
        if re.fullmatch(_MONTH, mended, re.IGNORECASE):
            return mended
    return match.group(0)


def _make_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    if not 1990 <= year <= 2099:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def receipt_date(lines: Sequence[Line]) -> Value | None:
    """A labelled date if there is one, else the first date printed."""
    found = [(line, _departure(line.text) or find_date(line.text) or _labelled_date(line))
             for line in lines]  # fmt: skip
    dated = [(line, d) for line, d in found if d is not None]
    texts = [line.text for line in lines]
    if not dated and thai_page(texts):
        # A Thai till's Buddhist-era year ("05/11/2562"): countrydates.py.
        found = [(line, buddhist_era_date(line.text)) for line in lines]
        dated = [(line, d) for line, d in found if d is not None]
    # "Delivery date: 14 FEB 2018", "READY ON", "EXPIRY": another date than the sale's.
    dated = [(line, d) for line, d in dated if not _OTHER_DATE.search(line.text)] or dated
    if not dated:
        return None
    labelled = [(line, d) for line, d in dated if _DATE_LABEL.search(line.text)]
    labelled = [(line, d) for line, d in dated if _DEPARTURE.search(line.text)] or labelled
    line, value = (labelled or dated)[0]
    if philippine_page(texts) and infer_day_first(texts) is not True:
        # A Philippine receipt writes the month first ("03/12/2019" is 12 March).
        value = month_first(line.text, value) or value
    return field_value(value.isoformat(), line.words, value)


def _departure(text: str) -> date | None:
    """The date after "Departure" / "Check-out" (on the line with the arrival date too)."""
    label = _DEPARTURE.search(text)
    return find_date(text[label.end() :]) if label else None


def _labelled_date(line: Line) -> date | None:
    """The date in the value cell of a "Date" line, in any notation the parsers know."""
    if len(line.cells) < 2 or not _DATE_LABEL.search(line.cells[0].text):
        return None
    parsed = parse_date(line.cells[-1].text, day_first=True)
    return parsed.value if parsed is not None else None
