"""A grid of earlier invoices whose gross is deducted below it.

A German instalment invoice (Abschlagsrechnung) prints the work done so far ("Leistungsstand
netto / zzgl. 19 % USt / Leistungsstand brutto"), then the instalments already invoiced as a
small grid ("Rechnung | vom | netto | USt | brutto", one row per earlier invoice), then their
gross deducted ("abzgl. bereits gezahlt (brutto) -32.130,00 €") before the sum to pay. Each
row adds up (net + tax = gross) like a VAT rate's, but the grid's sums are what was invoiced
before: a sum printed negated under the grid marks it, which no VAT breakdown's sum is.
"""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.gridfigures import AMOUNT
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

# How many lines under the grid's captions the deduction may stand.
_REACH = 12
# How many lines under the deduction the balance left may stand.
_SETTLED_REACH = 2


def deducted_below(lines: list[Line], index: int, found: dict[str, Value]) -> bool:
    """The grid's gross (captioned at lines[index]) printed negated on a line below it."""
    total = found.get("total_amount")
    if total is None or not isinstance(total.value, float) or total.value <= 0:
        return False
    negated = -Decimal(str(total.value))
    page = lines[index].page
    for line in lines[index + 1 : index + 1 + _REACH]:
        if line.page != page:
            break
        for word in line.words:
            text = word.text.replace("\u2212", "-")
            if text.startswith("-") and AMOUNT.match(text) and parse_amount(text) == negated:
                return not _settled(lines, lines.index(line))
    return False


def _settled(lines: list[Line], at: int) -> bool:
    """A line right under the deduction closes on nothing left to pay ("Réglé par CB
    -534,45 €" over "Solde à régler 0,00 €"): the grid's gross was this invoice's, paid at
    the desk. What earlier invoices leave is the instalment to pay now, never nothing."""
    for line in lines[at + 1 : at + 1 + _SETTLED_REACH]:
        if line.page != lines[at].page:
            break
        figures = [w for w in line.words if AMOUNT.match(w.text)]
        if figures and figures[-1] is _last_figure(line) and parse_amount(figures[-1].text) == 0:
            return True
    return False


def _last_figure(line: Line) -> Word:
    """The line's last word, past a currency code or symbol after the figure."""
    words = line.words
    if len(words) > 1 and not any(ch.isdigit() for ch in words[-1].text):
        return words[-2]
    return words[-1]
