"""Pass-through costs after a fee note's taxed total, then the note's total.

A French, Belgian or Swiss lawyer's note charges VAT on the fees only::

    Total honoraires TTC      2 640,00
    Débours                      47,30
    TOTAL DE LA NOTE          2 687,30

The fees with their VAT add up (net + tax = "Total honoraires TTC"), but the note's total is
the sum under the outlays (débours, disbursements, Barauslagen) passed on at cost without
VAT. A labelled total printed below the taxed one, larger by an outlay printed between them,
is the total (totals._labelled_triple); the tax stays the VAT.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

OUTLAY_KEY = "outlay_after_tax"

# The caption of the outlays' sum, opening its line: fr "Débours", "Frais et débours"; de
# "Auslagen", "Barauslagen", "Durchlaufende Posten"; en "Disbursements", "Outlays"; nl
# "Verschotten"; es "Suplidos"; it "Spese anticipate", "Anticipazioni"; pt "Despesas
# reembolsáveis". A bracket or a word saying it bears no VAT may follow.
_OUTLAY = re.compile(
    r"^(?:total\s+(?:des\s+)?|summe\s+|total\s+)?(?:frais\s+et\s+)?"
    r"(?:d[ée]bours|(?:bar)?auslagen|durchlaufende\s+posten|disbursements?|outlays?"
    r"|verschotten|suplidos|spese\s+anticipate|anticipazioni|despesas\s+reembols[áa]veis)\b",
    re.IGNORECASE,
)
OUTLAY_CAPTION = _OUTLAY  # the heading over outlays listed as rows (tableends.py)


def outlay_sums(lines: list[Line], read: Callable[[list[Word]], Value | None]) -> list[Value]:
    """The figures closing lines captioned as outlays ("Débours | 85,56"), each read by `read`
    (an amount reader)."""
    found: list[Value] = []
    for line in lines:
        if not line.cells or not _OUTLAY.match(line.cells[0].text.strip()):
            continue
        value = read(line.words[-2:])
        if value is not None and isinstance(value.value, float) and value.value > 0:
            found.append(value)
    return found


def total_with_outlays(
    candidates: list[Candidate], totals: list[Candidate], taxed: Candidate, keys: tuple[str, ...]
) -> Candidate | None:
    """A labelled total printed below the taxed total `taxed` that exceeds it by an outlay
    (a candidate of one of `keys`) printed between the two; None where there is none."""
    if not taxed.value.boxes or not isinstance(taxed.value.value, float):
        return None
    top = taxed.value.boxes[0]
    outlays = [c.value for c in candidates if c.key in keys and c.value.boxes]
    for later in totals:
        if not (later.rank >= 0 and later.value.text and later.value.boxes):
            continue
        bottom = later.value.boxes[0]
        if (
            bottom.page != top.page
            or bottom.y0 <= top.y0
            or not isinstance(later.value.value, float)
        ):
            continue
        extra = later.value.value - taxed.value.value
        for outlay in outlays:
            box = outlay.boxes[0]
            if (
                box.page == top.page
                and top.y0 < box.y0 < bottom.y0
                and isinstance(outlay.value, float)
                and abs(outlay.value - extra) <= 0.005
            ):
                return later
    return None
