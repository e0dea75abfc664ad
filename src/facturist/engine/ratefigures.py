"""A tax rate column holds percentages, never a money figure.

A header misread (a price's "inkl. moms" read as the rate's caption) puts the price or the
amount under the rate's key: "249,00" as a rate of 249 %. No VAT rate runs above 30 % or
below zero, so a figure out of that range without a percent sign is no rate: the item keeps
its other figures and no rate. Nor is a bare "1" or "2": a tax code.
"""

from __future__ import annotations

from facturist.engine.model import Value

# The highest VAT rate any country charges, in percent (Hungary's 27 % and a margin).
_HIGHEST = 30.0
# A bare "1" or "2" under the tax's caption: a tax code ("Code TVA 1 = 20 %"), as wholesalers'
# systems print it; no country charges a whole 1 % or 2 % VAT.
_TAX_CODES = frozenset({"1", "2"})


def without_money_rate(item: dict[str, Value]) -> None:
    """Drop the item's rate where its figure is a money figure, no percentage."""
    rate = item.get("vat_rate")
    if rate is None or not isinstance(rate.value, float) or "%" in rate.text:
        return
    if not 0.0 <= rate.value <= _HIGHEST or rate.text.strip() in _TAX_CODES:
        del item["vat_rate"]
