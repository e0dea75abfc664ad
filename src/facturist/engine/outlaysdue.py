"""A fee note's payable sum that holds outlays printed after the VAT, with no total of its own.

A French consultant's or lawyer's note charges VAT on the fees only and prints no "Total TTC"::

    Total honoraires HT          21 250,00
    TVA 20 % (sur honoraires)     4 250,00
    Débours (non soumis à TVA)      828,40
    NET À PAYER TTC              26 328,40

The fees and their VAT add up to no printed figure; the sum to pay ("Net à payer", "Amount
payable", "Zahlbetrag", "Te betalen") holds them and the outlays passed on at cost without VAT
(débours, disbursements, Auslagen, verschotten: outlaysaftertotal.py, nonvatlevies.py), printed
between the tax and it. That sum is the invoice's total, not net + tax; the tax stays the VAT
printed and the net is the rest of the total (fees and outlays), as where a labelled total
follows the outlays (totals._outlays_after).

A freight forwarder splits its services by tax code and prints each code's base above the
VAT ("Total HT exonéré (E) 1 181,89 / Total HT taxable (T) 35,00 / TVA 20 % 7,00 / Débours
(D) 48,00 / NET À PAYER 1 271,89"): the sum to pay holds the other codes' bases too."""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.model import Box, Value
from facturist.engine.nonvatlevies import NON_VAT_KEY
from facturist.engine.outlaysaftertotal import OUTLAY_KEY

_CENT = Decimal("0.011")


def total_from_payable_outlays(
    candidates: list[Candidate],
    dues: list[Candidate],
    chosen: dict[str, Value],
    nets: list[Candidate] | None = None,
) -> bool:
    """Set the total to a sum due below the chosen tax that exceeds net + tax by the outlays
    captioned between the two (one outlay line or all of them), with or without the other
    printed bases above the tax (`nets`: an exempt code's base), the net to the total less
    the tax; whether it did."""
    net, tax = chosen.get("net_amount"), chosen.get("tax_amount")
    if net is None or tax is None or not tax.boxes or not net.text:
        return False
    taxed = _num(net) + _num(tax)
    if _num(net) <= 0 or _num(tax) <= 0:
        return False
    top = max(tax.boxes, key=lambda box: box.y0)
    others = _other_bases(nets or [], net, top)
    for due in dues[:4]:
        extra = _num(due.value) - taxed
        if extra <= 0 or not due.value.boxes or not due.value.text:
            continue
        bottom = due.value.boxes[0]
        if bottom.page != top.page or bottom.y0 <= top.y0:
            continue
        between = {
            c.value.boxes: _num(c.value)
            for c in candidates
            if c.key in (OUTLAY_KEY, NON_VAT_KEY)
            and c.value.boxes
            and c.value.boxes[0].page == top.page
            and top.y0 < c.value.boxes[0].y0 < bottom.y0
        }
        outlays = [value for value in between.values() if value > 0]
        if not outlays:
            continue
        if any(_outlays_fit(outlays, rest) for rest in {extra, extra - others} if rest > 0):
            chosen["total_amount"] = due.value
            rest = _num(due.value) - _num(tax)
            chosen["net_amount"] = Value(float(round(rest, 2)), "", (), 0.5)
            return True
    return False


def _outlays_fit(outlays: list[Decimal], extra: Decimal) -> bool:
    """One outlay line, or all of them, is the sum due's excess."""
    return any(abs(o - extra) <= _CENT for o in outlays) or abs(sum(outlays) - extra) <= _CENT


def _other_bases(nets: list[Candidate], net: Value, top: Box) -> Decimal:
    """The printed bases other than the chosen net, above the tax on its page, added up: the
    other tax codes' bases ("Total HT exonéré (E)" over "Total HT taxable (T)")."""
    seen = {net.boxes}
    total = Decimal(0)
    for other in nets:
        boxes = other.value.boxes
        if boxes in seen or not boxes or not other.value.text or _num(other.value) <= 0:
            continue
        seen.add(boxes)
        if boxes[0].page == top.page and boxes[0].y0 < top.y0:
            total += _num(other.value)
    return total


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value)) if isinstance(value.value, int | float) else Decimal(0)
