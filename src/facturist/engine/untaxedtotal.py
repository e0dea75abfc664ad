"""The total of a bill that prints no tax: its net, confirmed by the sum due.

A French micro-entrepreneur ("TVA non applicable, art. 293 B du CGI"), a German small trader
(§ 19 UStG) or any seller outside VAT prints "Total HT | 1 500,00" and "Net à payer | 1 500,00"
and no tax line: "Total HT" reads as the net only, so no total is chosen. With no tax printed,
the sum due equal to the net is the invoice's total (totals.choose_amounts)."""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.model import Value


def total_from_untaxed_due(pools: dict[str, list[Candidate]], chosen: dict[str, Value]) -> None:
    """Set the total to the sum due where no tax is printed and the sum due is the net."""
    if "total_amount" in chosen or "tax_amount" in chosen or pools["tax_amount"]:
        return
    net = chosen.get("net_amount")
    if net is None or not pools["amount_due"]:
        return
    due = pools["amount_due"][0].value
    if _number(due) != 0 and abs(_number(due) - _number(net)) <= Decimal("0.005"):
        chosen["total_amount"] = Value(due.value, due.text, due.boxes, due.confidence)


def _number(value: Value) -> Decimal:
    return Decimal(str(value.value)) if isinstance(value.value, int | float) else Decimal(0)
