"""Totals grids: a row of amount captions over rows of bare figures.

Designed German invoices print their totals as a small table, one row per VAT rate and a sum
row under them::

    Warenwert  Zu-/Abschlag  Nettobetrag  MwSt-Betrag  MwSt-%  Endbetrag
       -5,00          0,15        -4,85        -0,92    19,0       -5,77
       -2,90          0,08        -2,82        -0,20     7,0       -3,02
       -7,90          0,23        -7,67        -1,12     EUR       -8,79

Read label by label, each caption takes whichever figure lies nearest, often from the wrong
row or column. Here every figure goes to the caption whose column it overlaps, and the row
that stands for the invoice is chosen by arithmetic: the last row when it is the sum of the
rows above, all rows added up when each is a complete per-rate line, and in either case only
when net + tax = total.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

_KEYS = ("net_amount", "tax_amount", "total_amount")
# What else a figures-only row may hold: rates, currency codes and symbols.
_FILLER = re.compile(r"^(?:[A-Z]{3}|[€$£%]|\d{1,2}(?:[.,]\d{1,2})?\s?%?)$")
# Thousands grouped by a dot, space, comma or apostrophe ("1.234,56", "1,234.56", "1'234.56"),
# perhaps with its currency symbol ("€140.63", "26,72 €").
_AMOUNT = re.compile(r"^[(\-−]?[€$£]?\s?\d{1,3}(?:[.,'\u00a0 ]?\d{3})*(?:[.,]\d{2})\s?[€$£]?-?\)?$")
# The caption opening a grid's sum row ("Total | €140.63 | €26.72" under the rates' rows).
_SUM_ROW = re.compile(
    r"^(?:totals?|totale|totaal|totalt|gesamt|summe|summa|sum|razem):?$", re.IGNORECASE
)
# A rate column's caption ("VAT rate", "MwSt-Satz", "Taux TVA"): its figures are no amounts.
_RATE_CAPTION = re.compile(
    r"\b(?:rate|satz|taux|tasa|tipo|aliquota|tarief|stawka|sats|percentage)\b|steuersatz",
    re.IGNORECASE,
)
# A caption that names the net only as a grid column: in running text "Base" is a word.
_BASE_CAPTION = re.compile(r"^(?:base|basis|grondslag|imponible)$", re.IGNORECASE)
# A caption that names the gross only as a grid column ("HT | TVA | TTC").
_GROSS_CAPTION = re.compile(r"^(?:ttc|gross|brutto|bruto|lordo|bruttobetrag)$", re.IGNORECASE)
# How far apart (in line heights) two rows of one grid may be.
_ROW_GAP = 3.5


def _caption_key(cell: Cell) -> tuple[str, int] | None:
    """The amount field a short caption names, with its label rank."""
    text = cell.text
    if "%" in text or len(cell.words) > 3 or _RATE_CAPTION.search(text):
        return None  # a rate column ("MwSt-%"), or a sentence rather than a caption
    if _BASE_CAPTION.match(text):
        return "net_amount", 1  # "Base" over the net column of a VAT breakdown
    if _GROSS_CAPTION.match(text):
        return "total_amount", 1
    best: tuple[str, int] | None = None
    for key in _KEYS:
        match = LABELS_BY_RANK[key].search(text)
        if match is None:
            continue
        rank = int(str(match.lastgroup)[1:])
        if key == "tax_amount" and match.start() == 0:
            # The tax's name first: the column sums the tax ("VAT subtotal", "MwSt-Summe").
            return key, rank
        if best is None or rank < best[1]:
            best = (key, rank)
    return best


def _numeric(text: str) -> bool:
    """A word that is mostly digits: a figure or number, so its line is no caption row.

    A stray digit inside a caption is allowed: OCR reads the "%" of "MwSt-%" as "8".
    """
    digits = sum(ch.isdigit() for ch in text)
    return digits > 0 and digits >= sum(ch.isalpha() for ch in text)


def _columns(line: Line, below: Line | None = None) -> dict[str, Cell]:
    """The grid's captions on a line of text only: the best-ranked cell for each field.

    With the first row of figures known, a caption with no figure under it is the grid's
    title ("Castelletto IVA", "VAT Analysis") rather than a column's.
    """
    found: dict[str, tuple[Cell, int]] = {}
    for cell in _caption_cells(line, below):
        named = _caption_key(cell)
        if named is None:
            continue
        if below is not None and not any(
            _AMOUNT.match(w.text) and _overlap(w, cell) > 0 for w in below.words
        ):
            continue
        key, rank = named
        if key not in found or rank < found[key][1]:
            found[key] = (cell, rank)
    return {key: cell for key, (cell, _) in found.items()}


def _caption_cells(line: Line, below: Line | None = None) -> list[Cell]:
    """The line's cells, a cell that names no single field cut into its captions.

    Scanned captions stand closer than their columns' figures: OCR boxes are taller than
    the letters, so neighbouring captions ("MwSt-Betrag MwSt-%", "Net Amount VAT Rate VAT
    Amount Gross Amount") can share one cell. With the first row of figures known, the cell
    is cut where its words move on to the next figure; else word by word.
    """
    cells: list[Cell] = []
    for cell in line.cells:
        if len(cell.words) == 1:
            cells.append(cell)
            continue
        # A cell over two figures holds two captions even when it reads as one label
        # ("Netto Steuersatz" over "-2'742.24  8.1 %").
        groups = _cut_by_figures(cell, below)
        if len(groups) > 1 or _caption_key(cell) is None:
            cells.extend(groups)
        else:
            cells.append(cell)
    return cells


def _cut_by_figures(cell: Cell, below: Line | None) -> list[Cell]:
    """The cell's words grouped by the figure of `below` each stands over (nearest)."""
    figures = [
        w
        for w in (below.words if below is not None else [])
        if _AMOUNT.match(w.text) or _FILLER.match(w.text)
    ]
    if not figures:
        return [Cell([word]) for word in cell.words] if _caption_key(cell) is None else [cell]

    def nearest(word: Word) -> int:
        middle = (word.box.x0 + word.box.x1) / 2
        return min(
            range(len(figures)),
            key=lambda i: max(figures[i].box.x0 - middle, middle - figures[i].box.x1, 0.0),
        )

    groups: list[Cell] = []
    previous = -1
    for word in cell.words:
        figure = nearest(word)
        if groups and figure == previous:
            groups[-1].words.append(word)
        else:
            groups.append(Cell([word]))
        previous = figure
    return groups


def _overlap(word: Word, cell: Cell) -> float:
    return min(word.box.x1, cell.x1) - max(word.box.x0, cell.x0)


def _figures_row(line: Line, columns: dict[str, Cell]) -> dict[str, Value] | None:
    """The row's amount under each caption, or None when the line holds any words but a
    sum row's caption in front."""
    row: dict[str, Value] = {}
    for word in line.words[1:] if _is_sum_row(line) else line.words:
        text = word.text.replace("\u2212", "-")
        if not _AMOUNT.match(text):
            if _FILLER.match(text):
                continue
            return None
        key = max(columns, key=lambda k: _overlap(word, columns[k]))
        if _overlap(word, columns[key]) <= 0:
            continue  # a figure of a column the grid does not read (discount, freight)
        amount = parse_amount(text)
        if amount is None or key in row:
            return None
        row[key] = Value(float(amount), word.text, (word.box,))
    return row or None


def _is_sum_row(line: Line) -> bool:
    """The row opens with a sum caption ("Total"), left of every figure."""
    return len(line.words) > 1 and _SUM_ROW.match(line.words[0].text) is not None


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value))


def _consistent(row: dict[str, Value]) -> bool:
    if all(key in row for key in _KEYS):
        net, tax, total = (_num(row[key]) for key in _KEYS)
        return abs(net + tax - total) <= Decimal("0.011")
    return len(row) >= 2


def _chosen_row(rows: list[dict[str, Value]]) -> dict[str, Value] | None:
    if len(rows) == 1:
        return rows[0] if _consistent(rows[0]) else None
    last, above = rows[-1], rows[:-1]
    tolerance = Decimal("0.011") * len(above)
    if all(
        all(key in row for row in above)
        and abs(sum(_num(row[key]) for row in above) - _num(last[key])) <= tolerance
        for key in last
    ):
        return last if _consistent(last) else None
    per_rate = _base_and_tax_rows(rows)
    if per_rate is not None:
        return per_rate
    # No sum row: complete per-rate rows add up to the invoice's totals.
    keys = set(rows[0])
    if any(set(row) != keys or not _consistent(row) for row in rows) or len(keys) < 3:
        return None
    summed = {}
    for key in keys:
        total = sum(_num(row[key]) for row in rows)
        boxes = tuple(box for row in rows for box in row[key].boxes)
        summed[key] = Value(float(total), "", boxes, 0.9)
    return summed


def grid_totals(lines: list[Line], index: int) -> dict[str, Value]:
    """Net, tax and total from a totals grid whose captions are lines[index], else nothing."""
    line = lines[index]
    if len(line.words) < 3 or any(_numeric(word.text) for word in line.words):
        return {}
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is not None and below.page != line.page:
        below = None
    if len(_caption_cells(line, below)) < 3:
        return {}
    columns = _columns(line, below)
    if len(columns) < 2:
        return {}
    rows: list[dict[str, Value]] = []
    previous = line
    for below in lines[index + 1 : index + 12]:
        if below.page != line.page or below.y0 - previous.y1 > _ROW_GAP * previous.height:
            break
        row = _figures_row(below, columns)
        if row is None:
            break
        rows.append(row)
        previous = below
        if _is_sum_row(below):
            # The grid's own sum of its rows: the invoice's figures when they hold.
            return row if _consistent(row) else {}
    if not rows:
        return {}
    return _chosen_row(rows) or {}


def _base_and_tax_rows(rows: list[dict[str, Value]]) -> dict[str, Value] | None:
    """Base and tax per VAT rate, the invoice's total printed once beside them.

    "Base imponible | % IVA | Cuota IVA | Total factura" over one row per rate: the bases
    and taxes add up to the net and the tax, and their sum must be the one total shown.
    """
    if not all({"net_amount", "tax_amount"} <= row.keys() for row in rows):
        return None
    totals = [row["total_amount"] for row in rows if "total_amount" in row]
    if len(totals) != 1:
        return None
    summed: dict[str, Value] = {"total_amount": totals[0]}
    for key in ("net_amount", "tax_amount"):
        total = sum(_num(row[key]) for row in rows)
        boxes = tuple(box for row in rows for box in row[key].boxes)
        summed[key] = Value(float(total), "", boxes, 0.9)
    return summed if _consistent(summed) else None
