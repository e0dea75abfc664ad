"""A VAT recap's row for a charge outside VAT: a hotel's tourist tax ("– | 16,20 | Ortstaxe
(nicht steuerbar)") or an amount excluded from the taxable base ("N1 | Escluse ex art. 15 |
98,40 | 0,00"), its base or gross printed with no tax, or a tax of 0, under the recap's
captions. The recap's taxed net stays the invoice's net; the printed total adds these
charges to net + tax (totals.choose_amounts)."""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.gridfigures import AMOUNT, column_of
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount
from facturist.engine.settlingcaptions import settles_total

UNTAXED_KEY = "untaxed_row"
# How many lines under its captions a recap's rows may run to.
_ROWS = 8
# How far apart (in line heights) two rows of one recap may be.
_ROW_GAP = 3.5
# A rate above nothing ("10%", "22 %"): the row is taxed, whatever its tax cell shows.
_RATE = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%")
# A rate in the row's own rate cell, 0 too ("0 %", "0"): a zero-rated supply is within VAT,
# its base part of the net; only a charge with no rate at all (a dash, a nature code) is out.
_RATE_CELL = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?\s*%?$")
# An exemption in the rate's place ("esente | 21.00 | 0.00 | 21.00", "befreit", "exonéré",
# "exempt"): an exempt supply is within VAT like a zero rate, its base part of the net.
_EXEMPT_RATE = re.compile(
    r"^(?:exempt(?:ed)?|steuerfrei|befreit|exon[ée]r[ée]e?|esente|exent[oa]|isent[oa]"
    r"|vrijgesteld|zwolnion[ay])$",
    re.IGNORECASE,
)


def untaxed_rows(
    lines: list[Line], index: int, columns: dict[str, Cell], cells: list[Cell]
) -> Value | None:
    """The charges of the recap captioned by lines[index] that bear no tax, added up: its
    `columns` are the fields its `cells` (captions) name."""
    if "tax_amount" not in columns or not {"net_amount", "total_amount"} & set(columns):
        return None
    left_edge = min(cell.x0 for cell in columns.values())
    found: list[Value] = []
    previous = lines[index]
    for below in lines[index + 1 : index + 1 + _ROWS]:
        if below.page != previous.page or below.y0 - previous.y1 > _ROW_GAP * previous.height:
            break
        previous = below
        charge = _untaxed(below, left_edge, columns, cells)
        if charge is not None:
            found.append(charge)
    if not found:
        return None
    total = sum((Decimal(str(v.value)) for v in found), Decimal(0))
    text = found[0].text if len(found) == 1 else ""
    return Value(float(total), text, tuple(box for v in found for box in v.boxes))


def is_untaxed_row(line: Line, columns: dict[str, Cell], cells: list[Cell]) -> bool:
    """The line is a recap's row of a charge outside VAT: the rows under it may still close
    on the recap's sum row ("Total | 482,22 € | 52,23 € | 534,45 €"), its net holding the
    charge as printed."""
    if not columns:
        return False
    left_edge = min(cell.x0 for cell in columns.values())
    return _untaxed(line, left_edge, columns, cells) is not None


def _untaxed(
    line: Line, left_edge: float, columns: dict[str, Cell], cells: list[Cell]
) -> Value | None:
    """The row's charge: a row label left of the figures (a nature code, a dash) that names
    no total, tender or change, no rate (not even 0), one amount under the net or the gross
    column (both if equal), no tax but 0."""
    if any(Decimal(m.group(1).replace(",", ".")) > 0 for m in _RATE.finditer(line.text)):
        return None
    words = line.words
    rated = [w for w in words if w.box.x0 >= left_edge or w is words[0]]
    if any(_RATE_CELL.match(w.text) and not AMOUNT.match(w.text) for w in rated):
        return None
    if words and _EXEMPT_RATE.match(words[0].text):
        return None  # an exempt rate's row, its base within VAT
    labelled = False
    charged: list[Word] = []
    for word in words:
        text = word.text.replace("\u2212", "-")
        if not AMOUNT.match(text):
            labelled = labelled or word.box.x1 < left_edge
            continue
        amount = parse_amount(text)
        if amount is None or word.box.x1 < left_edge:
            return None  # a figure before the recap's columns: an item's, no recap row
        if amount == 0:
            continue
        column = column_of(word, cells)
        if not any(columns.get(key) is column for key in ("net_amount", "total_amount")):
            return None  # a tax charged, or a column the recap does not read
        charged.append(word)
    amounts = {parse_amount(word.text.replace("\u2212", "-")) for word in charged}
    if not labelled or not charged or len(amounts) != 1:
        return None
    if settles_total(" ".join(w.text for w in words if w.box.x1 < left_edge)):
        return None  # "TOTAL 32,00", "TARJETA 32,00" under the recap (settlingcaptions.py)
    amount = amounts.pop()
    if amount is None or amount <= 0:
        return None
    return Value(float(amount), charged[0].text, (charged[0].box,))
