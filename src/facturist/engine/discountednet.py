"""A net printed before a document discount, and the net after it.

Builders' final accounts and quotes-turned-invoices print the positions' sum, take a
negotiated discount off it and print the net again ("Gesamtsumme netto 241.152,52",
"abzüglich 2,5 % Nachlass lt. Auftragsschreiben – 6.028,81", "Gesamtpreis netto nach
Nachlass 235.123,71"). The first figure is a subtotal before the discount: neither the net
nor the total, though its caption ("Gesamtsumme netto") would name both. Where a discount
line stands between two net-captioned figures and the first less the discount is the second,
the first one's net and total candidates are dropped. The first may be captioned as a sum
only ("Summe der Positionen 54.856,10", "abzüglich 2,5 % Nachlass", "Schlussrechnungsbetrag
netto 53.484,70"): a total candidate, no net one, dropped alike.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.amountread import read_amount
from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Box

# A price reduction granted on the whole sum (not a deposit, a retention or a part payment,
# which leave the net as it is).
_DISCOUNT = re.compile(
    r"nachlass|rabatt|discount|remise|rabais|sconto|descuento|korting|rabat\b|skonto"
    r"|preisminderung|abschlag\s+lt",
    re.IGNORECASE,
)
# How many lines a discount may stand below the first net and above the second.
_REACH = 4


def without_prediscount_nets(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less the net and total read from a sum a discount line then reduces
    to the next net-captioned figure."""
    nets = [c for c in candidates if c.key == "net_amount" and c.value.boxes]
    sums = [c for c in candidates if c.key == "total_amount" and c.value.boxes]
    if not nets or len(nets) + len(sums) < 2:
        return candidates
    places = {id(c): line_holding(lines, c.value.boxes[0]) for c in nets + sums}
    dropped: list[tuple[Box, ...]] = []
    for first in nets + sums:
        start = places[id(first)]
        if start is None or not isinstance(first.value.value, float):
            continue
        for second in nets:
            end = places[id(second)]
            if end is None or not start < end <= start + _REACH:
                continue
            if _discounted(lines[start + 1 : end], first.value.value, second.value.value):
                dropped.append(first.value.boxes)
                break
    if not dropped:
        return candidates
    return [
        c
        for c in candidates
        if not (c.key in ("net_amount", "total_amount") and c.value.boxes in dropped)
    ]


def _discounted(between: list[Line], before: float, after: object) -> bool:
    """One of the lines is a discount whose figure takes `before` down to `after`."""
    if not isinstance(after, float) or not 0 < after < before:
        return False
    for line in between:
        if not _DISCOUNT.search(line.text):
            continue
        figure = read_amount(line.words)
        if figure is None or not isinstance(figure.value, float):
            continue
        off = Decimal(str(abs(figure.value)))
        if abs(Decimal(str(before)) - off - Decimal(str(after))) <= Decimal("0.01"):
            return True
    return False
