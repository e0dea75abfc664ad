"""A goods subtotal on a sale that charges no tax: no net amount.

A web shop's or a marketplace's order invoice sums the items first, then adds the postage
and takes off a promotion before its total::

    Item(s) subtotal:             £82.50
    Postage & packing:             £3.95
    Promotion applied:            -£5.00
    Order total:                  £81.45

Where a tax is printed, the net is the tax base (the subtotal with those charges and
discounts, totals.py). Where none is (a seller not registered for VAT), the items' sum is
neither a tax base nor the invoice's net: the charges and discounts printed between it and
the total, added to it, make the total, and no net is reported.
"""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.charges import ADJUSTMENT_KEY
from facturist.engine.model import Value


def drop_goods_subtotal_net(candidates: list[Candidate], chosen: dict[str, Value]) -> None:
    """Drop the chosen net where no tax is chosen and it is a subtotal that the adjustments
    printed between it and the total bring to the total."""
    net, total = chosen.get("net_amount"), chosen.get("total_amount")
    if net is None or total is None or "tax_amount" in chosen or not net.boxes:
        return
    if _num(net) == _num(total) or _num(net) == 0:
        return
    net_at = _order(candidates, "net_amount", net)
    total_at = _order(candidates, "total_amount", total)
    if net_at is None or total_at is None or net_at >= total_at:
        return
    between = [c for c in candidates if c.key == ADJUSTMENT_KEY and net_at < c.order < total_at]
    # One charge or discount may be read twice (a caption and its cell): count each figure once.
    figures = {c.value.boxes: _num(c.value) for c in between}
    if figures and abs(_num(net) + sum(figures.values()) - _num(total)) <= Decimal("0.011"):
        del chosen["net_amount"]


def _order(candidates: list[Candidate], key: str, value: Value) -> int | None:
    found = [c.order for c in candidates if c.key == key and c.value.boxes == value.boxes]
    return min(found) if found else None


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value)) if isinstance(value.value, int | float) else Decimal(0)
