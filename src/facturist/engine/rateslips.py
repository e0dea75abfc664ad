"""Net and tax mended by the printed tax rate when OCR slipped a digit in one of them.

A scanned dot-matrix or faint print reads "686.20" as "606.20" or "45.13" as "45.23"; then
net + tax no longer makes the total and the general reader either keeps the slip or derives
the tax from the wrong net. Where the page prints one tax rate ("GST @ 6%", "Add: GST 7%",
"MwSt 19 %"), the total alone fixes both: net = total / (1 + rate), tax = total - net, and
tax = net x rate must hold to the cent. That pair replaces the read one only when each read
figure is the rate's figure or differs from it in a single digit (an OCR slip, not another
amount such as a discount, a service charge or a rounding between them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parse.amounts import find_amounts

# A tax caption with its rate, either way round: "GST @ 6%", "GST (7%)", "VAT 20%", "MwSt.
# 19 %", "7% GST", "IVA 21%".
_TAX = r"(?:GST|SST|VAT|TAX|MWST|UST|IVA|TVA|BTW|MOMS|MVA|PPN)"
_RATE = r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%"
_RATE_LINE = re.compile(
    rf"\b{_TAX}\b\.?\s*(?:@|\(|at)?\s*{_RATE}|{_RATE}\s*\)?\s*{_TAX}\b", re.IGNORECASE
)
_CENT = Decimal("0.01")
_COINS = Decimal("0.05")  # a rounding to the smallest coin, no slip


def rate_checked(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with net and tax recomputed from the total and the one printed rate, where the
    read net and tax miss the total by OCR digit slips that the rate explains."""
    total, net = value_number(fields.get("total_amount")), value_number(fields.get("net_amount"))
    if total is None or net is None or total <= 0:
        return fields
    printed = printed_tax(lines)
    if printed is None:
        return fields
    rate, tax = printed
    if abs(net + tax - total) <= _COINS:
        return fields  # the read figures add up, or a rounding to the coin parts them
    if abs(tax - (net * rate).quantize(_CENT, ROUND_HALF_UP)) <= _CENT:
        return fields  # net and tax agree: the gap is another amount (a charge, a discount)
    new_net = (total / (1 + rate)).quantize(_CENT, ROUND_HALF_UP)
    new_tax = total - new_net
    if abs(new_tax - (new_net * rate).quantize(_CENT, ROUND_HALF_UP)) > _CENT:
        return fields
    if not (_slip_or_same(net, new_net) and _slip_or_same(tax, new_tax)):
        return fields
    return {
        **fields,
        "net_amount": Value(float(new_net), "", (), 0.6),
        "tax_amount": Value(float(new_tax), "", (), 0.6),
    }


def printed_tax(lines: Sequence[Line]) -> tuple[Decimal, Decimal] | None:
    """The one rate the page's tax lines print, with the tax amount on its line."""
    found: set[tuple[Decimal, Decimal]] = set()
    for line in lines:
        match = _RATE_LINE.search(line.text)
        if match is None:
            continue
        digits = (match.group(1) or match.group(2)).replace(",", ".")
        rate = Decimal(digits) / 100
        amounts = [a for a, _start, _end in find_amounts(line.text[match.end() :])]
        if len(amounts) != 1 or not 0 < rate < Decimal("0.3"):
            continue  # no amount, or a summary row (base and tax): not one tax line
        found.add((rate, amounts[0]))
    if len(found) != 1:
        return None
    return next(iter(found))


def _slip_or_same(read: Decimal, expected: Decimal) -> bool:
    """Whether a read figure is the expected one, or it with one digit misread."""
    first, second = f"{read:.2f}", f"{expected:.2f}"
    if len(first) != len(second):
        return False
    return sum(a != b for a, b in zip(first, second, strict=True)) <= 1


def value_number(value: Value | None) -> Decimal | None:
    """A field's number in cents; None for no value, a flag or text."""
    if value is None or isinstance(value.value, bool):
        return None
    if not isinstance(value.value, int | float):
        return None
    try:
        return Decimal(str(value.value)).quantize(_CENT)
    except InvalidOperation:
        return None
