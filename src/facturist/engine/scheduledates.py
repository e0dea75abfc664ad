"""A payment schedule under its heading: "SCADENZE" over "Data | Importo | Tipo" and its rows.

Italian invoices head the instalments due with "Scadenze" (fr "Échéances", es "Vencimientos",
de "Fälligkeiten", en "Payment schedule") over a small table whose date column lists the days
payment falls due. The heading, a due-date caption, has no date beside it (it is no blank due
date), and the date caption ("Data") under it is no issue date: the column's first date is the
due date.
"""

from __future__ import annotations

import re

from facturist.engine.dateread import read_date
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word

# The heading alone in its cell: the schedule's plural (or its "-ario" register).
_HEADING = re.compile(
    r"^(?:scadenz(?:e|iario|ario)|[ée]ch[ée]ances|[ée]ch[ée]ancier|vencimientos"
    r"|f[äa]lligkeiten|payment schedule|due dates|instal(?:l)?ments)\s*:?$",
    re.IGNORECASE,
)
# The date column's caption in the schedule's caption row.
_DATE_CAPTION = re.compile(
    r"^(?:data(?: scadenza)?|scadenza|date|due date|datum|fecha|[ée]ch[ée]ance)$",
    re.IGNORECASE,
)
# Lines between the heading and the caption row (a bank's name beside it, in another column).
_REACH = 3


def scheduled_due_date(lines: list[Line], index: int, label: list[Word]) -> Value | None:
    """The first date in the date column of the schedule a heading cell ("SCADENZE") heads,
    where the label is that heading; else nothing."""
    heading = _cell_of(lines[index], label)
    if heading is None or not _HEADING.match(heading.text.strip()):
        return None
    for row in range(index + 1, min(index + 1 + _REACH, len(lines))):
        caption = _date_caption(lines[row], heading)
        if caption is not None:
            return _first_date(lines, row, caption)
    return None


def heads_scheduled_dates(lines: list[Line], index: int, label: list[Word]) -> bool:
    """Whether a date caption ("Data") is the date column's caption in a schedule's caption
    row, under its heading: its dates are due, none is the issue date."""
    cell = _cell_of(lines[index], label)
    if cell is None or not _DATE_CAPTION.match(cell.text.strip()):
        return False
    for above in range(index - 1, max(index - 1 - _REACH, -1), -1):
        if lines[above].page != lines[index].page:
            return False
        for heading in lines[above].cells:
            if _HEADING.match(heading.text.strip()) and _date_caption(lines[index], heading):
                return True
    return False


def _cell_of(line: Line, label: list[Word]) -> Cell | None:
    """The cell that holds the label's words."""
    if not label:
        return None
    return next((c for c in line.cells if label[0] in c.words), None)


def _date_caption(line: Line, heading: Cell) -> Cell | None:
    """The date caption of a caption row under the heading (the row's first cell in the
    heading's column), beside at least one other caption."""
    if len(line.cells) < 2 or abs(line.cells[0].x0 - heading.x0) > 15:
        return None
    return next((c for c in line.cells if _DATE_CAPTION.match(c.text.strip())), None)


def _first_date(lines: list[Line], row: int, caption: Cell) -> Value | None:
    """The date filling the cell under the caption on the schedule's first row."""
    line = lines[row]
    for below in lines[row + 1 : row + 3]:
        if below.page != line.page:
            return None
        cell = next((c for c in below.cells if c.x0 <= caption.x1 and c.x1 >= caption.x0), None)
        if cell is None:
            continue  # the bank's lines beside the caption row, in another column
        date = read_date(cell.words)
        if date is not None and len(date.boxes) == len(cell.words):
            return date
        return None
    return None
