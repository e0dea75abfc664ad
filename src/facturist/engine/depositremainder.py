"""The remainder left to pay once a deposit is deducted: what a travel agency's or a
contractor's final bill asks for.

    Reisepreis gesamt                     10.072,00
    abzgl. Anzahlung vom 25.01.2024       -2.014,40
    Restzahlung                            8.057,60

The remainder's caption alone in its row ("Restzahlung", "Saldo restante", "Remaining
balance") names the amount due; the arithmetic marks the rows: the sum above, less the
deductions between, is the remainder. (A remainder in the customer's favour is
creditremainder.py's.)

A rounding to the coin may follow the remainder ("Restbetrag 4'474.68 / Rundungsdifferenz
0.02 / Zahlbetrag CHF 4'474.70"): the rounded figure under it is what is to pay."""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.creditremainder import as_decimal, captioned_figure
from facturist.engine.laterpayment import payable_later
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.retainedbelow import retained_below

# The remainder's caption: de "Restzahlung", "Restbetrag", "Restsumme", "Restforderung",
# "Verbleibender Betrag"; en "Remaining balance", "Balance remaining", "Amount remaining";
# fr "Solde à payer", "Solde restant", "Reste à payer"; es "Saldo restante", "Saldo
# pendiente", "Importe restante", "Resto a pagar"; it "Saldo residuo", "Importo residuo",
# "Saldo da pagare", "Saldo da versare", "Saldo a vostro debito / carico", "Importo da
# saldare"; fr "Solde en votre défaveur"; nl "Restbedrag", "Resterend bedrag", "Restant"; pt
# "Saldo restante", "Valor restante", "Valor remanescente". An "Ihr" / "your" before it, a
# colon or a currency after it.
_REMAINDER_WORDS = (
    r"^\W*(?:(?:ihre?|your|votre|su|uw)\s+)?(?:rest(?:zahlung|betrag|summe|forderung)"
    r"|verbleibende[rn]?\s+(?:betrag|summe)|remaining\s+(?:balance|amount)"
    r"|(?:balance|amount)\s+remaining|solde\s+(?:[àa]\s+payer|restant)|reste\s+[àa]\s+payer"
    r"|saldo\s+(?:restante|pendiente|residuo|da\s+(?:pagare|versare|saldare))|importe\s+(?:restante|pendiente)"
    r"|saldo\s+a\s+(?:vs\.?|vostro|suo)\s+(?:debito|carico)|importo\s+da\s+saldare"
    r"|solde\s+en\s+votre\s+d[ée]faveur"
    r"|resto\s+a\s+pagar|importo\s+residuo|restbedrag|resterend\s+bedrag|restant"
    r"|valor\s+(?:restante|remanescente))"
)
_REMAINDER = re.compile(
    _REMAINDER_WORDS + r"(?:\s+(?:eur|€|chf|usd|\$|£|gbp))?\s*:?$", re.IGNORECASE
)
# The caption with the event it is paid at after it ("Restbetrag bei Übergabe", "Saldo
# alla consegna"): this bill's remainder only under a deposit already deducted (printed less,
# or captioned so), not a deposit invoice's "Anzahlung 30 %" over what stays for later.
_REMAINDER_HEAD = re.compile(_REMAINDER_WORDS, re.IGNORECASE)
_DEDUCTED = re.compile(
    r"^\W*(?:abzgl\.|(?:abz[üu]glich|less|minus|moins|d[ée]duction|menos|meno|dedotto|min)\b)",
    re.IGNORECASE,
)
# How many deduction rows (deposits, instalments) may stand between the sum and the remainder.
_DEDUCTIONS = 3
_CENT = Decimal("0.011")
# The most a rounding to the coin moves a sum (Swiss 5 Rappen, others to the whole unit).
_COIN = Decimal("0.5")


def deposit_remainder(lines: list[Line]) -> Value | None:
    """The remainder under one to three deductions that leave it from the sum above them;
    else None."""
    for index in range(2, len(lines)):
        line = lines[index]
        if len(line.cells) < 2:
            continue
        later = False
        if not _REMAINDER.match(line.cells[0].text):
            head = _REMAINDER_HEAD.match(line.cells[0].text)
            later = head is not None and payable_later(line.cells[0].text[head.end() :])
            if not later:
                continue
        remainder = captioned_figure(line)
        if remainder is None or as_decimal(remainder) <= 0:
            continue
        deducted = Decimal(0)
        for above in range(index - 1, max(index - 1 - _DEDUCTIONS, 0), -1):
            deduction, gross = captioned_figure(lines[above]), captioned_figure(lines[above - 1])
            if deduction is None or gross is None or lines[above - 1].page != line.page:
                break
            if later and not (
                as_decimal(deduction) < 0 or _DEDUCTED.match(lines[above].cells[0].text)
            ):
                break  # a deposit asked for, the remainder left for the later event
            deducted += abs(as_decimal(deduction))
            if abs(as_decimal(gross) - deducted - as_decimal(remainder)) < _CENT:
                # "abzgl. Sicherheitseinbehalt" / "Auszahlungsbetrag" (retainedbelow.py)
                retained = retained_below(lines, index, remainder)
                return retained or _rounded_below(lines, index, remainder)
    return None


def _rounded_below(lines: list[Line], index: int, remainder: Value) -> Value:
    """The figure two rows under the remainder when the row between is a rounding that
    leaves it ("Rundungsdifferenz 0.02" / "Zahlbetrag CHF 4'474.70"); else the remainder."""
    if index + 2 >= len(lines) or lines[index + 2].page != lines[index].page:
        return remainder
    step, rounded = captioned_figure(lines[index + 1]), captioned_figure(lines[index + 2])
    if step is None or rounded is None:
        return remainder
    moved = as_decimal(step)
    if not 0 < abs(moved) <= _COIN:
        return remainder
    left = as_decimal(remainder)
    # Signed as printed, or unsigned for a rounding down ("Rundung 0.03" under 4'474.73).
    if any(abs(left + change - as_decimal(rounded)) < _CENT for change in (moved, -moved)):
        return rounded
    return remainder
