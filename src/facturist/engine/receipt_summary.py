"""A Malaysian till's GST summary table under the total: one row per tax code with its
taxable amount and its tax ("SR (6%)  150.66  9.04", "S = 6%  32.72  1.96",
"Z @ 0%  46.24 / 0.00"), or one line ("GST SUMMARY  AMT 46.95  TAX 2.82").

The rows print the base after discounts and service charges, which a "Sub-Total" above
them does not: where the rows agree with their rates or add up to the total, their bases
are the net and their taxes the tax.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.receipt_dates import field_value
from facturist.engine.receipt_scan import amounts_in

# The table's head: "GST Summary", "GST  Amt (RM)  Tax(RM)", "Code Amount Tax".
_HEAD = re.compile(r"\bSUMMARY\b|\b(?:AMOUNT|AMT)\b.*\bTAX\b", re.IGNORECASE)
# A row: a short tax code ("SR", "ZR", "S", "Z"; OCR reads S as 5), then its rate.
_ROW = re.compile(
    r"^\W*[A-Z0-9]{1,3}\s*[(@=:]?\s*(?P<rate>\d{1,2}(?:\.\d{1,2})?)\s*%\s*\)?", re.IGNORECASE
)
_CENT = Decimal("0.01")
_SLACK = Decimal("0.05")  # a rounding line's cents between the sum and the total


def summary_amounts(lines: Sequence[Line], total: float | None) -> tuple[Value, Value] | None:
    """(net, tax) from the GST summary's rows, when they agree with their rates or the total."""
    for index, line in enumerate(lines):
        if not _HEAD.search(line.text):
            continue
        rows: list[tuple[Decimal | None, Decimal, Decimal, Line]] = []
        own = amounts_in(line.text)
        if len(own) == 2 and re.search(r"\bTAX\b", line.text, re.IGNORECASE):
            rows.append((None, own[0], own[1], line))  # "GST SUMMARY AMT 46.95 TAX 2.82"
        for row in lines[index + 1 : index + 5]:
            match = _ROW.match(row.text)
            amounts = amounts_in(row.text[match.end() :]) if match else []
            if match is None or len(amounts) != 2 or amounts[1] > amounts[0]:
                continue
            rows.append((Decimal(match.group("rate")), amounts[0], amounts[1], row))
        if rows and _agrees(rows, total):
            net = sum((r[1] for r in rows), Decimal(0)).quantize(_CENT)
            tax = sum((r[2] for r in rows), Decimal(0)).quantize(_CENT)
            words = [w for r in rows for w in r[3].words]
            return (
                field_value(f"{net:.2f}", words, float(net)),
                field_value(f"{tax:.2f}", words, float(tax)),
            )
    return None


def _agrees(rows: list[tuple[Decimal | None, Decimal, Decimal, Line]], total: float | None) -> bool:
    """The bases and taxes add up to the total; with no total read, each row's tax is its
    rate of its base. Rows agreeing with their rates are not enough beside a total: OCR may
    have lost a row ("SR 6% ..." garbled, "ZR 0% 22.70 0.00" read), and a part of the table
    is no net."""
    if total is not None:
        whole = sum((base + tax for _, base, tax, _ in rows), Decimal(0))
        return abs(whole - Decimal(str(total))) <= _SLACK
    return all(
        rate is not None and abs(base * rate / 100 - tax) <= _CENT for rate, base, tax, _ in rows
    )


def with_summary(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with the summary's net and tax where the net or tax read do not fit it."""
    total = fields.get("total_amount")
    value = total.value if total is not None else None
    found = summary_amounts(lines, float(value) if isinstance(value, int | float) else None)
    if found is None:
        return fields
    net, tax = found
    out = dict(fields)
    for key, new in (("net_amount", net), ("tax_amount", tax)):
        old = out.get(key)
        old_value = old.value if old is not None else None
        new_value = float(str(new.value))
        if not isinstance(old_value, int | float) or abs(float(old_value) - new_value) >= 0.005:
            out[key] = new
    return out
