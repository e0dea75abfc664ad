"""The issue date a title block prints with no caption: centred under the title and its number.

Lithuanian invoices, and others set out as a centred heading, stack "PVM SĄSKAITA FAKTŪRA",
"Serija SPC Nr. 0045812" and the date alone ("2026-03-13"); the date sits in the middle of
the page, where a letter's uncaptioned date (dateread.letter_date, at the right) is not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.dateread import read_date
from facturist.engine.labels import DOCUMENT_TITLE
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value

# Titles the shared title pattern leaves out, as eastern EU invoices print them: lt "(PVM)
# sąskaita faktūra", lv "(PVN) rēķins", et "Arve", hu "Számla", ro "Factură (fiscală)", hr/sl
# "Račun", marks dropped or not.
_EASTERN_TITLE = re.compile(
    r"^(?:pv[mn]\s+)?(?:s[ąa]skaita(?:[\s\-]+fakt[ūu]ra)?|r[ēe][ķk]ins|arve|sz[áa]mla"
    r"|factur[ăa](?:\s+fiscal[ăa])?|ra[čc]un)$",
    re.IGNORECASE,
)
# Lines a title block may hold between the title and its date: its series and number.
_BETWEEN = 2


def date_under_title(lines: list[Line]) -> Value | None:
    """The date alone on its line within the few lines under a title alone on its line,
    under the title's width: the title block's date."""
    for index, line in enumerate(lines[:30]):
        if len(line.cells) != 1 or not _is_title(line.cells[0].text.strip()):
            continue
        title = line.cells[0]
        previous = line
        for below in lines[index + 1 : index + 2 + _BETWEEN]:
            if below.page != line.page or below.y0 - previous.y1 > 2.5 * below.height:
                break
            if len(below.cells) != 1 or not _under(below.cells[0], title):
                break
            words = below.cells[0].words
            dated = read_date(words)
            if dated is not None and len(dated.boxes) == len(words):
                return replace(dated, confidence=min(dated.confidence, 0.8))
            previous = below
    return None


def _is_title(text: str) -> bool:
    return bool(DOCUMENT_TITLE.match(text) or _EASTERN_TITLE.match(text))


def _under(cell: Cell, title: Cell) -> bool:
    """A cell within the title's width: the centred block's next line."""
    return cell.x0 >= title.x0 - 10 and cell.x1 <= title.x1 + 10
