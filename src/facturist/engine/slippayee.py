"""The payee's row of a Nordic giro slip printed at an invoice's foot (Finland's "Tilisiirto /
Girering", Sweden's "Inbetalningskort"): "Saaja / Mottagare" beside the name the money goes
to. The payee is the issuer; Swedish "Mottagare" (recipient) heads a buyer's block elsewhere,
but under a slip's mark it captions the seller's name, never the customer's."""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# What marks a giro slip: fi "Tilisiirto", sv "Girering", "Inbetalningskort", and its rows' own
# captions fi "Saajan tilinumero", "Maksajan nimi", sv "Mottagarens kontonummer", "Betalarens
# namn", no "Betalingsmottaker"'s form "Betalt til konto".
_SLIP_MARK = re.compile(
    r"\b(?:tilisiirto|girering|inbetalningskort|saajan\s+tilinumero|maksajan\s+nimi"
    r"|mottagarens\s+kontonummer|betalarens\s+namn|betalt\s+til\s+konto)\b",
    re.IGNORECASE,
)
# The payee's caption alone in its cell, in one language or two: fi "Saaja", sv "Mottagare",
# no "Betalingsmottaker", "Mottaker", da "Modtager".
_PAYEE_WORD = r"(?:saaja|mottagare|betalingsmottaker|mottaker|modtager)"
_PAYEE = re.compile(rf"^{_PAYEE_WORD}(?:\s*/\s*{_PAYEE_WORD})*\s*:?$", re.IGNORECASE)


def without_slip_payees(lines: list[Line]) -> list[Line]:
    """The lines less a giro slip's payee rows: a payee's caption at or under the slip's
    mark on its page heads the seller's name, no buyer's block."""
    marks = [ln for ln in lines if _SLIP_MARK.search(ln.text)]
    if not marks:
        return lines
    return [
        ln
        for ln in lines
        if not (
            ln.cells
            and _PAYEE.match(ln.cells[0].text.strip())
            and any(m.page == ln.page and m.y0 <= ln.y0 + 1 for m in marks)
        )
    ]
