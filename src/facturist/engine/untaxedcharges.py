"""A printed tax that is an exact whole rate of the printed net, while the total holds more
than net + tax: charges outside VAT were added after the tax (a solicitor's outlays, "not
liable to VAT"). The printed tax stands; the net is what the total holds besides it.

So does a printed tax of nothing ("Umsatzsteuer 0 % 0,00") under a goods subtotal that
freight or packaging follows ("Warenwert 186.070,00 / Seefracht 6.820,00 / Rechnungsbetrag
192.890,00"): an export or intra-EU invoice charges no tax on them either."""

from __future__ import annotations

from decimal import Decimal

# Rates a tax may be charged at, in percent of its base (half percents too: 5.5 %, 7.5 %).
_LOWEST, _HIGHEST = Decimal(1), Decimal(30)


def outside_tax(net: Decimal, tax: Decimal, total: Decimal) -> bool:
    """Whether `tax` is a whole or half percent of `net` to the cent and the total exceeds
    net + tax: the excess is charged without tax, and `tax` is the invoice's tax."""
    if net <= 0 or tax <= 0 or total <= net + tax:
        return False
    rate = tax * 100 / net
    if not _LOWEST <= rate <= _HIGHEST:
        return False
    halves = (rate * 2).quantize(Decimal(1))
    return abs(net * halves / 200 - tax) < Decimal("0.01")


def zero_rated(net: Decimal, taxes: list[Decimal], total: Decimal) -> bool:
    """Whether every tax printed is zero while the total exceeds the net (both of one sign):
    the excess is charges after the goods subtotal, untaxed like the goods."""
    if not taxes or any(tax != 0 for tax in taxes):
        return False
    return 0 < net < total or total < net < 0


def taxed_subtotal(tax: Decimal, figures: list[Decimal], total: Decimal) -> bool:
    """Whether a printed figure below the total is a taxed sum with `tax` in it at a whole
    rate ("Total Fees and VAT 2,952.00" = fee 2,400.00 + VAT @ 23 % 552.00), and the total
    holds more: outlays passed on without VAT follow (an Irish or UK solicitor's fee note).
    Such a note prints no net; the total less the tax mixes the fee with the outlays."""
    return any(0 < figure < total and outside_tax(figure - tax, tax, total) for figure in figures)
