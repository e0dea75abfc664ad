"""Ledger tables: a charges column beside a payments column ("Cargo | Abono", "Debit | Credit",
"Soll | Haben").

Hotel folios and account statements list what was charged and what was paid in one grid,
each posting's figure in one of two columns:

    Fecha     Concepto                  Cant.  Precio   Cargo   Abono
    12/04/24  Desayuno buffet             2     14,50   29,00
    15/04/24  Pago VISA ****4417                               418,80

No caption there says "Amount": the charges column holds the items' amounts, and a row with
its figure under the payments column is money received, no item billed.
"""

from __future__ import annotations

import re

from facturist.engine.amountread import AMOUNT_TOKEN
from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.parse.currency import without_currency

# The charges' caption: es "Cargo(s)", "Debe", pt/es "Débito", fr "Débit", en "Debit(s)",
# "Charges", de "Soll", "Belastung", it "Addebito", "Dare", nl/Nordic "Debet".
_CHARGE = re.compile(
    r"^(?:cargos?|debe|d[ée]bitos?|d[ée]bits?|charges?|soll|belastung(?:en)?|addebit[oi]|dare"
    r"|debet)$",
    re.IGNORECASE,
)
# The payments' caption: es "Abono(s)", "Haber", "Pagos", pt/es "Crédito", fr "Crédit",
# "Paiements", en "Credit(s)", "Payments", de "Haben", "Zahlungen", "Entlastung" (what a
# "Belastung" column is set off against), it "Accredito", "Avere", Nordic "Kredit".
_PAYMENT = re.compile(
    r"^(?:abonos?|haber|pagos?|cr[ée]ditos?|cr[ée]dits?|paiements?|payments?|haben"
    r"|zahlung(?:en)?|gutschrift(?:en)?|entlastung(?:en)?|accredit[oi]|avere|kredit)$",
    re.IGNORECASE,
)
# A currency after the caption ("Charges CHF", "Cargo €").
_CURRENCY_TAIL = re.compile(r"\s*\(?(?:€|\$|£|eur|usd|gbp|chf)\)?$", re.IGNORECASE)


# How far from its caption a figure is still read as that column's (tablecolumns.py).
_NEAR = 60


def charges_caption(text: str) -> bool:
    """Whether a header cell captions a ledger's charges column ("Belastung", "Debit")."""
    return _CHARGE.match(_CURRENCY_TAIL.sub("", text.strip(" .:"))) is not None


def ledger_columns(found: dict[str, list[Word]], group: list[Line]) -> tuple[float, float] | None:
    """With no amount caption read, a charges caption left of a payments caption on one
    header line: the charges head the amounts (set in `found`); returns the payments'
    x-span, or None where the header is no ledger's."""
    if "amount" in found:
        return None
    for member in group:
        charges = [c for c in member.cells if _CHARGE.match(_CURRENCY_TAIL.sub("", c.text))]
        payments = [c for c in member.cells if _PAYMENT.match(_CURRENCY_TAIL.sub("", c.text))]
        if len(charges) == 1 and len(payments) == 1 and charges[0].x1 < payments[0].x0:
            found["amount"] = list(charges[0].words)
            return payments[0].x0, payments[0].x1
    return None


def paid_line(line: Line, payments: tuple[float, float], charges: tuple[float, float]) -> bool:
    """A posting whose figure stands under the payments column, none under the charges'."""
    paid = False
    for word in line.words:
        if not AMOUNT_TOKEN.match(without_currency(word.text.strip("€$£"))):
            continue
        to_payments, to_charges = _distance(word, payments), _distance(word, charges)
        if min(to_payments, to_charges) >= _NEAR:
            continue  # a count, a price, a room number in the text: in no money column
        if to_charges <= to_payments:
            return False
        paid = paid or word.box.x0 > charges[1]
    return paid


def _distance(word: Word, span: tuple[float, float]) -> float:
    center = (word.box.x0 + word.box.x1) / 2
    if span[0] <= center <= span[1]:
        return 0.0
    return min(abs(center - span[0]), abs(center - span[1]), abs(word.box.x1 - span[1]))
