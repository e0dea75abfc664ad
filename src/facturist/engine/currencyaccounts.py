"""Accounts kept per currency: the seller's IBAN for the invoice's own currency.

A seller trading in several currencies lists one account per currency ("EUR payments: IBAN
GB61 ...", "GBP payments: Sort code 20-20-15 | Account 43817265" over "IBAN GB40 ..."); the
invoice is paid into the account of the currency it is billed in. A footer may list them with
no "IBAN" caption at all ("CHF-Konto: CH49 ..." over "EUR-Konto: CH93 ..."): the account read
first is swapped for the one named for the billed currency (billed_account)."""

from __future__ import annotations

import re
from collections.abc import Collection

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parse.currency import CURRENCY_CODES
from facturist.engine.parsing import find_ibans

_ACCOUNT_WORDS = (
    r"payments?|account|acct|konto|zahlungen|compte|paiements?|cuenta|pagos|conto|pagamenti"
    r"|rekening|betalingen"
)
# "EUR payments", "USD account", "EUR-Konto" / "Payments in EUR", "Konto (CHF)", "compte en EUR",
# "Konto EUR", "Compte EUR", "Conto in EUR" (the code upper case and a known one: see _currency_in).
_NAMED = re.compile(
    rf"\b([A-Z]{{3}})[\s\-]*(?:{_ACCOUNT_WORDS})\b"
    rf"|\b(?:{_ACCOUNT_WORDS})\s*(?:in\s+|en\s+|\(|:\s*)?([A-Z]{{3}})\b",
    re.IGNORECASE,
)
_IBAN_WORD = re.compile(r"\bIBAN\b", re.IGNORECASE)


def account_currency(lines: list[Line], index: int, start: int, iban: str = "") -> str | None:
    """The currency an IBAN caption's account is named for: before the caption on its line,
    in the caption itself ("Rachunek walutowy EUR (do zapłaty): PL78 ..."), after the line's
    only account ("IBAN AT92 ..., BIC ... (CNY-Konto)"), or on the line just above when the
    caption starts its line (and that line lists no IBAN)."""
    line = lines[index]
    named = _currency_in(line.text[:start]) or _named_beside(line.text, start, iban)
    if named is not None or line.text[:start].strip() or index == 0:
        return named
    above = lines[index - 1]
    if above.page != line.page or line.y0 - above.y1 > 1.2 * line.height:
        return None
    if _IBAN_WORD.search(above.text):
        return None  # "EUR payments: IBAN ..." over a second "IBAN ...": the first's own
    return _currency_in(above.text)


def _named_beside(text: str, start: int, iban: str) -> str | None:
    """A currency code between the caption and its account, else one an account word names
    after the account where the line prints no other."""
    at = text.find(iban[:4], start) if iban else -1
    if at < 0:
        return None
    for match in _CODE.finditer(text, start, at):
        if match.group() in CURRENCY_CODES:
            return match.group()
    if len(find_ibans(text)) != 1:
        return None
    return _currency_in(text[at + len(iban[:4]) :])


# A code standing alone in a caption: "Rachunek PLN:", "IBAN (EUR):".
_CODE = re.compile(r"(?<![\w-])[A-Z]{3}(?![\w-])")


def _currency_in(text: str, last: bool = False) -> str | None:
    """The first (or the last) currency an account is named for in text."""
    found: str | None = None
    for match in _NAMED.finditer(text):
        code = match.group(1) or match.group(2)
        if code.isupper() and code in CURRENCY_CODES:
            if not last:
                return code
            found = code
    return found


def billed_account(
    lines: list[Line], chosen: Value, currency: str, payers: Collection[object]
) -> Value:
    """The account named for the billed currency where the chosen one, read without a
    caption, is named for another ("CHF-Konto: CH49 ..." / "EUR-Konto: CH93 ..." on an
    invoice in EUR); else the chosen one."""
    named: dict[str, str | None] = {}
    billed: Value | None = None
    for line in lines:
        if not _IBAN_HEAD.search(line.text):
            continue
        for cell in line.cells:
            head = 0
            for iban in find_ibans(cell.text):
                at = cell.text.find(iban[:4], head)
                if at < 0:
                    continue
                code = _currency_in(cell.text[head:at], last=True)
                head = at + 4
                named.setdefault(iban, code)
                if code == currency and billed is None and iban not in payers:
                    billed = Value(iban, cell.text, cell.boxes)
    own = named.get(str(chosen.value))
    if billed is None or own is None or own == currency:
        return chosen
    return billed


# Two letters and two check digits: a line worth reading for an account.
_IBAN_HEAD = re.compile(r"\b[A-Z]{2}\d{2}")


def in_billed_currency(chosen: Candidate, candidates: list[Candidate], currency: str) -> Candidate:
    """The IBAN candidate for the billed currency where the chosen one names another, or
    names none ("Zahlungen in CNY ... auf unser Fremdwährungskonto: ..., IBAN AT92 ..." over
    the footer's house bank on an invoice in CNY)."""
    if chosen.currency == currency:
        return chosen
    same = [c for c in candidates if c.key == chosen.key and c.currency == currency]
    return min(same, key=lambda c: (c.rank, c.order)) if same else chosen
