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

# The table's head: "GST Summary", "GST  Amt (RM)  Tax(RM)", "Code Amount Tax", "GST
# Analysis  Goods  Tax", "GST Code Rate Net Amt GST".
_HEAD = re.compile(
    r"\bSUMMARY\b|\b(?:GST|SST|TAX)\s+ANALYSIS\b|\b(?:AMOUNT|AMT|GOODS)\b.*\b(?:TAX|GST)\b"
    # "GST SUNNARY AMOUNT TAK": a faded head whose tax name still stands before "Amount".
    r"|\b(?:GST|SST)\b.*\b(?:AMOUNT|AMT)\b",
    re.IGNORECASE,
)
# A row: a short tax code ("SR", "ZR", "S", "Z"; OCR reads S as 5), maybe a second code and
# its rate ("S= SR @ 6%", "S @ 6%" read "5 0 6%"), then the taxable amount and the tax. On
# faint print the rate's "%" reads as 1, 4, 8 or 9 ("SR 61", "S = 68"): the rate counts
# only with its "%", and the total then vouches for the row.
_ROW_CODE = re.compile(r"^\W*[A-Z0-9]{1,3}\b", re.IGNORECASE)
_FIRST_AMOUNT = re.compile(r"(?<![\d.,])-?\d{1,6}[.,]\d{2}(?![\d%])")
_RATE = re.compile(r"(?P<rate>\d{1,2}(?:\.\d{1,2})?)\s*%")
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
            found = _row(row.text)
            if found is not None:
                rows.append((*found, row))
        if rows and _agrees(rows, total):
            net = sum((r[1] for r in rows), Decimal(0)).quantize(_CENT)
            tax = sum((r[2] for r in rows), Decimal(0)).quantize(_CENT)
            words = [w for r in rows for w in r[3].words]
            return (
                field_value(f"{net:.2f}", words, float(net)),
                field_value(f"{tax:.2f}", words, float(tax)),
            )
    return None


def _row(text: str) -> tuple[Decimal | None, Decimal, Decimal] | None:
    """(rate, base, tax) of a summary row: a code (and rate) and two amounts, nothing else."""
    first = _FIRST_AMOUNT.search(text)
    if first is None or not _ROW_CODE.match(text) or len(text[: first.start()].strip()) > 14:
        return None
    amounts = amounts_in(text[first.start() :])
    if len(amounts) != 2 or amounts[1] > amounts[0] or amounts[1] < 0:
        return None
    rate = _RATE.search(text[: first.start()])
    return (Decimal(rate.group("rate")) if rate else None), amounts[0], amounts[1]


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


# A restaurant's service charge between the subtotal and the tax: "SERVICE CHARGE 10%",
# "Svc Chg 10%" (OCR "Sve Chg"), "S/C 10%". The tax is charged on the subtotal with it.
_SERVICE = re.compile(
    r"\b(?:SERVICE|SERV|SVC|SVE|SRV)\.?\s*(?:CHARGE|CHRG|CHG)\b|\bS/C\b", re.IGNORECASE
)


def with_service_charge(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` whose net is the subtotal before a service charge, with the charge added to it
    where subtotal, charge and tax make the total and subtotal and tax do not."""
    net, tax, total = (_amount(fields.get(k)) for k in ("net_amount", "tax_amount", "total_amount"))
    if net is None or tax is None or total is None:
        return fields
    if abs(net + tax - total) <= _SLACK:
        return fields
    for line in lines:
        found = amounts_in(line.text)
        if not _SERVICE.search(line.text) or not found or found[-1] <= 0:
            continue
        if abs(net + found[-1] + tax - total) <= _SLACK:
            base = (net + found[-1]).quantize(_CENT)
            old = fields["net_amount"]
            return {**fields, "net_amount": Value(float(base), "", old.boxes, old.confidence)}
    return fields


def _amount(value: Value | None) -> Decimal | None:
    if value is None or isinstance(value.value, bool) or not isinstance(value.value, int | float):
        return None
    return Decimal(str(value.value))
