"""A till's VAT table with one row per rate and no sum row, and a Polish fiscal block's tax
total.

European tills print the VAT as a small table under the total, one row per rate with its
net, its tax and its gross ("H 21% | 71,34 | 14,98 | 86,32" over "L 9% | 10,98 | 0,99 |
11,97"), often with no sum row: the row readers (receipt_summary.py, totalgrid.py) then keep
the first rate's row. Here the rows that each add up (net + tax = gross, the tax its rate of
the net) and run on without a break are summed, and taken when their gross makes the total.

A Polish paragon fiskalny prints per rate the gross sales ("Sprzed. opodatk. A 57,98") and
the tax ("Kwota A 23,00% 10,84"), then the tax total ("Podatek PTU 13,08", "Suma PTU"): that
is the tax, and the total less it the net.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.receipt_dates import field_value
from facturist.engine.receipt_scan import amounts_in

# The rate, after at most a short code ("H 21%", "A 19%", "B | 7%", "21%", a French till's
# numbered code "1 | 10,00%").
_RATE = re.compile(
    r"^\W*(?:(?:[A-Z]{1,2}|\d)\b\W*)?(?P<rate>\d{1,2}(?:[.,]\d{1,2})?)\s*%", re.IGNORECASE
)
_PTU_TOTAL = re.compile(r"^\W*(?:SUMA|PODATEK|RAZEM)\s+PTU\b", re.IGNORECASE)
_CENT = Decimal("0.01")
_SLACK = Decimal("0.02")  # a total's rounding against the rows' sum
_RATE_SLACK = Decimal("0.05")  # a row's tax against its rate: rounded per item


def _row(text: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """(net, tax, gross) of a rate row: a rate, then three amounts that add up."""
    rate = _RATE.match(text)
    if rate is None:
        return None
    amounts = amounts_in(text[rate.end() :])
    if len(amounts) != 3:
        return None
    net, tax, gross = amounts
    percent = Decimal(rate.group("rate").replace(",", "."))
    if abs(net + tax - gross) > _CENT or abs(net * percent / 100 - tax) > _RATE_SLACK:
        return None
    return net, tax, gross


def _runs(lines: Sequence[Line]) -> list[list[tuple[tuple[Decimal, Decimal, Decimal], Line]]]:
    """The runs of consecutive rate rows."""
    runs: list[list[tuple[tuple[Decimal, Decimal, Decimal], Line]]] = [[]]
    for line in lines:
        row = _row(line.text) if "%" in line.text else None
        if row is not None:
            runs[-1].append((row, line))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def _amount(value: Value | None) -> Decimal | None:
    if value is None or isinstance(value.value, bool) or not isinstance(value.value, int | float):
        return None
    return Decimal(str(value.value))


def with_rate_rows(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with the net and tax of rate rows whose gross makes the total, or with a
    Polish block's tax total and the net it leaves."""
    total = _amount(fields.get("total_amount"))
    if total is None:
        return fields
    for run in _runs(lines):
        gross = sum((row[2] for row, _ in run), Decimal(0))
        if abs(gross - total) > _SLACK:
            continue
        words = [w for _, line in run for w in line.words]
        out = dict(fields)
        for key, index in (("net_amount", 0), ("tax_amount", 1)):
            figure = sum((row[index] for row, _ in run), Decimal(0)).quantize(_CENT)
            if _amount(out.get(key)) != figure:
                out[key] = field_value(f"{figure:.2f}", words, float(figure))
        return out
    return _with_ptu_total(lines, fields, total)


def _with_ptu_total(
    lines: Sequence[Line], fields: dict[str, Value], total: Decimal
) -> dict[str, Value]:
    for line in lines:
        if not _PTU_TOTAL.match(line.text):
            continue
        found = amounts_in(line.text)
        if len(found) != 1 or not Decimal(0) < found[0] < total:
            return fields
        tax, net = found[0], total - found[0]
        out = dict(fields)
        if _amount(out.get("tax_amount")) != tax:
            out["tax_amount"] = field_value(f"{tax:.2f}", list(line.words), float(tax))
        if _amount(out.get("net_amount")) != net:
            out["net_amount"] = Value(float(net), "", (), 0.8)
        return out
    return fields
