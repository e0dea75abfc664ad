"""Brazil's tax totals captioned in a grid and printed zero: no tax.

A Brazilian NF-e's DANFE prints its taxes in a box of captions over figures ("BASE DE CÁLC.
DO ICMS | VALOR DO ICMS | ..." over "0,00 | 0,00 | ...", "VALOR TOTAL DO IPI" over "0,00");
a seller under the Simples Nacional regime charges neither, and prints them zero. Where
every such tax total on the page reads 0, the tax is 0 (a zero tax, as totalgrid's
ZERO_TAX_KEY); one above 0 leaves the tax to the other captions."""

from __future__ import annotations

import re

from facturist.engine.gridbeside import first_row
from facturist.engine.gridfigures import AMOUNT, column_of
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount

# "Valor do ICMS", "Valor total do IPI", "Valor do ICMS Subst.", "V. ICMS": a tax's sum.
_TAX_TOTAL = re.compile(r"^(?:valor|v\.)\s+(?:total\s+)?(?:d[oa]\s+)?(?:icms|ipi)\b", re.IGNORECASE)


def zero_captioned_taxes(lines: list[Line]) -> Value | None:
    """A zero tax where every tax total captioned over a figure reads 0; else None."""
    zeros = []
    for index, line in enumerate(lines):
        taxed = [cell for cell in line.cells if _TAX_TOTAL.match(cell.text.strip())]
        if not taxed or any(ch.isdigit() for ch in line.text):
            continue
        below = first_row(lines, index, line.cells)
        if below is None:
            continue
        for word in below.words:
            if column_of(word, line.cells) not in taxed or not AMOUNT.match(word.text):
                continue
            if parse_amount(word.text) != 0:
                return None
            zeros.append(word)
    if not zeros:
        return None
    return Value(0.0, zeros[0].text, tuple(w.box for w in zeros))
