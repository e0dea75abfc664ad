"""The account an invoice designates for its own payment outranks the footer's accounts.

ERP printouts list every house bank in the footer, each with its "IBAN" caption, and name the
one to pay this invoice into in a sentence above it: "Compte de règlement à utiliser pour
cette facture : <bank>" over "IBAN FR76 ...", "Cuenta de abono para esta factura: <bank> ES66
...", "Account for payment of this invoice: ...", "Konto für diese Rechnung: ...". The IBAN
after such a sentence, on its line or on one of the two lines below, is the invoice's IBAN;
never a payer's account (a direct debit's).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import find_ibans

_ACCOUNT = (
    r"account|acct|konto|bankverbindung|compte|coordonn[ée]es bancaires|rib|cuenta|conto"
    r"|coordinate bancarie|rekening|bankrekening|conta"
)
_THIS_INVOICE = (
    r"(?:this|cette|esta|questa|diese[rs]?|deze)\s+"
    r"(?:invoice|facture|factura|fattura|rechnung|factuur|fatura)"
)
# The account word, then (within the sentence) this invoice: "Compte de règlement à utiliser
# pour cette facture", "Cuenta de abono para esta factura"; or this invoice, then the account:
# "Pour cette facture, merci d'utiliser le compte", "Please pay this invoice into account".
_DESIGNATES = re.compile(
    rf"\b(?:(?:{_ACCOUNT})\b[^.;:]{{0,50}}?\b{_THIS_INVOICE}"
    rf"|{_THIS_INVOICE}\b[^.;:]{{0,50}}?\b(?:{_ACCOUNT}))\b",
    re.IGNORECASE,
)
# A direct debit's wording: the account named is the payer's, never the payee's.
_DEBIT = re.compile(
    r"\b(?:debit\w*|abgebucht|lastschrift|eingezogen|pr[ée]lev\w*|domicilia\w*|cargo|addebit\w*"
    r"|incass\w*|ge[ïi]ncasseerd)\b",
    re.IGNORECASE,
)
_BELOW = 2  # lines below the sentence that may print its IBAN


def designated_iban(
    lines: list[Line], chosen: Value | None, excluded: Collection[object]
) -> Value | None:
    """The IBAN a sentence designates for this invoice's payment, else the chosen one."""
    for index, line in enumerate(lines):
        match = _DESIGNATES.search(line.text)
        if match is None or _DEBIT.search(line.text):
            continue
        found = [i for i in find_ibans(line.text[match.end() :]) if i not in excluded]
        if found:
            return Value(found[0], line.text, tuple(w.box for w in line.words))
        for below in lines[index + 1 : index + 1 + _BELOW]:
            if below.page != line.page:
                break
            found = [i for i in find_ibans(below.text) if i not in excluded]
            if found:
                return Value(found[0], below.text, tuple(w.box for w in below.words))
    return chosen
