"""A money figure whose decimal mark OCR read as a colon ("175:00"), mended where the row's
sums prove it.

On a scan or fax the lower dot of a decimal comma, or a speck above a decimal point, makes
OCR read "175,00" as "175:00". The figure then matches no amount pattern: the row has no
amount and merges with the next row, or loses its price. A clock time has the same shape
("10:27"), so on an OCR'd row a word `\\d+:\\d\\d` is read as a decimal only when the row's
figures prove it: two other figures whose product it is (quantity x price = amount), or
another two-decimal figure that is a whole multiple of it (the price of a row whose amount
is printed and whose quantity may be lost; once over, only when it cannot be a time). The
colon becomes the decimal mark of the row's other money figures ("." when they show none).
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.model import Word

_COLON_MONEY = re.compile(r"(\d{1,3}(?:[.,' ]\d{3})*|\d+):(\d\d)")
_MONEY = re.compile(r"\d{1,3}(?:[.' ]\d{3})*,\d\d|\d{1,3}(?:[,' ]\d{3})*\.\d\d|\d+[.,]\d\d")
# A figure that may take part in the row's product: a count or a price.
_FIGURE = re.compile(r"\d{1,6}(?:[.,]\d{1,3})?")
# The largest count a price may be multiplied by to give the row's amount.
_MOST_UNITS = 10_000
_CENT = 0.005


def colon_decimals(row: list[Word]) -> list[Word]:
    """The row (one OCR'd line) with colon-marked money figures written with a decimal mark."""
    if not any(":" in w.text for w in row):
        return row
    mended = list(row)
    for index, word in enumerate(row):
        match = _COLON_MONEY.fullmatch(word.text)
        if match is None:
            continue
        value = float(re.sub(r"\D", "", match[1]) + "." + match[2])
        others = [w.text for i, w in enumerate(row) if i != index]
        if value > 0 and _proven(value, match, others):
            mended[index] = replace(word, text=f"{match[1]}{_mark(others)}{match[2]}")
    return mended


def _proven(value: float, match: re.Match[str], others: list[str]) -> bool:
    figures = [_number(t) for t in others if _FIGURE.fullmatch(t)]
    figures = [f for f in figures if f > 0]
    for i, first in enumerate(figures):
        for second in figures[i + 1 :]:
            if abs(first * second - value) < _CENT:
                return True  # quantity x price = this amount
    clock = int(re.sub(r"\D", "", match[1])) < 24 and int(match[2]) < 60
    for text in others:
        if not _MONEY.fullmatch(text):
            continue
        units = round(_number(text) / value)
        counted = (2 if clock else 1) <= units <= _MOST_UNITS
        if counted and abs(units * value - _number(text)) < _CENT:
            return True  # this price x a (perhaps lost) count = the row's amount
    return False


def _number(text: str) -> float:
    """A figure's value, its last "." or "," read as the decimal mark ("1.234,56", "0,33")."""
    cut = max(text.rfind("."), text.rfind(","))
    whole, part = (text, "") if cut < 0 else (text[:cut], text[cut + 1 :])
    digits = re.sub(r"\D", "", whole) or "0"
    return float(digits + "." + (re.sub(r"\D", "", part) or "0"))


def _mark(others: list[str]) -> str:
    for text in others:
        if _MONEY.fullmatch(text):
            return text[-3]
    return "."
