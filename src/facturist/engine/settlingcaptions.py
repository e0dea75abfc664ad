"""Captions of the lines that settle a bill's total rather than charge anything.

A till ticket or simplified invoice prints, under its VAT recap ("IVA | Base | Cuota |
Total" over "21% | 26,45 | 5,55 | 32,00"), the total again and how it was paid::

    TOTAL EUR        32,00
    TARJETA          32,00
    Entregado        50,00
    Cambio           18,00

Each such line repeats or settles the recap's gross: none is a charge outside VAT beside
the recap (untaxedrows.py) or a row of the recap itself (totalgrid.py).
"""

from __future__ import annotations

import re

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.partialsumrow import sums_columns

# A tender by card or cash: en, de, fr, es, it, nl, and the card schemes; the cash handed
# over ("Entregado", "Tendered", "Gegeben").
TENDER = re.compile(
    r"\b(?:visa|mastercard|master card|amex|american express|maestro|diners|discover|jcb"
    r"|contactless|debit|credit card|card|cash|eftpos|interac|apple pay|google pay"
    r"|karte|girocard|ec-karte|bar|carte|cb|esp[èe]ces|tarjeta|efectivo|carta|contanti"
    r"|bancomat|pinnen|pin|contant|entregado|tendered|gegeben)\b",
    re.IGNORECASE,
)
# The change given back, or the sum paid: en, de, fr, es, it, pt, nl.
_SETTLED = re.compile(
    r"^\W*(?:change|r[üu]ckgeld|wechselgeld|rendu|monnaie|cambio|vuelto|resto|troco"
    r"|wisselgeld|paid|amount paid|bezahlt|gezahlt|pay[ée]|r[ée]gl[ée]|pagado|pagato|pago"
    # Italy's documento commerciale: "Pagamento contante / elettronico", "Non riscosso".
    r"|pagamento|non riscosso|betaald)\b",
    re.IGNORECASE,
)
# The total repeated under the recap ("TOTAL", "TOTAL EUR", "Total a pagar", "Gesamt").
_TOTAL = re.compile(
    r"^\W*(?:grand\s+)?(?:totals?|totaux|totales|totais|totale|totaal|totalt|gesamt\w*|summe"
    r"|summa|razem|celkem)\b",
    re.IGNORECASE,
)


def settles_total(label: str) -> bool:
    """The row label (the words left of its figures) names the bill's total, an amount due,
    a tender, the change or a payment: the line settles the total, and charges nothing."""
    return bool(
        _TOTAL.match(label)
        or TENDER.search(label)
        or _SETTLED.match(label)
        or LABELS_BY_RANK["amount_due"].search(label)
    )


def opens_with_payment(label: str) -> bool:
    """The row label opens with the change or a payment ("Resto", "Pagamento contante")."""
    return _SETTLED.match(label) is not None


def settles_by_payment(label: str) -> bool:
    """The row label names a tender, the change or a payment (not the total itself)."""
    return bool(TENDER.search(label) or _SETTLED.match(label))


def settles_rows(
    line: Line, left_edge: float, rows: list[dict[str, Value]], row: dict[str, Value]
) -> bool:
    """The line under a recap's `rows`, read as `row`, settles their total instead of
    adding a row: labelled left of `left_edge` with a tender, the change or a payment, or
    with the total when each of its figures repeats the rows' sum in its column; it fills
    fewer columns than the rows above it."""
    if not rows or not all(set(row) < set(above) for above in rows):
        return False
    label = " ".join(word.text for word in line.words if word.box.x1 < left_edge)
    if not label or not settles_total(label):
        return False
    return settles_by_payment(label) or sums_columns(row, rows)
