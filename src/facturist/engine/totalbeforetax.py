"""A "total" printed above the tax, with the sum due below the tax equal to the two added up
("Totaal premie 675,25 / Assurantiebelasting 21% 141,80 / Te betalen 817,05"): the caption
totals the premiums or items before the tax, so it is the net and the sum due the total."""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.model import Value


def total_before_tax(
    pools: dict[str, list[Candidate]], taxes: list[Candidate], chosen: dict[str, Value]
) -> bool:
    """Net, tax and total from a total, a tax below it and a sum due below the tax."""
    for total in pools["total_amount"][:8]:
        for tax in taxes:
            if tax.order <= total.order or _num(tax.value) <= 0:
                continue
            expected = _num(total.value) + _num(tax.value)
            for due in pools["amount_due"][:4]:
                if due.order > tax.order and abs(_num(due.value) - expected) <= _CENT:
                    chosen.update(
                        net_amount=total.value, tax_amount=tax.value, total_amount=due.value
                    )
                    return True
    return False


_CENT = Decimal("0.011")


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value)) if isinstance(value.value, int | float) else Decimal(0)
