"""Discounts and charges printed between the subtotal and the total ("Discount (SPRING10)
-11.20", "Shipping 8.95", "Versandkosten 4,90"): the tax base is the subtotal plus these."""

from __future__ import annotations

import re
from typing import Protocol

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

ADJUSTMENT_KEY = "adjustment"

_DISCOUNT = re.compile(
    # Plurals too: a totals block sums its discounts ("Descontos 9,25", "Discounts -5.00").
    r"^(?:discounts?|rebates?|rabatte?|nachl[äa]sse|nachlass|remises?|r[ée]ductions?"
    r"|descuentos?|sconti|sconto|korting(?:en)?|rabaty?|descontos?|promo(?:tion)?s?|coupons?"
    r"|vouchers?)\b",
    re.IGNORECASE,
)
_CHARGE = re.compile(
    r"^(?:shipping|freight|delivery|handling|postage|carriage|versand(?:kosten)?|fracht"
    r"|porto|verpackung|frais de (?:port|livraison|transport)|livraison|env[ií]o|gastos de env[ií]o"
    r"|portes|spedizione|spese di (?:spedizione|trasporto)|trasporto|verzend(?:kosten|ing)"
    r"|wysy[łl]ka|koszty? (?:wysy[łl]ki|transportu)|surcharge|zuschlag)\b",
    re.IGNORECASE,
)


class AmountReader(Protocol):
    """What reads the last amount among words (fields.read_amount)."""

    def __call__(self, words: list[Word]) -> Value | None: ...


def adjustment_candidates(line: Line, order: int, read_amount: AmountReader) -> list[Candidate]:
    """A discount (negative) or a charge (positive) captioned at the start of a cell."""
    found: list[Candidate] = []
    for position, cell in enumerate(line.cells):
        text = cell.text.strip()
        discount = _DISCOUNT.match(text)
        if not discount and not _CHARGE.match(text):
            continue
        words = [w for c in line.cells[position:] for w in c.words]
        value = read_amount(words)
        if value is None or not isinstance(value.value, float):
            continue
        signed = -abs(value.value) if discount else value.value
        found.append(Candidate(ADJUSTMENT_KEY, Value(signed, value.text, value.boxes), 0, order))
        break
    return found
