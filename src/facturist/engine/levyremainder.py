"""A hotel bill's total that holds a levy outside VAT beside the taxed net and the VAT
("Totale imponibile 385,00 / Totale IVA 43,30 / Fuori campo IVA 10,00 / TOTALE DOCUMENTO
438,30", the tourist tax charged without VAT, nonvatlevies.py): with no net + tax = total
to go by, the total less the net is no tax. The printed tax stands where the net, the tax
and a levy printed outside VAT add up to the total."""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.model import Value
from facturist.engine.nonvatlevies import NON_VAT_KEY


def levy_closes_sum(candidates: list[Candidate], chosen: dict[str, Value]) -> bool:
    """Whether the chosen net and tax and a non-VAT levy's figure add up to the chosen total."""
    try:
        net, tax, total = (
            Decimal(str(chosen[key].value)) for key in ("net_amount", "tax_amount", "total_amount")
        )
    except (KeyError, ArithmeticError):
        return False
    if tax <= 0 or net <= 0 or total <= net + tax:
        return False
    levies = {Decimal(str(c.value.value)) for c in candidates if c.key == NON_VAT_KEY}
    return any(abs(net + tax + levy - total) < Decimal("0.005") for levy in levies)
