"""Dates of the documents an invoice replaces: "(replaces Proforma Invoice No. PF-1208 dated
DEC. 8, 2025)" under a commercial invoice's title. The sentence names another document, its
number and its date; the invoice's own date is captioned elsewhere ("DATE: FEB. 17, 2026").
"""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line, line_holding

# A verb (or phrase) saying the document replaces or supersedes another, before the date in
# its cell: en, de, fr, it, es, nl.
_REPLACES = re.compile(
    r"\b(?:replac(?:es|ing)|supersed(?:es|ing)|in (?:place|lieu) of|ersetzt|anstelle|"
    r"remplace|en remplacement d[eu']|sostituisce|in sostituzione d|sustituye|reemplaza"
    r"|en sustituci[óo]n d|vervangt|ter vervanging van)\b",
    re.IGNORECASE,
)


def without_replaced_dates(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less the issue dates read inside a cell that, before the date, says
    the document replaces another: that one's date, never this invoice's."""
    return [c for c in candidates if c.key != "invoice_date" or not _replaced(lines, c)]


def _replaced(lines: list[Line], candidate: Candidate) -> bool:
    boxes = candidate.value.boxes
    if not boxes:
        return False
    index = line_holding(lines, boxes[0])
    if index is None:
        return False
    for cell in lines[index].cells:
        if boxes[0] in cell.boxes:
            start = next(i for i, w in enumerate(cell.words) if w.box == boxes[0])
            before = " ".join(w.text for w in cell.words[:start])
            return _REPLACES.search(before) is not None
    return False
