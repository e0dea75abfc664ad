"""Dates of the documents an invoice replaces: "(replaces Proforma Invoice No. PF-1208 dated
DEC. 8, 2025)" under a commercial invoice's title. The sentence names another document, its
number and its date; the invoice's own date is captioned elsewhere ("DATE: FEB. 17, 2026").
So are the dates in a deduction row ("abzüglich Vorschuss lt. Rechnung 2024-00412 vom
12.02.2024"): the advance's or earlier invoice's, never this one's.
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
# A deduction row opening its cell: the advance or earlier invoice it deducts is dated
# ("abzüglich Vorschuss lt. Rechnung 2024-00412 vom 12.02.2024", "Less payment on account
# of 12/02/2024", "moins acompte du 12/02/2024"): that document's date, never this one's.
# de, en, fr, es, it, nl, pt.
_DEDUCTS = re.compile(
    r"^\W*(?:abz[üu]glich|abzgl|abz(?=\.)|less|deduct(?:ing|ed)?|minus|moins|d[ée]duction"
    r"|[àa] d[ée]duire|menos|deducido|a dedurre|dedotto|meno|verminderd met"
    r"|deduzido|a deduzir)\b",
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
            return _REPLACES.search(before) is not None or _DEDUCTS.match(before) is not None
    return False
