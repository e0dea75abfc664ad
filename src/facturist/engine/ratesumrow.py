"""The labelled sum row of a VAT recap by rate: the invoice's net, tax and gross.

Central and eastern European invoices print their VAT as a small grid, one row per rate and
a sum row under them::

    Sazba DPH   Základ      Výše DPH    Celkem          Celkem bez DPH   15 056,50
    21 %        5 318,50    1 116,89    6 435,39        DPH celkem        2 285,45
    12 %        9 738,00    1 168,56   10 906,56        Zaokrouhlení          0,05
    Součet     15 056,50    2 285,45   17 341,95

The row by row reading (totalgrid.py) stops at the first row that holds another box's words
(a totals block beside the grid, interleaved with its rows), keeping the first rate's row;
and it reads no figure without cents, so a forint grid ("ÁFA-kulcs | Nettó | ÁFA | Bruttó"
over "5% | 57.500 | 2.875 | 60.375", "Összesen: | 62.000 | 4.090 | 66.090") gives nothing.
Here the sum row, opened by its label ("Součet", "Összesen:", "Razem", "Ukupno"), is read
column by column under the grid's captions, and taken only when the rate rows above it add
up to it and its net + tax is its gross: the arithmetic vouches for whole figures too.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.gridfigures import AMOUNT, column_of
from facturist.engine.itemcolumnsums import FILLER, TOP_RATE
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

_KEYS = ("net_amount", "tax_amount", "total_amount")
# The label opening a grid's sum row, in the languages that print VAT recaps by rate.
SUM_LABEL = re.compile(
    r"^(?:total[aeis]?|totals|totaux|totales|totais|totaal|totalt|gesamt|summe|summa|suma"
    r"|sum|razem|ogółem|łącznie|součet|celkem|spolu|súčet|összesen|együtt|ukupno"
    r"|skupaj|skupno|kokku|yhteensä|kopā|iš viso|itogo|итого|всего|общо|toplam)\s*:?$",
    re.IGNORECASE,
)
# A figure with cents, or a whole one grouped in thousands by a dot or space ("57.500",
# "1 250 000") or under a thousand ("930"): whole forint, koruna or dinar amounts.
_WHOLE = re.compile(r"^-?\d{1,3}(?:[.\u00a0\u202f ]\d{3})*$")
# How far apart (in line heights) two rows of one grid may be.
_ROW_GAP = 3.5
# How many rows a recap by rate may run to before its sum row.
_REACH = 12
# How many words the sum row's label may take.
_LABEL_WORDS = 3


def rate_sum_row(
    lines: list[Line], index: int, columns: dict[str, Cell], cells: list[Cell]
) -> dict[str, Value]:
    """Net, tax and gross from the labelled sum row under the caption row lines[index]."""
    if "net_amount" not in columns or "tax_amount" not in columns:
        return {}
    caption = lines[index]
    right = max(cell.x1 for cell in cells)
    rows: list[dict[str, Value]] = []
    previous = caption
    for below in lines[index + 1 : index + 1 + _REACH]:
        if below.page != caption.page or below.y0 - previous.y1 > _ROW_GAP * previous.height:
            return {}
        inside = [word for word in below.words if word.box.x0 <= right]
        if not inside:
            continue  # another box's line beside the grid
        label, figures = _split(inside)
        if figures is None:
            return {}
        row = _read(figures, columns, cells)
        if row is None:
            return {}
        previous = below
        if label and SUM_LABEL.match(label):
            return row if _adds_up(rows, row) else {}
        if label and not _rate_label(label):
            return {}
        rows.append(row)
    return {}


def _split(words: list[Word]) -> tuple[str, list[Word] | None]:
    """The row's label (the words before its first figure) and its figures; None for the
    figures where a word that is neither follows them."""
    first = next((i for i, w in enumerate(words) if _figure(w.text)), None)
    if first is None or first > _LABEL_WORDS:
        return "", None
    label = " ".join(word.text for word in words[:first])
    figures = []
    for word in words[first:]:
        if _figure(word.text):
            figures.append(word)
        elif not FILLER.match(word.text):
            return label, None
    return label, figures


def _figure(text: str) -> bool:
    return AMOUNT.match(text) is not None or _WHOLE.match(text) is not None


def _rate_label(label: str) -> bool:
    """A rate row's label: its rate ("21 %", "5%"), perhaps with its currency code."""
    return FILLER.match(label) is not None or all(FILLER.match(w) for w in label.split())


def _read(
    figures: list[Word], columns: dict[str, Cell], cells: list[Cell]
) -> dict[str, Value] | None:
    """The row's figure under each caption read; None when two fall under one."""
    row: dict[str, Value] = {}
    for word in figures:
        column = column_of(word, cells)
        key = next((k for k, cell in columns.items() if cell is column), None)
        if key is None or key not in _KEYS:
            continue  # the rate column, or one the recap does not read
        amount = parse_amount(word.text)
        if amount is None or key in row:
            return None
        row[key] = Value(float(amount), word.text, (word.box,))
    return row


def _adds_up(rows: list[dict[str, Value]], total: dict[str, Value]) -> bool:
    """The rate rows add up to the sum row column by column, and its net + tax is its gross."""
    if not rows or not {"net_amount", "tax_amount"} <= total.keys():
        return False
    tolerance = Decimal("0.011") * len(rows)
    for key, value in total.items():
        if not all(key in row for row in rows):
            return False
        if abs(sum(_num(row[key]) for row in rows) - _num(value)) > tolerance:
            return False
    net, tax = _num(total["net_amount"]), _num(total["tax_amount"])
    if net <= 0 or not 0 < tax / net <= TOP_RATE:
        return False
    gross = total.get("total_amount")
    return gross is None or abs(net + tax - _num(gross)) <= Decimal("0.011")


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value))
