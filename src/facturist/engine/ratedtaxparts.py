"""Sales tax printed in parts, one rated line each, read as one tax.

A US invoice levies its sales tax by jurisdiction ("State Sales Tax 6.00% | 50.40", "County
Tax 1.50% | 12.60", then city, district or transit taxes), a Canadian one GST and PST (or TPS
and TVQ). Each line's caption names a tax, yet not all alike: a plain "Sales Tax" reads as a
better caption than "Franklin Co. Permissive Tax", so the ranks part the lines and the totals
(totals.py, _rates_summed) add up only the best-captioned one.

Lines that follow each other, each with its rate and its amount, whose rates all give the same
base (amount / rate, to the cent's rounding) are one tax in parts: they are ranked alike so that
the totals add them up. The base agreeing across different rates is the arithmetic that makes
them one; a printed total must hold that base and their sum. A credit memo prints them in
brackets: the signs agree, and the base is read from the magnitudes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.model import Box

# A rate in the tax line's caption: "6.00%", "9.975 %", "5,5%".
_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s?%")
# The highest rate one part may have (a whole sales or value-added tax stays under it).
_TOP_RATE = Decimal("0.3")
# How far a part's amount may be off its rate of the shared base (each rounded on its own).
_ROUNDING = Decimal("0.01")
# How many lines apart two parts may stand (a remittance block's line may fall between).
_REACH = 2
_AMOUNT_KEYS = ("net_amount", "total_amount", "amount_due")


def rated_parts_alike(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with the parts of one tax ranked as the best-captioned part."""
    holding = _Holding(lines)
    rated = _rated_taxes(lines, candidates, holding)
    if len(rated) < 2:
        return candidates
    others = {_line(holding, c) for c in candidates if c.key in _AMOUNT_KEYS} - {None}
    totals = [_num(c) for c in candidates if c.key == "total_amount"]
    new_rank: dict[int, int] = {}
    for run in _runs(rated, others):
        if len(run) < 2 or not _one_tax(run, totals):
            continue
        best = min(c.rank for _, c, _ in run)
        new_rank.update({id(c): best for _, c, _ in run})
    if not new_rank:
        return candidates
    return [replace(c, rank=new_rank[id(c)]) if id(c) in new_rank else c for c in candidates]


def _rated_taxes(
    lines: list[Line], candidates: list[Candidate], holding: _Holding
) -> list[tuple[int, Candidate, Decimal]]:
    """(line index, candidate, rate) for each tax figure whose caption prints a rate."""
    rated: list[tuple[int, Candidate, Decimal]] = []
    for candidate in candidates:
        if candidate.key != "tax_amount" or _num(candidate) == 0:
            continue
        index = _line(holding, candidate)
        if index is None:
            continue
        rate = _caption_rate(lines[index], candidate)
        if rate is not None:
            rated.append((index, candidate, rate))
    rated.sort(key=lambda part: part[0])
    return rated


def _caption_rate(line: Line, candidate: Candidate) -> Decimal | None:
    """The rate printed in the figure's caption: its cell's words before it, or the cell
    before the figure's own."""
    box = candidate.value.boxes[0]
    for position, cell in enumerate(line.cells):
        if box not in cell.boxes:
            continue
        before = [w.text for w in cell.words if w.box.x1 <= box.x0]
        if not before and position > 0:
            before = [w.text for w in line.cells[position - 1].words]
        rates = _RATE.findall(" ".join(before))
        if not rates:
            return None
        rate = Decimal(rates[-1].replace(",", ".")) / 100
        return rate if 0 < rate < _TOP_RATE else None
    return None


def _runs(
    rated: list[tuple[int, Candidate, Decimal]], others: set[int | None]
) -> list[list[tuple[int, Candidate, Decimal]]]:
    """The rated lines in runs of neighbours, no net or total between them."""
    runs: list[list[tuple[int, Candidate, Decimal]]] = []
    for part in rated:
        if runs:
            last = runs[-1][-1][0]
            between = any(i is not None and last < i < part[0] for i in others)
            if 0 < part[0] - last <= _REACH and not between:
                runs[-1].append(part)
                continue
        runs.append([part])
    return runs


def _one_tax(run: list[tuple[int, Candidate, Decimal]], totals: list[Decimal]) -> bool:
    """The parts share one base, each its own rate of it, and a total holds base and sum."""
    amounts = [_num(c) for _, c, _ in run]
    if len({a > 0 for a in amounts}) > 1:
        return False
    if len({(a, r) for a, (_, _, r) in zip(amounts, run, strict=True)}) < len(run):
        return False  # the same line read twice, not two parts
    low = max((abs(a) - _ROUNDING) / r for a, (_, _, r) in zip(amounts, run, strict=True))
    high = min((abs(a) + _ROUNDING) / r for a, (_, _, r) in zip(amounts, run, strict=True))
    if low > high:
        return False
    tax = abs(sum(amounts, Decimal(0)))
    return any(
        (total > 0) == (amounts[0] > 0) and abs(total) - tax >= low - _ROUNDING
        for total in totals
        if total != 0
    )


class _Holding:
    """layout.line_holding for many boxes of one page's lines: the index of the first line
    holding a word with the box (equal boxes hash alike), built on the first question
    instead of a scan of the lines for each figure."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._first: dict[Box, int] | None = None

    def line_of(self, box: Box) -> int | None:
        if self._first is None:
            first: dict[Box, int] = {}
            for index, line in enumerate(self._lines):
                for word in line.words:
                    first.setdefault(word.box, index)
            self._first = first
        return self._first.get(box)


def _line(holding: _Holding, candidate: Candidate) -> int | None:
    if len(candidate.value.boxes) != 1:
        return None
    return holding.line_of(candidate.value.boxes[0])


def _num(candidate: Candidate) -> Decimal:
    value = candidate.value.value
    return Decimal(str(value)) if isinstance(value, int | float) else Decimal(0)
