"""The tax a till receipt prints: its own line ("GST 7%  4.26", "GST (6%)  3.92", "SST 6%")
or a sentence ("GST @6% INCLUDED IN TOTAL (RM)  3.62", "Total includes GST 7% of $2.03").

Restaurants add a service charge between the subtotal and the tax, so total minus subtotal
is no tax there; and a receipt whose prices include tax may print it only in the sentence
under the total. Both give the general reader's derived tax (or none) where the printed line
is the answer. The net then follows as total minus tax when nothing printed it either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.receipt_dates import field_value
from facturist.engine.receipt_scan import amounts_in

# A line that opens with the tax's name ("GST 7%", "GST (6%)", "GST @6% INCLUDED IN TOTAL",
# Malaysia's "Service Tax 6%" since 2018; not a "Service Charge"), or with its rate ("7% GST").
_TAX_FIRST = re.compile(
    # "Incl. 7% GST 2.03": a tax-inclusive till names the rate first.
    r"^\W*(?:INCL(?:UDING|UDES?)?\.?\s*)?(?:\d{1,2}(?:\.\d{1,2})?\s*%\s*)?"
    r"(?:GST|SST|VAT|TAX|(?:SERVICE|SALES)\s+TAX)\b",
    re.IGNORECASE,
)
# "Total includes GST 7% of $2.03"; an Australian / British footnote's "Total includes GST
# $4.59" (the amount right after the tax's name).
_INCLUDES = re.compile(
    r"\bINCLUDES?\s+(?:GST|SST|VAT|TAX)\b(?:.*\bOF\b|\s*(?:[A-Z]{0,3}\$|€|£)?\s*\d+[.,]\d{2}\b)",
    re.IGNORECASE,
)
# Tax lines that are no amount of tax: registration, a summary table's caption or code rows,
# the title, and amounts before / with tax.
_NOT_TAX = re.compile(
    r"\b(?:REG|NO|ID|NUMBER|SUMMARY|ANALYSIS|CODE|INVOICE|EXCL\w*|RATE|TYPE|AMOUNT\s*\(|"
    r"PAYABLE\s+TOTAL|TOTAL\s+INCL)\b",
    re.IGNORECASE,
)
_CENT = Decimal("0.01")
# The amount before tax printed on its own line: "Amount excl. GST 95.84", "Before GST",
# Malay "Jumlah Sebelum GST" (sebelum: before).
_EXCLUDING = re.compile(
    r"\b(?:EXCL(?:UDING|\.)?|EXC\.?|BEFORE|SEBELUM|W/O)\s*(?:GST|SST|VAT|TAX)\b", re.IGNORECASE
)
# A rounding line: its cents are no tax, whatever total minus subtotal gives.
_ROUNDING = re.compile(r"\bROUND(?:ING)?\b|\bPENGGENAPAN\b", re.IGNORECASE)
# A tax summary's head ("GST SUMMARY", "Code Amount(RM) Tax(RM)"): its rows give the base.
_SUMMARY = re.compile(r"\bSUMMARY\b|\bAMOUNT\s*\(.*\bTAX\b", re.IGNORECASE)


# "NET TOTAL 145.00" on a Malaysian till: the amount to pay after discount and rounding;
# "Total Sales (Incl GST)": the amount with its tax. Neither is the amount before tax.
_PAY_CAPTION = re.compile(r"\bNET+\s*TOTAL\b|\bINCL(?:USIVE|UDING|\.)?\b", re.IGNORECASE)


def without_net_total(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` without a net that is the receipt's total under a "NET TOTAL" or "Incl GST"
    caption, or beside a printed tax, nor the tax worked out from it (total minus it)."""
    net, total, tax = fields.get("net_amount"), fields.get("total_amount"), fields.get("tax_amount")
    if net is None or total is None or not net.text or not _same(net.value, total.value):
        return fields
    boxes = set(net.boxes)
    caption = any(
        _PAY_CAPTION.search(line.text) for line in lines if any(w.box in boxes for w in line.words)
    )
    taxed = tax is not None and bool(tax.text) and (_float(tax.value) or 0.0) > 0
    if not (caption or taxed):
        return fields
    dropped = {"net_amount"} | ({"tax_amount"} if tax is not None and not tax.text else set())
    # A tax-inclusive till prints the amount before tax under the total ("GST @6% INCLUDED
    # 6.83", "TOTAL SALES (EXCLUDING GST) 119.27"): that line is the net in its place.
    out = _with_printed_net(lines, {k: v for k, v in fields.items() if k not in dropped})
    kept = out.get("tax_amount")
    if "net_amount" not in out and kept is not None and kept.text and taxed:
        # Nothing printed before tax: the total less the tax it holds (a footnote's "Total
        # includes GST $4.59" under a "Subtotal" that is the total).
        value = (Decimal(str(total.value)) - Decimal(str(kept.value))).quantize(_CENT)
        out["net_amount"] = Value(float(value), "", (), 0.7)
    return out


def printed_tax(lines: Sequence[Line], total: float | None) -> Value | None:
    """The amount on the receipt's one tax line (or tax sentence), below the total."""
    found: list[tuple[int, Decimal]] = []
    for index, line in enumerate(lines):
        text = line.text
        if not (_TAX_FIRST.match(text) or _INCLUDES.search(text)) or _NOT_TAX.search(text):
            continue
        amounts = amounts_in(text)
        if not amounts or len(amounts) > 1:
            continue  # no amount, or a tax summary's row (taxable amount and tax)
        amount = amounts[-1]
        if amount < 0 or (total is not None and amount >= Decimal(str(total))):
            continue
        found.append((index, amount))
    if not found or len({amount for _, amount in found}) > 1:
        return None  # one tax amount only: several rates are the general reader's
    index, amount = found[0]
    amount = amount.quantize(_CENT)
    return field_value(f"{amount:.2f}", lines[index].words, float(amount))


def with_receipt_tax(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with the printed tax where the general reader derived it or found none."""
    fields = _without_false_tax(lines, fields)
    current = fields.get("tax_amount")
    total = fields.get("total_amount")
    total_value = _float(total.value) if total is not None else None
    # A rate read as the amount ("GST 9% included 8.63" -> 9): the text has no cents.
    rate = current is not None and bool(re.fullmatch(r"\d{1,2}%?", current.text.strip()))
    # Tax printed in parts ("GST 5% 2.51", "PST 7% 3.52", ratedtaxparts.py) is added up by
    # the general reader: no text of its own, yet each part's figure is on the page.
    parts = current is not None and len(current.boxes) > 1
    if current is not None and (current.text or parts) and not rate:
        return _with_printed_net(lines, fields)  # read from the page: the general reader's
    tax = printed_tax(lines, total_value) or _included_share(lines, total_value)
    if tax is None or (current is not None and _same(current.value, tax.value)):
        return _with_printed_net(lines, fields)
    out = {**fields, "tax_amount": tax}
    net = fields.get("net_amount")
    if total_value is not None and (net is None or not net.text):
        # No net printed: what the total holds before the tax.
        value = (Decimal(str(total_value)) - Decimal(str(tax.value))).quantize(_CENT)
        out["net_amount"] = Value(float(value), "", (), 0.7)
    return _with_printed_net(lines, out)


# "Total incl. GST 7%  3.98": the tax a tax-inclusive total holds, printed after its rate;
# a German till's "inkl. 19% MwSt.  EUR 2,87" names the rate before the tax.
_RATE_FIGURE = r"\d{1,2}(?:[.,]\d{1,2})?"
_INCLUDED_RATE = re.compile(
    r"\bINCL(?:UDING|UDES?|USIVE)?\.?\s*(?:OF\s+)?(?:GST|SST|VAT|TAX)\s*@?\s*"
    rf"(?P<rate>{_RATE_FIGURE})\s*%"
    rf"|\bINKL(?:USIVE|\.)?\s*(?P<before>{_RATE_FIGURE})\s*%\s*(?:MWST|UST)\b\.?",
    re.IGNORECASE,
)


def _included_share(lines: Sequence[Line], total: float | None) -> Value | None:
    """The amount after an "incl. GST 7%" caption that is the rate's share of the total, to
    the cent: the tax held in the total (the caption's "Total" names the total it is in)."""
    if total is None or total <= 0:
        return None
    for line in lines:
        match = _INCLUDED_RATE.search(line.text)
        if match is None:
            continue
        amounts = amounts_in(line.text[match.end() :])
        rate = Decimal((match.group("rate") or match.group("before")).replace(",", "."))
        if len(amounts) != 1 or not 0 < amounts[0] < Decimal(str(total)):
            continue
        share = Decimal(str(total)) * rate / (100 + rate)
        if abs(share - amounts[0]) <= _CENT:
            return _value(amounts[0], line)
    return None


def _without_false_tax(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` without a tax that is the total ("No GST charged. TOTAL 173.50") or a
    rounding line's cents taken as total minus subtotal."""
    tax, total = fields.get("tax_amount"), fields.get("total_amount")
    if tax is None:
        return fields
    if total is not None and _same(tax.value, total.value) and _float(tax.value):
        return {k: v for k, v in fields.items() if k != "tax_amount"}
    if tax.text or _float(tax.value) is None:
        return fields
    value = Decimal(str(tax.value)).quantize(_CENT)
    if any(_TAX_FIRST.match(ln.text) and amounts_in(ln.text) for ln in lines):
        return fields  # a tax line is printed: the general reader's derivation stands
    for line in lines:
        if _ROUNDING.search(line.text) and value in [abs(a) for a in amounts_in(line.text)]:
            return {k: v for k, v in fields.items() if k != "tax_amount"}
    return fields


def _with_printed_net(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """A derived net replaced by the amount printed before tax: an "excl. GST" line, or the
    base column of a tax summary's one row whose tax column is the tax."""
    net, tax = fields.get("net_amount"), fields.get("tax_amount")
    if net is not None and net.text:
        return fields
    base: Value | None = None
    for index, line in enumerate(lines):
        amounts = amounts_in(line.text)
        if _EXCLUDING.search(line.text) and len(amounts) == 1 and amounts[0] > 0:
            return {**fields, "net_amount": _value(amounts[0], line)}
        summary = any(_SUMMARY.search(ln.text) for ln in lines[max(0, index - 4) : index])
        if (
            summary
            and tax is not None
            and len(amounts) == 2
            and _same(float(amounts[1]), tax.value)
            and amounts[0] > amounts[1]
        ):
            base = _value(amounts[0], line)  # the last: a summary's total row
    return fields if base is None else {**fields, "net_amount": base}


def _value(amount: Decimal, line: Line) -> Value:
    amount = amount.quantize(_CENT)
    return field_value(f"{amount:.2f}", line.words, float(amount))


def _float(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _same(left: object, right: object) -> bool:
    first, second = _float(left), _float(right)
    return first is not None and second is not None and abs(first - second) < 0.005
