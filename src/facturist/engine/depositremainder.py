"""The remainder left to pay once a deposit is deducted: what a travel agency's or a
contractor's final bill asks for.

    Reisepreis gesamt                     10.072,00
    abzgl. Anzahlung vom 25.01.2024       -2.014,40
    Restzahlung                            8.057,60

The remainder's caption alone in its row ("Restzahlung", "Saldo restante", "Remaining
balance") names the amount due; the arithmetic marks the rows: the sum above, less the
deductions between, is the remainder. (A remainder in the customer's favour is
creditremainder.py's.)"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.creditremainder import as_decimal, captioned_figure
from facturist.engine.layout import Line
from facturist.engine.model import Value

# The remainder's caption: de "Restzahlung", "Restbetrag", "Restsumme", "Restforderung",
# "Verbleibender Betrag"; en "Remaining balance", "Balance remaining", "Amount remaining";
# fr "Solde à payer", "Solde restant", "Reste à payer"; es "Saldo restante", "Saldo
# pendiente", "Importe restante", "Resto a pagar"; it "Saldo residuo", "Importo residuo",
# "Saldo da pagare"; nl "Restbedrag", "Resterend bedrag", "Restant"; pt "Saldo restante",
# "Valor restante", "Valor remanescente". An "Ihr" / "your" before it, a colon or a currency
# after it.
_REMAINDER = re.compile(
    r"^\W*(?:(?:ihre?|your|votre|su|uw)\s+)?(?:rest(?:zahlung|betrag|summe|forderung)"
    r"|verbleibende[rn]?\s+(?:betrag|summe)|remaining\s+(?:balance|amount)"
    r"|(?:balance|amount)\s+remaining|solde\s+(?:[àa]\s+payer|restant)|reste\s+[àa]\s+payer"
    r"|saldo\s+(?:restante|pendiente|residuo|da\s+pagare)|importe\s+(?:restante|pendiente)"
    r"|resto\s+a\s+pagar|importo\s+residuo|restbedrag|resterend\s+bedrag|restant"
    r"|valor\s+(?:restante|remanescente))"
    r"(?:\s+(?:eur|€|chf|usd|\$|£|gbp))?\s*:?$",
    re.IGNORECASE,
)
# How many deduction rows (deposits, instalments) may stand between the sum and the remainder.
_DEDUCTIONS = 3
_CENT = Decimal("0.011")


def deposit_remainder(lines: list[Line]) -> Value | None:
    """The remainder under one to three deductions that leave it from the sum above them;
    else None."""
    for index in range(2, len(lines)):
        line = lines[index]
        if len(line.cells) < 2 or not _REMAINDER.match(line.cells[0].text):
            continue
        remainder = captioned_figure(line)
        if remainder is None or as_decimal(remainder) <= 0:
            continue
        deducted = Decimal(0)
        for above in range(index - 1, max(index - 1 - _DEDUCTIONS, 0), -1):
            deduction, gross = captioned_figure(lines[above]), captioned_figure(lines[above - 1])
            if deduction is None or gross is None or lines[above - 1].page != line.page:
                break
            deducted += abs(as_decimal(deduction))
            if abs(as_decimal(gross) - deducted - as_decimal(remainder)) < _CENT:
                return remainder
    return None
