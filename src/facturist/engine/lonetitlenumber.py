"""The number printed right after a lone title on its line, with no caption or sign.

A banner heads the invoice with its title and its number and nothing else on that line,
often white on a dark bar: "INVOICE | PFP/INV/25/2291", "RECHNUNG | RE-2025-0412". Nothing
captions the number; the title names it, as "Invoice PFP/INV/25/2291" in one cell would.
The line holds the two cells only, so a caption grid's row ("Invoice | 0447215 | Date | …")
is titlecaption.py's, and a date or an amount is never the number.
"""

from __future__ import annotations

import re

from facturist.engine.labels import DOCUMENT_TITLE
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_date

# One number: digits, perhaps a series and separators.
_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9\-/.]*\d")
# An amount's decimals ("1891.86"): no number.
_AMOUNT = re.compile(r"\d[.,]\d{2}")


def lone_title_number(lines: list[Line]) -> Value | None:
    """The one-word number in the cell after a title, the line's only two cells, or after
    the title in the line's one cell, near the top of the page; never a year, a date or an
    amount."""
    for line in lines[:40]:
        if len(line.cells) == 2:
            title, words = line.cells[0].text.strip(), line.cells[1].words
        elif len(line.cells) == 1 and len(line.words) > 1 and line.words[-1].text[-1:].isdigit():
            # "Schlussrechnung 2400217" set as one heading: the title's words, then the number.
            title, words = " ".join(w.text for w in line.words[:-1]), line.words[-1:]
        else:
            continue
        text = " ".join(w.text for w in words).strip()
        if (
            not DOCUMENT_TITLE.match(title)
            or any(ch.isdigit() or ch in ":#." for ch in title)
            or len(words) != 1
            or not _NUMBER.fullmatch(text)
            or sum(ch.isdigit() for ch in text) < 3
            or (text.isdigit() and 1990 <= int(text) <= 2100)
            or _AMOUNT.fullmatch(text)
            or parse_date(text) is not None
        ):
            continue
        return Value(text, f"{title} {text}", (words[0].box,), 0.8)
    return None
