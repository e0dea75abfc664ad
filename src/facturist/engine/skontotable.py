"""Payment terms printed as a small table of cash-discount tiers.

A German ERP print (and French, Dutch, English ones alike) may set its terms as a grid::

    zahlbar bis   Skonto %   Skontobetrag   Zahlbetrag EUR
    24.04.24          2,00          55,75         2.731,97
    14.05.24         netto                        2.787,72

Each row is a day to pay by and what to pay then. The discounted rows are offers: the row
marked net ("netto", "ohne Abzug", "net") is the full amount and its date the due date, though
read caption by caption the "Zahlbetrag" over the first row would pass for the amount due and
no date would be due at all (a date under "zahlbar bis" has no caption beside it).
"""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.dateread import read_date
from facturist.engine.gridfigures import AMOUNT
from facturist.engine.layout import Line
from facturist.engine.model import Box, Value, Word
from facturist.engine.parsing import parse_amount

# The first column: the day to pay by ("zahlbar bis", "Zahlungsziel", "fällig am", "Datum",
# "payable by", "due date", "échéance", "uiterlijk").
_DATE_CAPTION = re.compile(
    r"^\W*(?:zahlbar\s+bis|zahlung\s+bis|bis|f[äa]llig(?:\s+am)?|zahlungsziel|datum|termin"
    r"|pay(?:able)?\s+by|due(?:\s+date)?|date|[ée]ch[ée]ance|payable\s+(?:avant\s+)?le"
    r"|uiterlijk|betalen\s+voor)\b",
    re.IGNORECASE,
)
# A column naming the discount ("Skonto %", "Skontobetrag", "Discount", "Escompte").
_DISCOUNT_CAPTION = re.compile(
    r"skonto|discount|escompte|sconto|descuento|korting|rabatt", re.IGNORECASE
)
# The last column: what to pay ("Zahlbetrag EUR", "zu zahlen", "Betrag", "Amount payable").
_PAYABLE_CAPTION = re.compile(
    r"zahlbetrag|zu\s+zahlen|betrag|amount|montant|payable|importe|importo|bedrag|to\s+pay",
    re.IGNORECASE,
)
# The row without a discount: "netto", "rein netto", "ohne Abzug", "net", "sans escompte".
_NET_ROW = re.compile(
    r"\b(?:netto|net|ohne\s+abzug|sans\s+escompte|no\s+discount|zonder\s+korting)\b",
    re.IGNORECASE,
)
# How many tier rows may stand under the captions.
_ROWS = 4
_RANK = 0


def with_discount_table(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a discount table's net row as the amount due and the due date,
    and any amount due or due date read from its discounted rows dropped."""
    for index, line in enumerate(lines):
        if not _captions(line):
            continue
        rows = _rows(lines, index)
        net = [row for row in rows if _NET_ROW.search(row.text)]
        if len(net) != 1 or len(rows) < 2:
            continue
        date, payable = _tier(net[0])
        if date is None or payable is None:
            continue
        offered: set[Box] = {w.box for row in rows if row is not net[0] for w in row.words}
        kept = [
            c
            for c in candidates
            if not (
                c.key in ("amount_due", "due_date")
                and c.value.boxes
                and c.value.boxes[0] in offered
            )
        ]
        order = max((c.order for c in candidates), default=0) + 1
        kept.append(Candidate("due_date", date, _RANK, order))
        kept.append(Candidate("amount_due", payable, _RANK, order))
        return kept
    return candidates


def _captions(line: Line) -> bool:
    """A line of the table's captions: a date first, a discount, a payable last."""
    cells = line.cells
    if len(cells) < 3 or any(AMOUNT.match(w.text) for w in line.words):
        return False
    return (
        _DATE_CAPTION.match(cells[0].text) is not None
        and any(_DISCOUNT_CAPTION.search(cell.text) for cell in cells[1:-1])
        and _PAYABLE_CAPTION.search(cells[-1].text) is not None
    )


def _rows(lines: list[Line], index: int) -> list[Line]:
    """The lines right under the captions that open with a date and end on a figure."""
    rows: list[Line] = []
    last = lines[index]
    for line in lines[index + 1 : index + 1 + _ROWS]:
        if line.page != last.page or line.y0 - last.y1 > 2 * last.height:
            break
        date, payable = _tier(line)
        if date is None or payable is None:
            break
        rows.append(line)
        last = line
    return rows


def _tier(line: Line) -> tuple[Value | None, Value | None]:
    """The row's date (its first word) and the figure ending it."""
    date = read_date(line.words[:3])
    if date is None or date.boxes[0] != line.words[0].box:
        return None, None
    figure = _last_figure(line.words)
    if figure is None:
        return date, None
    amount = parse_amount(figure.text)
    if amount is None or amount <= 0:
        return date, None
    return date, Value(float(amount), figure.text, (figure.box,))


def _last_figure(words: list[Word]) -> Word | None:
    """The row's last word, past a currency after it, when it is a figure."""
    if len(words) > 2 and not any(ch.isdigit() for ch in words[-1].text):
        words = words[:-1]
    return words[-1] if len(words) > 1 and AMOUNT.match(words[-1].text) else None
