"""A total whose leading thousands group was lost in reading, restored from net + tax.

A fax streak or a punch hole in the gap of "1 145,52" leaves OCR with "145,52": the page's
own net and tax then add up to the figure with that group put back ("954,60 + 190,92"), and
the total and the amount due read the same way are the sum, not the fragment.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.model import Value

# No VAT rate reaches this share of the net: a larger "tax" is another figure.
_TOP_RATE = Decimal("0.3")
_GROUP = Decimal(1000)


def restore_truncated_total(
    pools: dict[str, list[Candidate]],
    nets: list[Candidate],
    taxes: list[Candidate],
    chosen: dict[str, Value],
) -> bool:
    """Net, tax and the restored total chosen, and the same fragment read as the amount due
    restored too, when a total is net + tax less its leading thousands group(s)."""
    for net in nets:
        for tax in taxes:
            expected = _num(net.value) + _num(tax.value)
            if not 0 < _num(tax.value) <= _num(net.value) * _TOP_RATE:
                continue
            for total in pools["total_amount"][:8]:
                # The tax's or the net's own figure under a total caption is no fragment.
                if total.value.value in (net.value.value, tax.value.value):
                    continue
                if not _truncated(_num(total.value), expected):
                    continue
                restored = Value(float(expected), "", total.value.boxes, 0.5)
                chosen.update(net_amount=net.value, tax_amount=tax.value, total_amount=restored)
                pools["amount_due"] = [
                    _restored(c, total.value.value, restored) for c in pools["amount_due"]
                ]
                return True
    return False


def _truncated(fragment: Decimal, whole: Decimal) -> bool:
    """True when `fragment` is `whole` without its leading group(s) of thousands."""
    if fragment <= 0:
        return False
    group = _GROUP
    while group <= whole:
        if whole % group == fragment and whole - fragment >= group:
            return True
        group *= _GROUP
    return False


def _restored(candidate: Candidate, fragment: object, restored: Value) -> Candidate:
    if candidate.value.value != fragment:
        return candidate
    value = Value(restored.value, "", candidate.value.boxes, restored.confidence)
    return replace(candidate, value=value)


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value)) if isinstance(value.value, int | float) else Decimal(0)
