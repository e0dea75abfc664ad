"""A due-date column in a table of the bill's own instalments: its first row's date is due.

An invoice paid in instalments may print its due dates only in a small table: "Rata |
Scadenza | Modalità | Importo" over "1 | 31/03/2026 | Bonifico bancario | 4.560,12" (de "Rate
| Fälligkeit | Betrag", fr "Versement | Échéance | Montant", es "Cuota | Vencimiento |
Importe", en "Instalment | Due date | Amount"). The due caption heads a column of dates, which
fields.py otherwise vetoes as a schedule (a utility's coming budget plan, a statement's list
of bills). A column counting the instalments beside it, its first row the first ("1", "1/3",
"1 di 3"), makes the schedule this bill's: the first instalment's date is the due date. The
table's amounts are no items or totals (no item header, no total caption reads them).
"""

from __future__ import annotations

import re

from facturist.engine.dateread import read_date
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word

# The instalment count's caption: it "Rata", de "Rate", "Teilzahlung", en "Instalment", fr
# "Versement", es "Cuota", "Plazo", pt "Parcela", "Prestação", nl "Termijn", pl "Rata";
# maybe with a number sign ("N. rata", "Rata n°", "Instalment no.").
_SIGN = r"(?:n[°º.]?|nr\.?|no\.?|#)"
_COUNT_CAPTION = re.compile(
    rf"^(?:{_SIGN}\s*)?(?:rat[ae]|teilzahlung|instal(?:l)?ment|versement|cuota|plazo|parcela"
    rf"|presta[çc][ãa]o|termijn)(?:\s*{_SIGN})?\s*:?$",
    re.IGNORECASE,
)
# The first instalment's count: "1", "01", "1.", "1ª", "1/3", "1 di 3", "1 of 3", "1 von 3".
_FIRST = re.compile(
    r"^0?1(?:[.ªº°]|\s*(?:/|di|of|de|von|sur|z|van)\s*\d{1,2})?$",
    re.IGNORECASE,
)


def first_instalment_date(lines: list[Line], index: int, label: list[Word]) -> Value | None:
    """The date under a due caption (`label` on `lines[index]`) in the first row of a table
    of instalments whose count column stands left of it; else nothing."""
    line = lines[index]
    if not label or len(line.cells) < 3:
        return None
    due = next((c for c in line.cells if label[0] in c.words), None)
    if due is None:
        return None
    count = next(
        (c for c in line.cells if c.x1 <= due.x0 and _COUNT_CAPTION.match(c.text.strip())), None
    )
    if count is None or index + 1 >= len(lines):
        return None
    row = lines[index + 1]
    if row.page != line.page or row.y0 - line.y1 > 2 * line.height:
        return None
    first = _under(row, count)
    if first is None or not _FIRST.match(first.text.strip()):
        return None
    cell = _under(row, due)
    if cell is None:
        return None
    date = read_date(cell.words)
    if date is None or len(date.boxes) != len(cell.words):
        return None
    return date


def _under(row: Line, caption: Cell) -> Cell | None:
    """The row's cell under a caption (overlapping it: counts are often centred)."""
    return next((c for c in row.cells if c.x0 < caption.x1 and c.x1 > caption.x0), None)
