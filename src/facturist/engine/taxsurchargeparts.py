"""A rated surcharge row among the rated sales-tax rows is one more part of the tax.

A US sales tax may be levied in parts with no total-tax row, and one part is called a
surcharge rather than a tax::

    Subtotal                     242.11
    NY State sales tax (4 %)       9.68
    New York City tax (4.5 %)     10.89
    MCTD surcharge (0.375 %)       0.91
    TOTAL                      US$263.59

("MCTD": the transit district's surcharge on the sale). No tax word captions the last row, so
no tax candidate holds it, and the net read as total less the tax would hold it. A row next to
a rated tax row whose caption names a surcharge or levy with its own rate is a part when the
arithmetic says so: its amount is its rate of the net, and the net, the rated tax rows and it
add up to a printed total to the cent, which they do not without it. A commercial surcharge
(fuel, freight, card payment, late payment, ...) is never one. The new candidate is ranked as
the tax row beside it; ratedtaxparts.py then checks the shared base and ranks the parts alike.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount

# A surcharge or levy caption, with its rate: "MCTD surcharge (0.375 %)", "Transit levy 0.5%".
_SURCHARGE = re.compile(
    r"\b(?:surcharge|levy|surtax)\b[^%\d]{0,12}?\(?\s*(\d{1,2}(?:[.,]\d{1,3})?)\s?%",
    re.IGNORECASE,
)
# A surcharge for a service or a cost, not a tax.
_COMMERCIAL = re.compile(
    r"\b(?:fuel|energy|freight|shipping|delivery|handling|card|payment|late|service"
    r"|processing|environmental|small|minimum|order|insurance|peak|weekend|night)\b",
    re.IGNORECASE,
)
_CENT = Decimal("0.01")
# How far a part's amount may be off its rate of the net (each rounded on its own).
_ROUNDING = Decimal("0.011")


def surcharge_tax_parts(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, with a tax candidate added for each rated surcharge row that the sums
    show to be a part of the sales tax."""
    if not any("%" in line.text and _SURCHARGE.search(line.text) for line in lines):
        return candidates
    taxes = [c for c in candidates if c.key == "tax_amount" and len(c.value.boxes) == 1]
    tax_lines = {line_holding(lines, c.value.boxes[0]): c for c in taxes}
    nets = {_num(c) for c in candidates if c.key == "net_amount"} - {Decimal(0)}
    totals = {_num(c) for c in candidates if c.key in ("total_amount", "amount_due")}
    added: list[Candidate] = []
    for index, line in enumerate(lines):
        if index in tax_lines or "%" not in line.text or _COMMERCIAL.search(line.text):
            continue
        neighbour = tax_lines.get(index - 1) or tax_lines.get(index + 1)
        found = _SURCHARGE.search(line.text) if neighbour is not None else None
        if neighbour is None or found is None:
            continue
        figure = _figure(line, found.end())
        if figure is None:
            continue
        value, amount = figure
        rate = Decimal(found.group(1).replace(",", ".")) / 100
        run = _run_amounts(index, tax_lines)
        for net in nets:
            if abs(net * rate - amount) > _ROUNDING:
                continue
            if net + run + amount in totals and net + run not in totals:
                added.append(Candidate("tax_amount", value, neighbour.rank, neighbour.order))
                break
    return [*candidates, *added] if added else candidates


def _figure(line: Line, start: int) -> tuple[Value, Decimal] | None:
    """The amount closing the line after the caption (its last cell)."""
    cell = line.cells[-1] if line.cells else None
    if cell is None or len(line.cells) < 2 or line.text.rfind(cell.text) < start:
        return None
    amount = parse_amount(cell.text)
    if amount is None or amount == 0:
        return None
    amount = amount.quantize(_CENT)
    return Value(float(amount), cell.text, (cell.boxes[0],)), amount


def _run_amounts(index: int, tax_lines: dict[int | None, Candidate]) -> Decimal:
    """The sum of the tax rows standing in one run with the row at `index`."""
    total = Decimal(0)
    for step in (-1, 1):
        at = index + step
        while at in tax_lines:
            total += _num(tax_lines[at])
            at += step
    return total


def _num(candidate: Candidate) -> Decimal:
    value = candidate.value.value
    return Decimal(str(value)).quantize(_CENT) if isinstance(value, int | float) else Decimal(0)
