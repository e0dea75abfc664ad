"""The receipt's own number where the general reader found none: a short caption and a colon
or number sign ("Inv: 0311-018-7761", "Receipt: 0021-7713-05", "Bill No : 58831",
"RECEIPT #0218-51873", "TRANS:51873"), often on the line with the date and time or centred
in the footer. A receipt or invoice caption beats a till's transaction number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.receipt_dates import field_value, find_date

# Caption, then "No" / "#" / ":" (one of them), then the number with at least one digit.
_NUMBER = re.compile(
    r"(?<![\w/])(?P<caption>INV(?:OICE)?|RECEIPT|RCPT|RESIT|BILL|BIL|CHECK|CHK|DOC(?:UMENT)?|"
    r"SLIP|TRANS(?:ACTION)?|TXN|TRX)"
    r"(?:\s*(?:NO|NUM(?:BER)?)\b\.?\s*[:#]?|\s*[#:])\s*"
    r"(?P<number>[A-Z0-9](?:[A-Z0-9/-]*\d[A-Z0-9/-]*)?)(?![\w/-])",
    re.IGNORECASE,
)
# A till's transaction counter: the receipt's number when nothing better is printed.
_TRANSACTION = re.compile(r"^(?:TRANS(?:ACTION)?|TXN|TRX)$", re.IGNORECASE)
_TIME = re.compile(r"^\d{1,2}:\d{2}")


def receipt_number(lines: Sequence[Line]) -> Value | None:
    """The number after a receipt / invoice / bill caption, else after a transaction one."""
    found: list[tuple[int, int, Value]] = []  # (rank, order, value)
    for order, line in enumerate(lines):
        for match in _NUMBER.finditer(line.text):
            number = match.group("number")
            if not any(ch.isdigit() for ch in number) or len(number) < 3:
                continue
            if find_date(number) is not None or _TIME.match(number):
                continue
            rank = 0 if _TRANSACTION.match(match.group("caption")) else 1
            words = [w for w in line.words if number in w.text] or list(line.words)
            found.append((rank, -order, field_value(number, words)))
    if not found:
        return None
    return max(found, key=lambda f: f[:2])[2]
