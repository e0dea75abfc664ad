"""A "Total" row of figures under an item table, captioned only by the table's header
("Total | 7,556.00 | 1,435.64" under "Value | VAT value"; an Indian GST invoice's "Total" row
under "Taxable Value | IGST | Total"): its figures are read column by column (moved out of
totalgrid.py, which reads grids of captions over rows of figures).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from facturist.engine.column_captions import names_item_columns
from facturist.engine.gridamounts import GRID_KEYS as _KEYS
from facturist.engine.gridamounts import caption_key
from facturist.engine.gridfigures import AMOUNT, column_of
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount
from facturist.engine.sumrowheader import header_block, stacked_caption

# What else a figures-only row may hold: rates, currency codes and symbols, and the "X" a
# Polish "Razem" row prints in its rate column (no single rate applies to the sum).
FILLER = re.compile(r"^(?:[A-Z]{3}|[€$£₹%X×]|\d{1,2}(?:[.,]\d{1,2})?\s?%?)$")
# The largest VAT rate a row of base and tax may show (27 % is the highest in Europe).
TOP_RATE = Decimal("0.3")
# The caption opening a grid's sum row ("Total | €140.63 | €26.72" under the rates' rows);
# French "Totaux", Spanish and Portuguese "Totales", "Totais" (plural: several columns summed).
SUM_ROW = re.compile(
    r"^(?:totals?|totaux|totales|totais|totale|totaal|totalt|gesamt|summe|summa|sum|razem):?$",
    re.IGNORECASE,
)

# How many lines above a sum row its item table's header may stand.
_HEADER_REACH = 40


def under_item_columns(lines: list[Line], index: int) -> dict[str, Value]:
    """A "Total" row of figures under an item table, captioned only by the table's header:
    two figures, the second in its tax column ("Value | VAT value" over the items, "Total |
    7,556.00 | 1,435.64"), are the net and the tax; more are read column by column ("Taxable
    Value | IGST | Total" summed on an Indian GST invoice's "Total" row), the taxes of split
    columns (CGST, SGST) added up, the total the column that holds net + tax."""
    line = lines[index]
    opening = next((i for i, cell in enumerate(line.cells) if SUM_ROW.match(cell.text)), None)
    if opening is None:
        return {}
    words = [w for cell in line.cells[opening + 1 :] for w in cell.words]
    figures = [w for w in words if AMOUNT.match(w.text)]
    if len(figures) < 2 or any(not (AMOUNT.match(w.text) or FILLER.match(w.text)) for w in words):
        return {}
    at = next(
        (
            i
            for i in range(index - 1, max(-1, index - _HEADER_REACH - 1), -1)
            if lines[i].page == line.page and names_item_columns(lines[i])
        ),
        None,
    )
    if at is None:
        return {}
    header = lines[at]
    if len(figures) > 2:
        second = lines[at + 1]
        # A header stacked over lines around the one naming the columns ("Cena | Wartość" /
        # "Lp. | Nazwa | Ilość" / "netto | netto"): the words over each figure on each line.
        block = header_block(lines, at)
        return _summed_columns(
            figures, lambda word: _caption_under(word, header, second)
        ) or _summed_columns(figures, lambda word: stacked_caption(word, block))
    return _net_and_tax(figures, header, lines[at + 1]) or _tax_and_gross(figures, lines, at)


def _net_and_tax(figures: list[Word], header: Line, second: Line) -> dict[str, Value]:
    """A sum row's two figures under the net and the tax columns."""
    net_column, tax_column = (column_of(word, header.cells) for word in figures)
    if tax_column is None or tax_column is net_column:
        return {}
    # The tax column's caption may wrap onto the header's second line (a Romanian factură's
    # "Valoarea" over "TVA"): the words under it complete it.
    named = caption_key(_undotted(_with_second_line(tax_column, header, second)))
    if named is None or named[0] != "tax_amount":
        return {}
    net, tax = (parse_amount(word.text) for word in figures)
    if net is None or tax is None or net <= 0 or not 0 < tax / net <= TOP_RATE:
        return {}
    return {
        "net_amount": Value(float(net), figures[0].text, (figures[0].box,)),
        "tax_amount": Value(float(tax), figures[1].text, (figures[1].box,)),
    }


def _tax_and_gross(figures: list[Word], lines: list[Line], at: int) -> dict[str, Value]:
    """A sum row's two figures under the tax and the gross columns of a header stacked over
    several lines ("TOTAL: | ₹16,168.88 | ₹1,05,996.00" under "Tax / Amount" and "Total /
    Amount"): the tax and the total, the tax at a VAT-like rate of the rest."""
    block = header_block(lines, at)
    captions = [stacked_caption(word, block) for word in figures]
    named = [caption_key(cell) if cell is not None else None for cell in captions]
    if [n[0] if n else None for n in named] != ["tax_amount", "total_amount"]:
        return {}
    tax, total = (parse_amount(word.text) for word in figures)
    if tax is None or total is None or not 0 < tax < total or tax / (total - tax) > TOP_RATE:
        return {}
    return {
        "tax_amount": Value(float(tax), figures[0].text, (figures[0].box,)),
        "total_amount": Value(float(total), figures[1].text, (figures[1].box,)),
    }


def _caption_under(word: Word, header: Line, second: Line) -> Cell | None:
    """The header caption the figure stands under, its second line joined ("Taxable" over
    "Value ₹")."""
    column = column_of(word, header.cells)
    return None if column is None else _with_second_line(column, header, second)


def _summed_columns(
    figures: list[Word], caption_of: Callable[[Word], Cell | None]
) -> dict[str, Value]:
    """Net, tax and total from a sum row's figures by the header caption each stands under;
    only when net + tax = total. A zero tax counts (an exempt or zero-rated supply's "Razem |
    8 000,00 | X | 0,00 | 8 000,00"): the sum still checks the columns."""
    keyed: dict[str, list[Word]] = {key: [] for key in _KEYS}
    for word in figures:
        column = caption_of(word)
        if column is None:
            continue
        named = caption_key(column)
        if named is not None:
            keyed[named[0]].append(word)
    if len(keyed["net_amount"]) != 1 or not keyed["tax_amount"]:
        return {}
    net = parse_amount(keyed["net_amount"][0].text)
    taxes = [parse_amount(word.text) for word in keyed["tax_amount"]]
    if net is None or net <= 0 or any(tax is None for tax in taxes):
        return {}
    tax = sum((t for t in taxes if t is not None), Decimal(0))
    if not 0 <= tax / net <= TOP_RATE:
        return {}
    for word in keyed["total_amount"]:
        total = parse_amount(word.text)
        if total is not None and abs(net + tax - total) <= Decimal("0.011"):
            tax_boxes = tuple(w.box for w in keyed["tax_amount"])
            tax_text = keyed["tax_amount"][0].text if len(taxes) == 1 else ""
            return {
                "net_amount": Value(
                    float(net), keyed["net_amount"][0].text, (keyed["net_amount"][0].box,)
                ),
                "tax_amount": Value(float(tax), tax_text, tax_boxes),
                "total_amount": Value(float(total), word.text, (word.box,)),
            }
    return {}


# An abbreviation dotted letter by letter ("T.V.A.", "I.V.A."): the tax's name.
_DOTTED = re.compile(r"^(?:[^\W\d_]\.){2,}$")


def _undotted(cell: Cell) -> Cell:
    """The caption with its dotted abbreviations read as their letters ("Valoarea T.V.A.":
    "Valoarea TVA"), as the tax captions are written."""
    words = [
        replace(w, text=w.text.replace(".", "")) if _DOTTED.match(w.text) else w for w in cell.words
    ]
    return Cell(words)


def _with_second_line(cell: Cell, header: Line, second: Line) -> Cell:
    """A header caption with the words printed under it on the header's second line, when
    that line holds captions only ("Taxable" over "Value ₹")."""
    if (
        second.page != header.page
        or second.y0 - header.y1 > header.height
        or any(AMOUNT.match(word.text) for word in second.words)
    ):
        return cell
    under = [w for w in second.words if min(w.box.x1, cell.x1) - max(w.box.x0, cell.x0) > 0]
    return Cell(cell.words + under) if under else cell
