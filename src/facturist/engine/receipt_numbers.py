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
    # OCR reads i and l as 1 on thermal print: "Rece1pt", "Bil1".
    # "INV0ICE", "Invbice", "Bi11#": O read as 0 or b, L as 1. "CS No": a cash sale's number.
    r"(?<![\w/])(?P<caption>INV(?:[O0B]ICE)?|REC[E3]?[I1L]PT|RCPT|RESIT|B[I1][L1I][L1I]?|CHECK|"
    r"CHK|DOC(?:UMENT)?|CS|"
    r"SLIP|TRANS(?:ACTION)?|TXN|TRX)"
    # "Bill#: 10088231": a number sign and a colon.
    r"(?:\s*(?:NO|NUM(?:BER)?)\b\.?\s*[:#]?|\s*(?:#\s*:?|:))\s*"
    r"(?P<number>[A-Z0-9](?:[A-Z0-9/-]*\d[A-Z0-9/-]*)?)(?![\w/-])",
    re.IGNORECASE,
)
# A till's transaction counter: the receipt's number when nothing better is printed.
_TRANSACTION = re.compile(r"^(?:TRANS(?:ACTION)?|TXN|TRX)$", re.IGNORECASE)
_TIME = re.compile(r"^\d{1,2}:\d{2}")
# A pre-printed form's serial after its title ("CASH BILL No. 3 4 0 9 6", "CASH SALE Nº 2158",
# "INVOICE No 07741"), or alone at a line's start right under the title ("No. 004187"):
# red numbering-machine digits that OCR often reads spaced apart.
_SERIAL = re.compile(
    r"(?:^|\b(?:BILL|SALES?|INVOICE|RECEIPT|RESIT|INVOIS|TUNAI)\s+)"
    r"(?:NO\b|N[º°o])\.?\s*[:#]?\s*(?P<digits>\d(?:\s?\d){2,9})(?![\d.,/-])",
    re.IGNORECASE,
)
_TITLE_LINE = re.compile(r"\b(?:INVOICE|RECEIPT|CASH\s+(?:BILL|SALES?)|RESIT|INVOIS)\b", re.I)
# Captions of numbers that are not the receipt's: a food order's queue number, a table.
ORDER_CAPTION = re.compile(r"\b(?:ORDER|QUEUE|Q|TABLE|MEJA|PAGER)\b\s*(?:NO\b\.?|#)?\s*:?", re.I)


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
        return serial_number(lines)
    return max(found, key=lambda f: f[:2])[2]


def serial_number(lines: Sequence[Line]) -> Value | None:
    """A form's serial printed after its title, or alone under it ("No. 004187")."""
    for order, line in enumerate(lines):
        match = _SERIAL.search(line.text)
        if match is None:
            continue
        at_start = match.start() == 0 or not line.text[: match.start()].strip()
        if at_start and not (order > 0 and _TITLE_LINE.search(lines[order - 1].text)):
            continue  # "No. 12, Jalan ...": a house number
        digits = re.sub(r"\s", "", match.group("digits"))
        words = [w for w in line.words if w.text[:1].isdigit() or "N" in w.text.upper()]
        return field_value(digits, words or list(line.words))
    return None
