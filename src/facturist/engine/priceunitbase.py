"""Price bases printed as a slash or a unit's word: the price stays per that base.

A trade quoting its prices per a hundred or a thousand pieces prints the base somewhere
the row or its caption shows it: the price caption's own cell or its second header line
("Preis" over "/ 100 St", "€/100 Stk", "EP/100", "Price per 1000"), or the unit cell of the
row ("pce (le cent)", "jeu (le mille)", "St pro 100"). Where the page prints the base, the
price stays as printed, per that base (EN 16931 BT-146 over BT-149), as for a "je 100kg"
caption (column_captions.py's PRICE_BASE) or a price unit column (tablecolumns.py's
`_printed_base`); tables.py's `_per_base_quantity` divides only a base it has to infer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

if TYPE_CHECKING:
    from facturist.engine.tableheader import Columns

# "/ 100 St", "€/100", "EP/100", "per 1000", "je 100 Stk", "pour 100": a base of 100 or 1000,
# its thousands perhaps grouped ("/ 1 000", "per 1,000") or short ("/ 1k").
# A figure before the slash is a ratio or a code ("1/100", "2502/118"), none.
_SLASH_OR_WORD = re.compile(
    r"(?:(?<![\d/])/\s?|\b(?:je|pro|per|par|pour)\s)"
    r"(100|1000|10000|10?[\s.,'\u00a0\u202f]000|1k(?!\w))(?![\d.,/])",
    re.IGNORECASE,
)
# French trade words: "le cent" (per 100), "le mille" (per 1000); "‰" per 1000.
_FRENCH_BASE = re.compile(r"\b(?:le|au)\s(cent|mille)\b", re.IGNORECASE)
_FRENCH = {"cent": "100", "mille": "1000"}
# Media's price per a thousand impressions: "CPM", "eCPM", "TKP", "Tsd.-Preis".
PER_MILLE = re.compile(r"\b(?:[ev]?cpm|tkp|tsd\.?\s?-?\s?preis|preis\s?/\s?tsd)\b", re.IGNORECASE)
# A base caption's cell: "je 100 St." (3 words), "10000" at most.
_MOST_BASE_WORDS = 4
_MOST_BASE_DIGITS = 5


def printed_base(text: str) -> str | None:
    """The base ("100", "1000") a text prints for a price, if any."""
    match = _SLASH_OR_WORD.search(text)
    if match is not None:
        base = match.group(1).lower()
        return "1000" if base == "1k" else re.sub(r"\D", "", base)
    french = _FRENCH_BASE.search(text)
    if french is not None:
        return _FRENCH[french.group(1).lower()]
    return "1000" if "‰" in text or PER_MILLE.search(text) else None


def base_caption_word(word: Word, line: Line) -> bool:
    """A figure of a cell printing only a price base ("je 100 St.", "/ 100 Stk", "per 1000")
    on a header's second line: part of the price caption over it, no row's figure."""
    cell = next((c for c in line.cells if word in c.words), None)
    return (
        cell is not None
        and len(cell.words) <= _MOST_BASE_WORDS
        and printed_base(cell.text) is not None
        and sum(ch.isdigit() for ch in cell.text) <= _MOST_BASE_DIGITS
    )


def caption_base(lines: list[Line], header_index: int, columns: Columns) -> None:
    """The base the price caption prints in its cell or on a header line just under or over
    it ("Preis" over "/ 100 St"): the columns' price base, where no "je 100kg" set it."""
    if columns.price_base is None and "unit_price" in columns.centers:
        columns.price_base = _base_over(lines, header_index, columns.centers["unit_price"])


def _base_over(lines: list[Line], header_index: int, span: tuple[float, float]) -> str | None:
    """A cell over the price column's x-span (`span`) printing a base, near the header."""
    header = lines[header_index]
    x0, x1 = span
    for index in (header_index, header_index + 1, header_index - 1):
        if not 0 <= index < len(lines):
            continue
        line = lines[index]
        if line.page != header.page or abs(line.y0 - header.y0) > 25:
            continue
        for cell in line.cells or []:
            if cell.x0 < x1 + 12 and cell.words[-1].box.x1 > x0 - 12:
                base = printed_base(cell.text)
                if base is not None:
                    return base
    return None


def row_base(line: Line, numbers: dict[str, tuple[float, Value]]) -> None:
    """A row printing its price's base among its words ("2 000 | pce (le cent) | 3,45"):
    kept as "price_base" beside the row's figures, as a price unit column's figure is."""
    if "unit_price" not in numbers or "price_base" in numbers:
        return
    base = printed_base(line.text)
    if base is not None:
        box = numbers["unit_price"][1].boxes
        numbers["price_base"] = (0.0, Value(float(base), base, box))
