"""A header captioning only the text and the amount ("Descrizione della prestazione |
Importo €", "Description of services | Amount"), over rows of a sentence-long text and its
figure.

Lawyers, consultants and other professionals bill fees, lump-sum expenses and disbursements
this way: no count, no unit price, no position number. A text and an amount caption alone
would not tell an item table from a totals block; the rows do, once two of them or more print
a text of several words starting under the text's caption (its own left edge) and a money
figure under the amount's, and nothing else. The totals under them start elsewhere ("Totale
compensi | 1.380,00" set right), which ends the rows read; a line of text alone under a row
wraps that item's description.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

# Lines read under the header for its rows.
_ROWS_READ = 12
# How far (points) a row's cell may stand from its caption's edge.
_ALIGNED = 8.0
# How many rows must prove the table; how many words a row's text must hold.
_ROWS = 2
_WORDS = 3


def text_amount_table(found: dict[str, list[Word]], group: list[Line], below: list[Line]) -> bool:
    """Whether a header of the text's and the amount's captions only (`found`, its lines
    `group`) heads rows of text | amount (see the module's docstring); `below`: the lines
    under the header."""
    if set(found) != {"description", "amount"} or len(group) != 1:
        return False
    header = group[0]
    captions = {id(w) for words in found.values() for w in words}
    if any(id(w) not in captions for w in header.words):
        return False  # another caption the reader does not know: not this plain layout
    text_x0 = min(w.box.x0 for w in found["description"])
    amount = (min(w.box.x0 for w in found["amount"]), max(w.box.x1 for w in found["amount"]))
    rows = 0
    wrapped: list[str] = []  # the text's lines over the row's last one
    for line in below[:_ROWS_READ]:
        if line.page != header.page:
            break
        cells = _table_cells(line, text_x0, amount[1])
        if not cells:
            continue  # a line of a sidebar down the page's margin beside the table
        if abs(cells[0].x0 - text_x0) > _ALIGNED:
            break  # the totals block, set elsewhere
        if len(cells) == 1 and not _money(cells[0]):
            wrapped.append(cells[0].text)
            continue  # a wrapped line of the text, its amount on the last
        if len(cells) != 2 or not _under_amount(cells[1], amount):
            break
        text = " ".join([*wrapped, cells[0].text])
        if len(text.split()) < _WORDS or sum(ch.isalpha() for ch in text) < 2 * _WORDS:
            break
        wrapped = []
        rows += 1
    return rows >= _ROWS


def _table_cells(line: Line, text_x0: float, amount_x1: float) -> list[Cell]:
    """The line's cells within the table's span: a sidebar's ("FN 401233w", "IBAN ...") in a
    narrow column down the page's margin, wholly left of the text's caption or right of the
    amount's, belongs to no row."""
    margin = 3 * line.height
    return [c for c in line.cells if c.x1 >= text_x0 - margin and c.x0 <= amount_x1 + margin]


def _money(cell: Cell) -> bool:
    return parse_amount(cell.text.strip(" €$£")) is not None


def _under_amount(cell: Cell, amount: tuple[float, float]) -> bool:
    """A money figure reaching under the amount's caption."""
    if not _money(cell):
        return False
    return min(cell.x1, amount[1] + _ALIGNED) > max(cell.x0, amount[0] - _ALIGNED)


def one_unit_each(items: list[dict[str, Value]]) -> None:
    """Each lump sum is one unit at its amount, as a plain list's items are (itemlist.py)."""
    for item in items:
        amount = item["amount"]
        if "quantity" not in item and "unit_price" not in item:
            item["quantity"] = Value(1.0, "", (), 0.6)
            item["unit_price"] = Value(amount.value, amount.text, amount.boxes, 0.8)
