"""A total printed after a tax withheld at source that is an earlier total less it:

    Total da fatura                         2.610,00 €
    Retenção na fonte (25% s/ honorários)    -500,00 €
    Total a pagar                           2.110,00 €

Income tax withheld at source (pt "retenção na fonte", es "retención IRPF", it "ritenuta
d'acconto", de "Quellensteuer") comes off after the invoice's total: the figure after it is
the sum to pay, however its caption reads as a total ("Total a pagar"); the invoice's total
is the one printed before the withholding."""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.charges import WITHHOLDING_KEY

_CENT = Decimal("0.011")


def _num(candidate: Candidate) -> Decimal:
    return Decimal(str(candidate.value.value))


def without_total_after_withholding(
    candidates: list[Candidate], totals: list[Candidate]
) -> list[Candidate]:
    """The totals less those printed after a withholding that are a total printed before it
    less the sum withheld."""
    withheld = [c for c in candidates if c.key == WITHHOLDING_KEY and _num(c) != 0]
    after = [
        total
        for total in totals
        for held in withheld
        if total.order > held.order
        and any(
            earlier.order < held.order
            and _num(earlier) > 0
            and abs(_num(earlier) - abs(_num(held)) - _num(total)) <= _CENT
            for earlier in totals
        )
    ]
    after += _sums_to_pay_after(candidates, totals, withheld)
    return [total for total in totals if total not in after] if after else totals


def _sums_to_pay_after(
    candidates: list[Candidate], totals: list[Candidate], withheld: list[Candidate]
) -> list[Candidate]:
    """The totals printed after a withholding under a caption naming the sum to pay ("Base
    imposable / IVA 21% / Retenció IRPF 15% / Total a pagar", its figure read as the amount
    due too) that are a net and a tax printed before it less the sum withheld: what is paid,
    the invoice's total being the net and tax, printed or not."""
    due = {c.value.boxes for c in candidates if c.key == "amount_due" and c.value.boxes}
    nets = [c for c in candidates if c.key == "net_amount" and c.rank <= 0]
    taxes = [c for c in candidates if c.key == "tax_amount" and c.rank <= 0]
    return [
        total
        for total in totals
        if total.value.boxes in due
        for held in withheld
        if total.order > held.order
        and any(
            net.order < held.order
            and tax.order < held.order
            and _num(net) > 0
            and abs(_num(net) + _num(tax) - abs(_num(held)) - _num(total)) <= _CENT
            for net in nets
            for tax in taxes
        )
    ]
