"""Cash handed over, the change given back, and the total they settle: a till's own sums.

A till prints the amount the customer handed over and the change under its total ("TOTAL
65.100 / TUNAI 100.000 / KEMBALI 34.900"); an invoice never does. When the cash less the
change is an amount printed above them, the page is a till receipt whatever language its
captions are in, and however few of the receipt words (receipt_scan.py) it prints.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.parsing import parse_amount

# Cash handed over: en, ms/id "tunai", de "bar", fr "espèces", es/it/pt/pl.
_TENDERED = re.compile(
    r"^\W*(?:CASH|TENDERED|TUNAI|BAR(?:GELD)?|ESP[ÈE]CES|EFECTIVO|CONTANTI?|DINHEIRO|GOT[ÓO]WKA"
    r"|KONTANT)\b",
    re.IGNORECASE,
)
# The change given back: en, ms "baki", id "kembali(an)", de, fr, es/it, pt, nl, pl, fil.
_CHANGE = re.compile(
    r"^\W*(?:CHANGE|BAKI|KEMBALI(?:AN)?|R[ÜU]CKGELD|WECHSELGELD|RENDU|CAMBIO|VUELTO|RESTO"
    r"|TROCO|WISSELGELD|RESZTA|SUKLI)\b",
    re.IGNORECASE,
)


def paid_with_change(lines: Sequence[Line]) -> bool:
    """A cash line, the change line under it, and above them the total that the cash less
    the change gives."""
    for index, line in enumerate(lines):
        paid = _captioned_amount(line, _TENDERED)
        if paid is None:
            continue
        for below in lines[index + 1 : index + 4]:
            change = _captioned_amount(below, _CHANGE)
            if change is None or not Decimal(0) <= change < paid:
                continue
            settled = paid - change
            if any(_last_amount(above) == settled for above in lines[:index]):
                return True
    return False


def _captioned_amount(line: Line, caption: re.Pattern[str]) -> Decimal | None:
    if len(line.cells) < 2 or not caption.match(line.cells[0].text):
        return None
    return _last_amount(line)


def _last_amount(line: Line) -> Decimal | None:
    if len(line.cells) < 2:
        return None
    return parse_amount(line.cells[-1].text)
