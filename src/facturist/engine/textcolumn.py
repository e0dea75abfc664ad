"""The item text's column under a caption no vocabulary knows: "Menge | Wein | je Flasche |
Betrag".

Small traders caption the text column with their goods ("Wein", "Ware", "Jahrgang/Lage")
rather than "Bezeichnung". When a one-line header names the count, the unit price and the
amount, its one cell of words naming none of them, heading the widest column left of the
prices, is the description's caption.

A column captioned as the billed period ("Position | Zeitraum | Menge", "Period") names no
item however wide it is: its dates are a detail of the charge, so the caption left of it heads
the text and the period's column stays out of it (an unknown caption right of the
description's, tableheader.py).

Repair orders caption their labour by the section's name over the work done: "LABOR | HOURS |
TECH | AMOUNT", the hours billed at a rate printed once below ("Labor rate $145.00/hr"). With
a count and an amount but no price caption, the unnamed cell opening the line at the table's
left edge, the widest, heads the text.
"""

from __future__ import annotations

import re

from facturist.engine.column_captions import header_words
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.positiontext import POSITION_CAPTION

_FIGURES = ("quantity", "unit_price", "amount")
_COUNTED = ("quantity", "amount")
# A caption heading the billed period's dates (de, en, fr, es/it, nl).
PERIOD_CAPTION = re.compile(
    r"^(?:(?:leistungs|abrechnungs|liefer)?zeitraum|(?:billing |service )?period"
    r"|p[ée]riode|periodo)$",
    re.IGNORECASE,
)


def unnamed_description(found: dict[str, list[Word]], group: list[Line]) -> None:
    """Sets found["description"] to such a caption's words (see the module's docstring)."""
    if "description" in found or len(group) != 1 or not all(k in found for k in _COUNTED):
        return
    line = group[0]
    priced = "unit_price" in found
    prices = min(found[k][0].box.x0 for k in _FIGURES if k in found and k != "quantity")
    edges = [cell.x0 for cell in line.cells] + [line.words[-1].box.x1]
    widths = {id(cell): edges[i + 1] - cell.x0 for i, cell in enumerate(line.cells)}
    unnamed = [cell for cell in line.cells if cell.x1 < prices and _names_nothing(cell, line)]
    periods = [cell for cell in unnamed if PERIOD_CAPTION.match(cell.text.strip())]
    named = [cell for cell in unnamed if cell not in periods]
    if not named:
        return
    widest = max(named, key=lambda cell: widths[id(cell)])
    if not priced and widest is not line.cells[0]:
        return  # no price caption: the text's caption opens the line (see the docstring)
    if widths[id(widest)] >= max(widths[id(cell)] for cell in line.cells if cell not in periods):
        found["description"] = _with_text_columns_left(line.cells, widest, named)


def _with_text_columns_left(cells: list[Cell], widest: Cell, unnamed: list[Cell]) -> list[Word]:
    """The caption's words and those of the unnamed columns right before it, from the table's
    left edge on: a timesheet's "Woche | Mitarbeiter/in | Stundenart" name the item together
    (the week, the worker, the kind of hours), each row's cells reading as one text."""
    index = cells.index(widest)
    start = index
    while start > 0 and cells[start - 1] in unnamed:
        start -= 1
    if start > 0:
        return list(widest.words)  # a known caption left of them: those are the columns
    if start < index and POSITION_CAPTION.match(cells[start].text.strip()):
        start += 1  # "Pos | Ohrmarke | Kategorie / Rasse": the position's number names nothing
    return [word for cell in cells[start : index + 1] for word in cell.words]


def _names_nothing(cell: Cell, line: Line) -> bool:
    """Letters only, and no caption the reader knows."""
    if not all(ch.isalpha() or ch in " /-" for ch in cell.text):
        return False
    return not header_words(Line(line.page, list(cell.words), [cell]))
