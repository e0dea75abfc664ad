"""A blocked account is never the invoice's IBAN while another account is printed.

Dutch staffing agencies and subcontractors split each payment under the chain liability act
(Wet ketenaansprakelijkheid): the wage tax and social-security part goes to a blocked
"G-rekening" ("geblokkeerde rekening") the supplier cannot freely draw on, the rest to its
bank account. The blocked account often comes first ("Te storten op onze G-rekening NL45 ...
| € 1.364,91" over "Te storten op onze bankrekening NL45 ..."), but the invoice's account of
record, the one its remittance data name, is the other. Printed alone, the blocked account is
still the only account the page gives, and is read."""

from __future__ import annotations

import re
from collections.abc import Collection

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import find_ibans

# "G-rekening", "G-rek.", "geblokkeerde rekening" (the account's legal name).
_BLOCKED = re.compile(r"\bg-?rek(?:ening\b|\.)|\bgeblokkeerde\s+rekening\b", re.IGNORECASE)


def blocked_ibans(lines: list[Line]) -> set[str]:
    """The IBANs the page names as blocked accounts: the first after the blocked word in its
    cell ("G-rekening: NL20 ..."), else the last before it ("NL20 ... (G-rekening)"), else the
    first in the next cell ("G-rekening | NL20 ...")."""
    blocked: set[str] = set()
    for line in lines:
        for position, cell in enumerate(line.cells):
            text = cell.text
            for match in _BLOCKED.finditer(text):
                found = (
                    find_ibans(text[match.end() :])[:1] or find_ibans(text[: match.start()])[-1:]
                )
                if not found and position + 1 < len(line.cells):
                    found = find_ibans(line.cells[position + 1].text)[:1]
                blocked.update(found)
    return blocked


def unblocked_iban(
    chosen: Value | None,
    lines: list[Line],
    candidates: list[Candidate],
    excluded: Collection[object],
) -> Value | None:
    """The chosen IBAN unless the page names it a blocked account and prints another: then
    the best other captioned one, else the first other on the page (none in `excluded`, the
    payer's accounts)."""
    if chosen is None:
        return None
    blocked = blocked_ibans(lines)
    if chosen.value not in blocked:
        return chosen
    others = [
        c
        for c in candidates
        if c.key == "iban" and c.value.value not in blocked and c.value.value not in excluded
    ]
    if others:
        return min(others, key=lambda c: (c.rank, c.order)).value
    for line in lines:
        for iban in find_ibans(line.text):
            if iban not in blocked and iban not in excluded:
                return Value(iban, line.text, tuple(w.box for w in line.words))
    return chosen
