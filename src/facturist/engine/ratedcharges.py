"""Charges with no count and no price, each printing its VAT rate right of its amount.

Telecom and utility bills head their charges "Désignation | Montant HT | TVA" or "Descrizione
| Periodo | Importo | IVA %" over rows "Abonnement Fibre | 33,29 € | 20 %", "Canone | 01/06 -
30/06 | 39,90 | 22". The header names the description, one amount and a tax caption, which
elsewhere heads the tax amounts of a totals grid; the rows under it, each printing a rate
(no money) under that caption beside its name and amount, say it is an item table.
"""

from __future__ import annotations

import re

from facturist.engine.column_captions import header_words
from facturist.engine.layout import Line
from facturist.engine.tablecolumns import read_row_line
from facturist.engine.tableheader import Columns
from facturist.engine.taxkeysummary import net_tax_gross_header

# A VAT rate as a row prints it: "20 %", "22", "5,5%", "0".
_RATE = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?\s?%?$")
# Rows under the header that must read as rated charges.
_ROWS = 2


def rated_header(lines: list[Line], start: int, stop: int) -> tuple[int, Columns] | None:
    """The first header of rated charges in lines[start:stop]: its index and columns."""
    for index in range(start, min(stop, len(lines))):
        line = lines[index]
        if not 3 <= len(line.cells) <= 5 or any(ch.isdigit() for ch in line.text):
            continue
        if net_tax_gross_header(line):
            continue  # taxkeysummary.py: "| Netto € | USt € | Brutto €", its VAT "44,75" no rate
        columns = _columns(line)
        if columns is not None and _rated_rows(lines, index, columns):
            return index, columns
    return None


def _columns(line: Line) -> Columns | None:
    """The header's columns: its first caption the description's, its last the rate's, one
    amount caption before it; any other caption ("Periodo") names no column of the item."""
    captions = header_words(line)
    kinds = [kind for kind, _words in captions]
    if len(kinds) < 3 or kinds[0] != "description" or kinds[-1] != "vat_rate":
        return None
    if kinds.count("amount") != 1 or set(kinds) != {"description", "amount", "vat_rate"}:
        return None
    centers = {
        kind: (min(w.box.x0 for w in words), max(w.box.x1 for w in words))
        for kind, words in captions
    }
    named = {w.box for _kind, words in captions for w in words}
    others = [
        (cell.x0, cell.x1) for cell in line.cells if not any(w.box in named for w in cell.words)
    ]
    x0 = centers["description"][0]
    right = min(c[0] for kind, c in centers.items() if kind != "description")
    right = min([right, *(x for x, _ in others if x > x0 + 5)])
    columns = Columns(centers, (x0 - 8, right - 2), line.y1, line.page, line.cells[0].x0)
    columns.right = line.cells[-1].x1
    columns.others = others
    columns.unnamed = list(others)
    return columns


def _rated_row(line: Line, columns: Columns) -> bool:
    description, numbers = read_row_line(line, columns)
    rate = numbers.get("vat_rate")
    return (
        bool(description)
        and numbers.keys() == {"amount", "vat_rate"}
        and rate is not None
        and _RATE.match(rate.text.strip()) is not None
    )


def _rated_rows(lines: list[Line], index: int, columns: Columns) -> bool:
    """The next lines on the page: each a named charge with its amount and rate."""
    below = [line for line in lines[index + 1 : index + 1 + _ROWS] if line.page == columns.page]
    return len(below) == _ROWS and all(_rated_row(line, columns) for line in below)
