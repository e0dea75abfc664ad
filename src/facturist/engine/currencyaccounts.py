"""Accounts kept per currency: the seller's IBAN for the invoice's own currency.

A seller trading in several currencies lists one account per currency ("EUR payments: IBAN
GB61 ...", "GBP payments: Sort code 20-20-15 | Account 43817265" over "IBAN GB40 ..."); the
invoice is paid into the account of the currency it is billed in."""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.parse.currency import CURRENCY_CODES

_ACCOUNT_WORDS = (
    r"payments?|account|acct|konto|zahlungen|compte|paiements?|cuenta|pagos|conto|pagamenti"
    r"|rekening|betalingen"
)
# "EUR payments", "USD account", "EUR-Konto" / "Payments in EUR", "Konto (CHF)", "compte en EUR".
_NAMED = re.compile(
    rf"\b([A-Z]{{3}})[\s\-]*(?:{_ACCOUNT_WORDS})\b"
    rf"|\b(?:{_ACCOUNT_WORDS})\s*(?:in\s+|en\s+|\(|:\s*)([A-Z]{{3}})\b",
    re.IGNORECASE,
)
_IBAN_WORD = re.compile(r"\bIBAN\b", re.IGNORECASE)


def account_currency(lines: list[Line], index: int, start: int) -> str | None:
    """The currency an IBAN caption's account is named for: before the caption on its line,
    or on the line just above when the caption starts its line (and that line lists no IBAN)."""
    line = lines[index]
    named = _currency_in(line.text[:start])
    if named is not None or line.text[:start].strip() or index == 0:
        return named
    above = lines[index - 1]
    if above.page != line.page or line.y0 - above.y1 > 1.2 * line.height:
        return None
    if _IBAN_WORD.search(above.text):
        return None  # "EUR payments: IBAN ..." over a second "IBAN ...": the first's own
    return _currency_in(above.text)


def _currency_in(text: str) -> str | None:
    for match in _NAMED.finditer(text):
        code = match.group(1) or match.group(2)
        if code.isupper() and code in CURRENCY_CODES:
            return code
    return None


def in_billed_currency(chosen: Candidate, candidates: list[Candidate], currency: str) -> Candidate:
    """The IBAN candidate for the billed currency where the chosen one names another."""
    if chosen.currency is None or chosen.currency == currency:
        return chosen
    same = [c for c in candidates if c.key == chosen.key and c.currency == currency]
    return min(same, key=lambda c: (c.rank, c.order)) if same else chosen
