"""A grid of earlier invoices whose gross is deducted below it.

A German instalment invoice (Abschlagsrechnung) prints the work done so far ("Leistungsstand
netto / zzgl. 19 % USt / Leistungsstand brutto"), then the instalments already invoiced as a
small grid ("Rechnung | vom | netto | USt | brutto", one row per earlier invoice), then their
gross deducted ("abzgl. bereits gezahlt (brutto) -32.130,00 €") before the sum to pay. Each
row adds up (net + tax = gross) like a VAT rate's, but the grid's sums are what was invoiced
before: a sum printed negated under the grid marks it, which no VAT breakdown's sum is.

A final invoice (Schlussrechnung) may print the grid unsigned, after its own gross: a title
over the captions names the deduction ("Abzüglich bereits gestellter Abschlagsrechnungen",
"abzgl. geleisteter Anzahlungen", "Less advance invoices"), or the gross printed above less
the grid's gross is the figure printed below it ("Offener Rechnungsbetrag 3.224,90 €").
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.gridfigures import AMOUNT
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

# How many lines under the grid's captions the deduction may stand.
_REACH = 12
# How many lines under the deduction the balance left may stand.
_SETTLED_REACH = 2
# How many lines over the grid's captions its title, or the gross it is deducted from, may
# stand.
_TITLE_REACH = 2
_GROSS_REACH = 6
_CENT = Decimal("0.011")
# A title naming earlier invoices or payments deducted: de "Abzüglich ...", "abzgl.", "abz.",
# "Abzug"; en "Less", "Minus", "Deduct(ed)"; fr "Déduction", "À déduire", "Moins"; over
# "Abschlag(srechnungen)", "Anzahlung(en)", "Vorauszahlung", "Teilrechnung", "Akonto",
# "advance", "deposit", "instalment", "progress", "interim", "acompte(s)".
_DEDUCTION_TITLE = re.compile(
    r"^\W*(?:abz(?:[üu]glich|gl?\.?|ug)|less|minus|deduct(?:ed|ing)?|d[ée]duction|[àa] d[ée]duire"
    r"|moins)\b.*(?:abschlag|anzahlung|vorauszahlung|teil(?:schluss)?rechnung|akonto|a[\s-]?conto"
    r"|advance|deposit|instal+ment|progress|interim|acompte)",
    re.IGNORECASE,
)


def deducted_below(lines: list[Line], index: int, found: dict[str, Value]) -> bool:
    """The grid (captioned at lines[index]) is deducted: its gross printed negated on a line
    below it, a deduction's title over it, or the gross above less its gross printed below."""
    return (
        _negated_below(lines, index, found)
        or _titled(lines, index)
        or _left_below(lines, index, found)
    )


def _titled(lines: list[Line], index: int) -> bool:
    """A line right over the captions names a deduction of earlier invoices or payments."""
    page = lines[index].page
    for line in lines[max(index - _TITLE_REACH, 0) : index]:
        if line.page == page and _DEDUCTION_TITLE.match(line.text):
            return True
    return False


def _left_below(lines: list[Line], index: int, found: dict[str, Value]) -> bool:
    """A line's last figure over the grid less the grid's gross is a figure under the grid:
    the invoice's gross, the earlier invoices deducted and what is left to pay."""
    total = found.get("total_amount")
    if total is None or not isinstance(total.value, float) or total.value <= 0:
        return False
    gross = Decimal(str(total.value))
    page = lines[index].page
    above = [
        figure
        for line in lines[max(index - _GROSS_REACH, 0) : index]
        if line.page == page and (figure := _line_figure(line)) is not None and figure > gross
    ]
    if not above:
        return False
    # The remainder's line names what is to pay: a hotel's "VAT included" grid sums short of
    # the total above it by a levy outside VAT printed below ("City Tax ... 12.60"), and that
    # levy is no balance.
    below = [
        figure
        for line in lines[index + 1 : index + 1 + _REACH]
        if line.page == page
        and LABELS_BY_RANK["amount_due"].search(line.text)
        and (figure := _line_figure(line)) is not None
    ]
    return any(abs(sum_ - gross - left) < _CENT for sum_ in above for left in below)


def _line_figure(line: Line) -> Decimal | None:
    """The figure ending the line (past a currency after it), else None."""
    last = _last_figure(line)
    if not AMOUNT.match(last.text):
        return None
    return parse_amount(last.text)


def _negated_below(lines: list[Line], index: int, found: dict[str, Value]) -> bool:
    """The grid's gross printed negated on a line below it."""
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
