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
    if _rates_close(lines, {}, net, total, levies, chosen):
        return True
    # Each rate's base printed over its own tax line ("Imponibile 10% / IVA 10% / Imponibile
    # 22% / IVA 22%"): the bases added up are the net; a base's figure, its caption naming the
    # tax too ("Base imponible IVA 10%"), is no rate line.
    bases = _once(c for c in candidates if c.key == "net_amount" and _num(c.value) * sign > 0)
    own = {base.value.boxes for base in bases}
    lines = [t for t in lines if t.value.boxes not in own]
    return _rates_close(lines, _rate_bases(bases, lines), net, total, levies, chosen)


def _rates_close(
    lines: list[Candidate],
    bases: dict[tuple[int, ...], list[Decimal]],
    net: Decimal,
    total: Decimal,
    levies: set[Decimal],
    chosen: dict[str, Value],
) -> bool:
    """Set the tax and the net where the net (or the bases over a run of rate lines), the
    run's sum and a levy add up to the total."""
    for start in range(len(lines)):
        summed = _num(lines[start].value)
        for end in range(start + 1, min(start + _MOST_RATES, len(lines))):
            if lines[end].rank != lines[start].rank:
                break
            summed += _num(lines[end].value)
            nets = [net, *bases.get(tuple(t.order for t in lines[start : end + 1]), [])]
            if any(abs(n + summed + levy - total) < _CENT for n in nets for levy in levies):
                boxes = tuple(b for t in lines[start : end + 1] for b in t.value.boxes)
                chosen["tax_amount"] = Value(float(summed), "", boxes)
                chosen["net_amount"] = Value(float(round(total - summed, 2)), "", (), 0.5)
                return True
    return False


def _rate_bases(
    bases: list[Candidate], taxes: list[Candidate]
) -> dict[tuple[int, ...], list[Decimal]]:
    """Runs of bases each followed by a tax line (`taxes`, in order) before the next base,
    added up: keyed by the orders of those tax lines."""
    nets = sorted(bases, key=lambda c: c.order)
    found: dict[tuple[int, ...], list[Decimal]] = {}
    for start in range(len(nets)):
        for end in range(start + 1, min(start + _MOST_RATES, len(nets))):
            run = nets[start : end + 1]
            limits = [*(n.order for n in run[1:]), None]
            after = [
                next((t for t in taxes if n.order < t.order and (k is None or t.order < k)), None)
                for n, k in zip(run, limits, strict=True)
            ]
            orders = tuple(t.order for t in after if t is not None)
            if len(orders) < len(run):
                break
            found.setdefault(orders, []).append(sum((_num(n.value) for n in run), Decimal(0)))
    return found


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
