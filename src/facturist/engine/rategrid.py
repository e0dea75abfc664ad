"""The tax column of a per-rate VAT grid captioned by a bare word right of the rate column.

Spanish invoices print their VAT summary as one row per rate::

    Base imponible | % IVA | Cuota  | Total
          1.909,48 | 10,00 | 190,95 | 2.100,43
          1.120,80 | 21,00 | 235,37 | 1.356,17

The rate column names the tax ("% IVA") but holds no amount; the tax itself stands under a
caption that names no tax on its own ("Cuota", the tax's share; "Quota", "Kwota", "Betrag",
"Importe"). Without that column each row is a base and a gross only, and the grid is not read
at all (its rate figures are then taken for the tax elsewhere). The cell just right of the
rate column, where the grid has a net column and no tax column, is the tax column; the rows'
arithmetic (base + tax = row total, totalgrid) still decides whether the grid is read.
"""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.gridamounts import RATED, without_currency
from facturist.engine.layout import Cell, Line

# A rate column's caption: a percent sign ("% IVA", "MwSt %", "VAT %") or a rate's word
# ("Tipo", "Aliquota", "Stawka", "Satz", "Rate", "Taux", "Tasa").
_RATE = re.compile(
    r"%|\b(?:tipo|aliquota|stawka|satz|steuersatz|rate|taux|tasa|tarief|sazba|sadzba)\b",
    re.IGNORECASE,
)
# A bare amount caption that, right of a rate, is the tax at that rate.
_SHARE = re.compile(
    r"^(?:cuota|quota|kwota|betrag|importe|importo|montant|bedrag|valor|impuesto|imposto"
    r"|podatek|steuer|belopp|bel[øo]b)\.?$",
    re.IGNORECASE,
)


def rate_tax_column(
    cells: list[Cell], ranked: dict[str, tuple[Cell, int]], below: Line | None = None
) -> dict[str, tuple[Cell, int]]:
    """The tax column ("Cuota" right of "% IVA") with its rank, where the grid's captions
    name a net but no tax; else nothing. A rate column captioned by the tax's name alone
    ("IVA | Base imponible | Cuota") shows itself by the rate opening the first row."""
    if "tax_amount" in ranked or "net_amount" not in ranked:
        return {}
    net = ranked["net_amount"][0]
    rated = any(_RATE.search(cell.text) for cell in cells) or (
        below is not None and RATED.fullmatch(below.words[0].text) is not None
    )
    for left, cell in pairwise(cells):
        # A till's "%IVA | BASE | CUOTA": the share right of the base, the rate opening the row.
        after_net = left is net and rated
        if (_RATE.search(left.text) or after_net) and _SHARE.match(without_currency(cell.text)):
            if any(cell is taken for taken, _ in ranked.values()):
                return {}
            return {"tax_amount": (cell, 1)}
    return {}
