"""A credit balance left once the advance payments are deducted: what an annual bill settles.

A utility's annual statement prints the year's gross, deducts the monthly advance payments,
then names the remainder: "Nachzahlung" (labels.py's amount due) when the customer owes more,
a credit when they paid too much:

    Rechnungsbetrag brutto              1.880,48
    abzgl. Abschläge 12 × 165,00 €     -1.980,00
    Ihr Guthaben                           99,52 €

The credit is the sum the bill settles, owed to the customer: the amount due, as a positive
figure. The arithmetic marks the rows: the deduction exceeds the gross above it by the credit.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.amountread import read_amount
from facturist.engine.layout import Line
from facturist.engine.model import Value

# The remainder's caption alone in its row's first cell: de "(Ihr) Guthaben", "Gutschrift
# (Restbetrag)", "Restguthaben", en "(Your) credit balance", "Balance in your favour", fr
# "Solde créditeur", "Solde en votre faveur", "(Montant) à rembourser", es "(Saldo / Importe)
# a su favor", it "Saldo a vostro favore", "Saldo a credito", nl "(Uw) tegoed", pt "Saldo a
# seu favor", "Valor a devolver".
_CREDIT = re.compile(
    r"^\W*(?:(?:ihr|your|votre|su|uw)\s+)?(?:guthaben|restguthaben|gutschrift(?:\s+restbetrag)?"
    r"|credit balance|balance in your favou?r|solde cr[ée]diteur|solde en votre faveur"
    r"|(?:montant )?[àa] rembourser|(?:(?:saldo|importe|total)\s+)?a (?:su|vuestro) favor"
    r"|saldo a (?:vostro )?(?:favore|credito)|tegoed|saldo a (?:seu|vosso) favor"
    r"|valor a devolver"
    # nl "Terug te ontvangen", "(Bedrag dat) u terugkrijgt", de "Erstattungsbetrag", en
    # "Refund due (to you)", "Amount to be refunded".
    r"|(?:bedrag\s+)?terug\s+te\s+(?:ontvangen|krijgen)|(?:bedrag\s+dat\s+)?u\s+terugkrijgt"
    r"|erstattungsbetrag|refund(?:\s+due)?(?:\s+to\s+you)?|amount\s+to\s+be\s+refunded)\s*:?$",
    re.IGNORECASE,
)
_CENT = Decimal("0.011")


def credit_remainder(lines: list[Line]) -> Value | None:
    """The credit under a deduction that exceeds the gross above it by that credit, as a
    positive figure; else None."""
    for index in range(2, len(lines)):
        line = lines[index]
        if len(line.cells) < 2 or not _CREDIT.match(line.cells[0].text):
            continue
        credit = captioned_figure(line)
        deduction, gross = captioned_figure(lines[index - 1]), captioned_figure(lines[index - 2])
        if credit is None or deduction is None or gross is None:
            continue
        if lines[index - 2].page != line.page or as_decimal(gross) <= 0:
            continue
        if abs(abs(as_decimal(deduction)) - as_decimal(gross) - abs(as_decimal(credit))) < _CENT:
            amount = float(abs(as_decimal(credit)))
            return Value(amount, credit.text, credit.boxes, credit.confidence)
    return None


def captioned_figure(line: Line) -> Value | None:
    """The amount in the line's last cell, when another cell (its caption) precedes it."""
    if len(line.cells) < 2:
        return None
    value = read_amount(line.cells[-1].words)
    return value if value is not None and isinstance(value.value, float) else None


def as_decimal(value: Value) -> Decimal:
    """The value's figure, exact for sums to the cent."""
    return Decimal(str(value.value))
