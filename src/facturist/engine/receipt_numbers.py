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
from facturist.engine.receipt_eunumbers import EU_NUMBER, EU_TERMINAL, LICENCE

# Caption, then "No" / "#" / ":" (one of them), then the number with at least one digit.
_NUMBER = re.compile(
    # OCR reads i and l as 1 on thermal print: "Rece1pt", "Bil1".
    # "INV0ICE", "Invbice", "INvDICE", "Bi11#": O read as 0, b or D, L as 1. "CS No": a cash
    # sale's number.
    r"(?<![\w/])(?P<caption>INV(?:[O0BD]ICE)?|REC[E3]?[I1L]PT|RCPT|RESIT|B[I1][L1I][L1I]?|CHECK|"
    r"CHK|DOC(?:UMENT)?|CS|"
    r"SLIP|TRANS(?:ACTION)?|TXN|TRX|"
    # Australian / NZ / British tills: "Sale #100442", "Docket: 55120"; a sale only with a
    # number sign or "No" ("TOTAL SALE: 125.50" is an amount).
    r"SALE(?=\s*(?:#|NO\b))|DOCKET|"
    # A chain store's footer: "S01 C0021 R#:0021-113-58817", the receipt's number after "R#".
    r"R(?=\s*#))"
    # "Bill#: 10088231": a number sign and a colon; faded, the "#" glued to the caption
    # reads as 8 or H ("Bil18: B11-004491", "Chk8 4471").
    # "INVOICE mO:": dot-matrix N read as m.
    r"(?:\s*(?:[NM]O|NUM(?:BER)?)\b\.?\s*[:#]?|\s*(?:#\s*:?|:)|[8H](?=[\s:])\s*:?)\s*"
    # A till's series letter printed one space before the digits ("Receipt: T 020045"),
    # never a currency ("Bill: RM 1250").
    r"(?P<number>(?!RM\s)(?-i:[A-Z]{1,2}) \d{4,10}(?![\w/.,-])"
    r"|[A-Z0-9](?:[A-Z0-9/-]*\d[A-Z0-9/-]*)?)(?![\w/-])",
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


# "0R-2023-045123": a letter prefix ("OR", official receipt) whose O OCR read as a zero.
_ZERO_PREFIX = re.compile(r"^0(?=[A-Z]{1,2}[-/]?\d)")


def mended_prefix(number: str) -> str:
    """The number with a leading zero before its letter prefix read back as an O."""
    return _ZERO_PREFIX.sub("O", number)


# A card terminal's slip printed under the till's receipt: its merchant and terminal ids,
# batch, trace and approval code. Its "INVOICE: 000456" is the terminal's own counter.
_TERMINAL = re.compile(
    r"\b(?:MID|TID|BATCH|TRACE|STAN|RREF|RRN|APPR(?:OVAL)?\s*CODE|AUTH\s*CODE)\b\s*(?:NO\b\.?)?\s*[:#]",
    re.IGNORECASE,
)


def _on_slip(lines: Sequence[Line], order: int) -> bool:
    """Whether line `order` belongs to a card terminal's slip (a terminal caption on it or
    on a line right above or below it)."""
    return any(
        _TERMINAL.search(ln.text) or EU_TERMINAL.search(ln.text)
        for ln in lines[max(0, order - 1) : order + 2]
    )


def slip_number(lines: Sequence[Line], number: Value) -> bool:
    """Whether `number` was read on a card terminal's slip, not on the till's receipt."""
    boxes = set(number.boxes)
    return bool(boxes) and any(
        _on_slip(lines, order)
        for order, line in enumerate(lines)
        if any(word.box in boxes for word in line.words)
    )


def foreign_number(lines: Sequence[Line], number: Value) -> bool:
    """Whether `number` is a card slip's counter or a trader's licence number (read on a
    line with a licence caption), not the receipt's own."""
    boxes = set(number.boxes)
    licensed = bool(boxes) and any(
        LICENCE.search(line.text) and any(word.box in boxes for word in line.words)
        for line in lines
    )
    return licensed or slip_number(lines, number)


def receipt_number(lines: Sequence[Line]) -> Value | None:
    """The number after a receipt / invoice / bill caption, else after a transaction one;
    a card terminal's slip's numbers last."""
    found: list[tuple[int, int, Value]] = []  # (rank, order, value)
    for order, line in enumerate(lines):
        matches = [*_NUMBER.finditer(line.text), *EU_NUMBER.finditer(line.text)]
        for match in matches:  # European captions: receipt_eunumbers.py
            number = match.group("number")
            if not any(ch.isdigit() for ch in number) or len(number) < 3:
                continue
            if find_date(number) is not None or _TIME.match(number):
                continue
            rank = 0 if _TRANSACTION.match(match.group("caption")) else 1
            rank -= 2 if _on_slip(lines, order) else 0
            words = [w for w in line.words if number in w.text] or list(line.words)
            found.append((rank, -order, field_value(mended_prefix(number), words)))
    if not found:
        return serial_number(lines)
    return max(found, key=lambda f: f[:2])[2]


# A bare "No." cell set apart on a line near the form's title: "No. CB 18734" (a letter
# prefix, a space or hyphen, the numbering machine's digits), "No: 004417", "No. :CS-004871".
_SERIAL_CELL = re.compile(
    r"^(?:NO\b|N[º°])\.?\s*[:#]?\s*(?P<number>(?:[A-Z]{1,3}[\s-]?)?\d{4,10})$", re.IGNORECASE
)

_BARE_NO = re.compile(r"^(?:NO|N[º°])\W*$", re.IGNORECASE)


def _cell_serial(lines: Sequence[Line]) -> Value | None:
    """The number of a "No." cell on the title's line or one of the two under it."""
    for order, line in enumerate(lines):
        if not any(_TITLE_LINE.search(ln.text) for ln in lines[max(0, order - 2) : order + 1]):
            continue
        cells = line.cells
        for index, cell in enumerate(cells):
            text, words = cell.text.strip(), list(cell.words)
            if _BARE_NO.match(text) and index + 1 < len(cells):
                # The caption and its number in cells apart: "No." ... "CB 18734".
                text, words = f"{text} {cells[index + 1].text}", words + cells[index + 1].words
            match = _SERIAL_CELL.match(text)
            if match is not None:
                return field_value(match.group("number"), words[1:] or words)
    return None


def serial_number(lines: Sequence[Line]) -> Value | None:
    """A form's serial printed after its title, or alone under it ("No. 004187"), or in a
    "No." cell beside or under the title."""
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
    return _cell_serial(lines)
