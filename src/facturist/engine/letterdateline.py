"""A letter's "Lyon, le 19 mars 2025" yields to a captioned invoice date.

A French or Polish covering letter ("Lyon, le 19 mars 2025", "Radom, dnia 07.04.2025") is
dated the day it is sent, often days after the invoice it encloses, which prints its own
"Date de facture 17/03/2025". Both captions rank first (labels.py), and the letter, on the
first page, comes first; the place's date is the invoice's only where no caption of the first
rank names the invoice's date. Candidates are found page by page (extraction.py), so this is
judged over the invoice's pages, in header_fields.
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line

# The words a letter's place puts before its date: "Lyon, le", "Radom, dnia".
_PLACE_CAPTION = re.compile(r"[^\W\d][^,\d:]{1,40},\s+(?:le|dnia)$", re.IGNORECASE)


def captioned_over_letter(candidates: list[Candidate], lines: list[Line]) -> list[Candidate]:
    """The candidates, a letter's place-and-date ranked after the first rank where another
    invoice date of the first rank is captioned."""
    first = [c for c in candidates if c.key == "invoice_date" and c.rank == 0]
    placed = [c for c in first if _after_place(c, lines)]
    if not placed or len(placed) == len(first):
        return candidates
    return [replace(c, rank=1) if c in placed else c for c in candidates]


def _after_place(candidate: Candidate, lines: list[Line]) -> bool:
    """Whether the candidate's date follows a letter's place on its line."""
    if not candidate.value.boxes:
        return False
    start = candidate.value.boxes[0]
    for line in lines:
        for number, word in enumerate(line.words):
            if word.box == start:
                before = " ".join(w.text for w in line.words[:number])
                return _PLACE_CAPTION.search(before) is not None
    return False
