"""A taxed part's base read as the net, its untaxed siblings printed above it.

A French travel agency bills a package under the margin scheme and an insurance exempt from
VAT beside its taxed service fees, and adds up each kind apart::

    Prestations soumises au régime de la marge    1 180,00 €
    Prestations exonérées                            38,00 €
    Total HT soumis à TVA                            60,00 €
    TVA 20 %                                         12,00 €
    Net à payer TTC                               1 290,00 €

"Total HT soumis à TVA" is only the taxed part's base: net + tax (72,00) falls short of the
sum to pay, which holds the parts printed over the base in the same column. Where those
parts and the base add up to the sum due less the tax, the sum due is the invoice's total
and the net is everything it holds besides the tax (the parts and the base). A balance
carried from an earlier bill is no such part (carriedbalance.py)."""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.amountread import read_amount
from facturist.engine.carriedbalance import PREVIOUS_BALANCE
from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Value

_CENT = Decimal("0.011")
_MOST_PARTS = 4


def with_untaxed_parts(lines: list[Line], fields: dict[str, Value]) -> None:
    """Set the net to the sum due less the tax, and the total to the sum due, where the
    chosen net is a taxed part's base under untaxed parts that make up the difference."""
    net, tax, due = fields.get("net_amount"), fields.get("tax_amount"), fields.get("amount_due")
    total = fields.get("total_amount")
    if net is None or tax is None or due is None or (total is not None and total.boxes):
        return  # a printed total stands
    if not (net.boxes and tax.boxes and due.boxes):
        return
    base, taxed, payable = _num(net), _num(tax), _num(due)
    missing = payable - taxed - base
    if base <= 0 or taxed <= 0 or missing <= _CENT:
        return
    if not net.boxes[0].y0 < tax.boxes[0].y0 < due.boxes[0].y0:
        return  # base, tax, sum due down one block
    parts = _parts_above(lines, net)
    if parts and abs(sum(parts) - missing) <= _CENT:
        fields["net_amount"] = Value(float(round(payable - taxed, 2)), "", (), 0.5)
        fields["total_amount"] = due


def _parts_above(lines: list[Line], net: Value) -> list[Decimal]:
    """The positive figures captioned on the lines right over the net's, each ending where
    the net's figure ends; a line that is no such part ends them."""
    index = line_holding(lines, net.boxes[0])
    if index is None:
        return []
    right = max(box.x1 for box in net.boxes)
    below = lines[index]
    parts: list[Decimal] = []
    for line in reversed(lines[max(0, index - _MOST_PARTS) : index]):
        if line.page != below.page or below.y0 - line.y1 > 2.5 * below.height:
            break  # a gap: the block ends
        if len(line.cells) < 2 or PREVIOUS_BALANCE.search(line.text):
            break
        figure = read_amount(line.cells[-1].words)
        caption = line.cells[0].text
        if figure is None or not any(ch.isalpha() for ch in caption):
            break
        if abs(max(box.x1 for box in figure.boxes) - right) > 6 or _num(figure) <= 0:
            break
        parts.append(_num(figure))
        below = line
    return parts


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value)) if isinstance(value.value, int | float) else Decimal(0)
