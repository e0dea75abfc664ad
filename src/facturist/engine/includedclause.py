"""The tax a gross figure holds, printed in brackets after it ("Totaal | €687,44 (incl. €119,31
btw 21%)", "Total 180.00 (including 30.00 VAT)", "Gesamt 119,00 € (inkl. 19,00 € MwSt.)"):
the figure in brackets is the tax, never the total the caption names; the figure before them
is (charges.py reads both per line, totals.py takes the pair)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

# The gross figure before the brackets, for a line whose brackets hold the tax it includes.
INCLUDED_GROSS_KEY = "included_gross"

# The bracket's opening word: "(incl.", "(inkl.", "(including", "(dont", "(davon", "(waarvan",
# "(incluye", "(inclui", "(comprende".
_OPENING = re.compile(
    r"^\((?:incl\.?|inkl\.?|including|inclusief|inklusive|einschl\.?|includes|dont|davon"
    r"|hiervon|waarvan|di cui|of which|incluye|incluido|incluida|inclui|inclusa|inclus|incluse"
    r"|comprende|compresa|compreso)$",
    re.IGNORECASE,
)
_TAX_WORD = re.compile(
    r"^(?:vat|tax|mwst|ust|tva|iva|btw|gst|moms|mva|alv|dph|umsatzsteuer|mehrwertsteuer)\b",
    re.IGNORECASE,
)


class AmountReader(Protocol):
    """What reads an amount among words (amountread.read_amount)."""

    def __call__(self, words: list[Word]) -> Value | None: ...


def included_clause(
    line: Line, order: int, read_amount: AmountReader, tax_key: str
) -> list[Candidate]:
    """The tax in brackets after a gross figure (under `tax_key`) and that gross figure
    (under INCLUDED_GROSS_KEY), both at the same order; none where the line has no such
    brackets."""
    if "(" not in line.text:
        return []  # every opening word (_OPENING) starts with "(", a part of the line's text
    words = line.words
    for index, word in enumerate(words):
        if not _OPENING.match(word.text):
            continue
        inside: list[Word] = []
        for later in words[index + 1 :]:
            inside.append(later)
            if later.text.endswith(")"):
                break
        if not any(_TAX_WORD.match(w.text.strip("().,:")) for w in inside):
            continue
        tax = read_amount([w for w in inside if not w.text.endswith("%)")])
        gross = read_amount(words[:index])
        if tax is None or gross is None:
            continue
        if not (isinstance(tax.value, float) and isinstance(gross.value, float)):
            continue
        if not 0 < tax.value < gross.value:
            continue
        return [
            Candidate(tax_key, tax, 0, order),
            Candidate(INCLUDED_GROSS_KEY, gross, 0, order),
        ]
    return []


def gross_for_bracketed(
    candidates: list[Candidate], pool: list[Candidate], tax_key: str
) -> list[Candidate]:
    """A caption's candidates that read the bracketed tax as their figure ("Totaal | €687,44
    (incl. €119,31 btw)" read as 119,31) take the gross figure before the brackets instead."""
    grosses = {c.order: c.value for c in candidates if c.key == INCLUDED_GROSS_KEY}
    read = {
        c.value.boxes: grosses[c.order]
        for c in candidates
        if c.key == tax_key and c.order in grosses
    }
    return [replace(c, value=read[c.value.boxes]) if c.value.boxes in read else c for c in pool]


def included_taxes(candidates: list[Candidate], total: Value, tax_key: str) -> list[Value]:
    """The taxes the prices include: the one bracketed after the total's own figure first,
    then those captioned on their own ("Including VAT 23% | €45.62"); a tax bracketed after
    another figure (an item's price, a subtotal) is no tax of the total."""
    grosses = {c.order: c.value for c in candidates if c.key == INCLUDED_GROSS_KEY}
    included = [c for c in candidates if c.key == tax_key]
    own = [
        c
        for c in included
        if c.order in grosses and abs(_figure(grosses[c.order]) - _figure(total)) < 0.011
    ]
    return [c.value for c in own + [c for c in included if c.order not in grosses]]


def _figure(value: Value) -> float:
    return float(value.value) if isinstance(value.value, int | float) else 0.0
