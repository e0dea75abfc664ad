"""A hotel bill that prints its VAT only per rate, beside a tourist tax outside VAT:

    Totaal excl. BTW                 € 801,58
    Toeristenbelasting (geen BTW)     € 75,36
    BTW 9% over € 678,44              € 61,06
    BTW 21% over € 123,14             € 25,86
    Totaal incl. BTW                 € 963,86

No net + tax = total holds with one rate's line, and the total less the subtotal holds the
levy besides the VAT. Where the subtotal, the rate lines added up and a levy printed outside
VAT (nonvatlevies.py) make the total, the rate lines' sum is the tax and the net is the total
less it (BT-109: the sum without VAT, the levy in it). A credit note ("AVOIR") prints them
all negative: the sums hold with their signs."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.model import Box, Value
from facturist.engine.nonvatlevies import NON_VAT_KEY

_CENT = Decimal("0.005")
# How many rate lines one invoice's VAT may be printed on.
_MOST_RATES = 4


def levy_beside_rates(
    candidates: list[Candidate], taxes: list[Candidate], chosen: dict[str, Value]
) -> bool:
    """Set the tax to the rate lines' sum and the net to the total less it, where the chosen
    net, consecutive rate lines among `taxes` and a levy outside VAT add up to the total."""
    if "net_amount" not in chosen or "total_amount" not in chosen:
        return False
    net, total = _num(chosen["net_amount"]), _num(chosen["total_amount"])
    sign = Decimal(1) if total > 0 else Decimal(-1)
    if net * sign <= 0 or total * sign <= net * sign:
        return False
    levies = {
        abs(_num(c.value)) * sign for c in candidates if c.key == NON_VAT_KEY and c.value.text
    }
    if not levies:
        return False
    # A rate line read twice (its grid row's arithmetic and its caption, at two ranks) is
    # one line: its best-ranked reading stands ("TVA 21 % sur 605,04 | 127,06").
    lines = sorted(_once(t for t in taxes if _num(t.value) * sign > 0), key=lambda t: t.order)
    for start in range(len(lines)):
        summed = _num(lines[start].value)
        for end in range(start + 1, min(start + _MOST_RATES, len(lines))):
            if lines[end].rank != lines[start].rank:
                break
            summed += _num(lines[end].value)
            if any(abs(net + summed + levy - total) < _CENT for levy in levies):
                boxes = tuple(b for t in lines[start : end + 1] for b in t.value.boxes)
                chosen["tax_amount"] = Value(float(summed), "", boxes)
                chosen["net_amount"] = Value(float(round(total - summed, 2)), "", (), 0.5)
                return True
    return False


def _once(taxes: Iterable[Candidate]) -> list[Candidate]:
    """The taxes, each printed figure (its boxes) once, at its best rank."""
    seen: set[tuple[Box, ...]] = set()
    out: list[Candidate] = []
    for tax in sorted(taxes, key=lambda t: (t.rank, t.order)):
        boxes = tax.value.boxes
        if boxes and boxes in seen:
            continue
        seen.add(boxes)
        out.append(tax)
    return out


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value)) if isinstance(value.value, int | float) else Decimal(0)
