"""Items without a table: a plain list of "name ... amount" lines over the line of their sum.

Letter-style invoices (insurers, associations, landlords) print what they bill as a list::

    Privathaftpflicht                             50,00 €
    Lebensgefährte/in zur Privathaftpflicht        0,00 €
    Gesamtbeitrag                                 50,00 €

No header names the columns, so a list counts only when its amounts, right-aligned in one
column, add up to the amount printed on the line after them; lines of text between them
describe the item above. Each item is one unit at its amount.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

_AMOUNT = re.compile(r"^\(?[-−]?\d{1,3}(?:[.\u00a0 ]?\d{3})*[.,]\d{2}\)?$")
_CURRENCY = re.compile(r"^(?:€\)?|\$|£|EUR|USD|GBP|CHF)$")
# Right edges of one column's amounts agree within this many points.
_ALIGN = 4.0
# Text lines that may stand between an item and the next figure (its details).
_MAX_DETAIL_LINES = 6
# Words of sums also inside compounds ("Positionssumme", "Zwischentotal", "Nettobetrag").
_SUM_WORD = re.compile(r"summe|total|betrag|saldo|übertrag|sum\b|gesamt", re.IGNORECASE)
_AMOUNT_KEYS = ("net_amount", "tax_amount", "total_amount", "amount_due")


def _figure(line: Line) -> tuple[Word, str] | None:
    """The amount ending a line of text, with the text before it."""
    if len(line.cells) < 2:
        return None
    words = list(line.cells[-1].words)
    if len(words) > 1 and _CURRENCY.match(words[-1].text):
        words = words[:-1]
    if len(words) != 1 or not _AMOUNT.match(words[0].text):
        return None
    text = " ".join(cell.text for cell in line.cells[:-1])
    if not any(ch.isalpha() for ch in text):
        return None
    if any(_AMOUNT.match(w.text) for cell in line.cells[:-1] for w in cell.words):
        return None  # several figures in a row: a table's row, not a list's
    return words[0], text


def _amount(word: Word) -> Decimal | None:
    return parse_amount(word.text.strip("()").replace("\u2212", "-"))


def _is_item_text(text: str) -> bool:
    """Item names are no amount captions ("Gesamtbeitrag", "Positionssumme", "Subtotal")."""
    if _SUM_WORD.search(text):
        return False
    return not any(LABELS_BY_RANK[key].search(text) for key in _AMOUNT_KEYS)


def listed_items(lines: list[Line]) -> list[dict[str, Value]]:
    """Items of a header-less list whose amounts add up to the figure on the line below."""
    for start, line in enumerate(lines):
        found = _figure(line)
        if found is None or not _is_item_text(found[1]):
            continue
        items = _list_from(lines, start)
        if items:
            return items
    return []


def _list_from(lines: list[Line], start: int) -> list[dict[str, Value]]:
    first = _figure(lines[start])
    if first is None:
        return []
    edge = first[0].box.x1
    rows: list[tuple[Word, str]] = []
    total = Decimal(0)
    detail_lines = 0
    previous = lines[start]
    for line in lines[start:]:
        if line.page != previous.page or line.y0 - previous.y1 > 2.5 * previous.height:
            return []
        previous = line
        found = _figure(line)
        if found is None or abs(found[0].box.x1 - edge) > _ALIGN:
            detail_lines += 1
            if detail_lines > _MAX_DETAIL_LINES or not rows:
                return []
            continue
        detail_lines = 0
        amount = _amount(found[0])
        if amount is None:
            return []
        caption = not _is_item_text(found[1])
        # The sum line closes the list; a single item needs a caption under it to be sure.
        if rows and amount == total and (caption or len(rows) > 1):
            return [_item(word, text) for word, text in rows]
        if caption:
            return []
        rows.append(found)
        total += amount
    return []


def _item(word: Word, text: str) -> dict[str, Value]:
    amount = float(_amount(word) or 0)
    return {
        "description": Value(text, text),
        "quantity": Value(1.0, "", (), 0.6),
        "unit_price": Value(amount, word.text, (word.box,), 0.8),
        "amount": Value(amount, word.text, (word.box,)),
    }
