"""Item tables whose header names no known column, read because their rows add up.

Statements bill without quantity and price: an insurer's premium by risk ("Gefahr |
Versicherungssumme | Beitragssatz ‰ | Nettobeitrag EUR | VersSt EUR | Bruttobeitrag EUR"),
a landlord's costs by kind ("Kostenart | Gesamtkosten € | Verteilerschlüssel | Ihr Anteil
€"), an agent's commission by deal ("Kunde / Geschäft | Bemessungsgrundlage € | Satz |
Provision €"). Their captions name no column the table reader knows, and their rows carry
base amounts and rates beside the amount. The sum row under the table tells which column
holds the items' amounts: the one whose figures add up to the sum row's figure under them::

    Kostenart        Gesamtkosten €  Verteilerschlüssel  Ihr Anteil €
    Grundsteuer            4.218,60  Wohnfläche                168,79
    Müllbeseitigung        3.456,00  Personen                  144,00
                                     Summe Ihrer Kosten        312,79 €

A table counts only under a header of captions (lines without figures, one of them with two
cells or more) and over such a sum row: indented under the names or opening with a sum word.
Where several columns add up (net, tax, gross), the one adding up to the document's net
amount holds the items' amounts, else its total's, else the rightmost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import parse_amount

_MONEY = re.compile(r"^[-−–]?(?:\d{1,3}(?:[.,\u00a0 ]?\d{3})*)[.,]\d{2}$")
_CURRENCY = re.compile(r"^(?:€|\$|£|EUR|USD|GBP|CHF)$")
_SIGN = re.compile(r"^[-−–]$")
# A sum row's caption opens with its sum word ("Summe Jahresbeitrag", "Total", "Gesamt").
_SUM_CAPTION = re.compile(r"^\W*(?:\w*summe|total|gesamt|sum\b|zwischensumme)", re.IGNORECASE)
# Lines of one table lie at most this many line heights apart (rows of a spaced grid).
_ROW_GAP = 3.0
# A name's wrapped line lies closer under its row.
_WRAP_GAP = 1.6
_HEADER_LINES = 3
# A VAT recap's row names its tax code and rate only ("A 19,0%", "B 7 %") beside base, tax
# and gross under "MwSt | Netto | MwSt | Brutto": a summary by rate, no item.
_RATE_NAME = re.compile(r"^(?:[A-Z0-9]\*?\s+)?\d{1,2}(?:[.,]\d{1,3})?\s?%$")
_TOLERANCE = 0.011


@dataclass
class _Figure:
    cell: Cell
    value: float
    word: Word


@dataclass
class _Row:
    name: list[Word]
    figures: list[_Figure]
    line: Line
    wrapped: list[Word] = field(default_factory=list)


def summed_items(lines: list[Line], fields: dict[str, Value]) -> list[dict[str, Value]]:
    """Items of the first captioned table whose rows add up to the sum row under them."""
    targets = [
        float(value.value)
        for key in ("net_amount", "total_amount")
        if (value := fields.get(key)) is not None and isinstance(value.value, int | float)
    ]
    index = 0
    while index < len(lines):
        found = _table_at(lines, index, targets)
        if found:
            return found
        index += 1
    return []


def _figure(cell: Cell) -> _Figure | None:
    """The money figure a cell holds alone ("168,79", "2.506,55 €", "– 2.340,00 €")."""
    words = [w for w in cell.words if not _CURRENCY.match(w.text)]
    sign = 1.0
    if len(words) == 2 and _SIGN.match(words[0].text):
        sign, words = -1.0, words[1:]
    if len(words) != 1:
        return None
    core = without_currency(words[0].text.strip("€$£"))
    if not _MONEY.match(core):
        return None
    amount = parse_amount(core.replace("\u2212", "-").replace("–", "-"))
    if amount is None:
        return None
    return _Figure(cell, sign * float(amount), words[0])


def _figures(line: Line) -> list[_Figure]:
    return [f for cell in line.cells[1:] if (f := _figure(cell)) is not None]


def _header(lines: list[Line], first: int) -> list[Line]:
    """The caption lines right above a table's first row: no figures, few words a cell."""
    group: list[Line] = []
    below = lines[first]
    for line in reversed(lines[max(0, first - _HEADER_LINES) : first]):
        if line.page != below.page or below.y0 - line.y1 > _ROW_GAP * line.height:
            break
        if any(ch.isdigit() for ch in line.text) or any(len(c.words) > 6 for c in line.cells):
            break
        if len(line.cells) < 2 and len(line.words) > 3:
            break
        group.append(line)
        below = line
    return group if any(len(line.cells) >= 2 for line in group) else []


def _table_at(lines: list[Line], first: int, targets: list[float]) -> list[dict[str, Value]]:
    line = lines[first]
    if not line.cells or not any(ch.isalpha() for ch in line.cells[0].text):
        return []
    if not _figures(line):
        return []
    header = _header(lines, first)
    if not header:
        return []
    left = line.cells[0].x0
    first_caption = min((c for h in header for c in h.cells), key=lambda c: c.x0)
    second = min(
        (c for h in header for c in h.cells if c.x0 > first_caption.x1),
        key=lambda c: c.x0,
        default=None,
    )
    name_end = second.x0 if second is not None else float("inf")
    # A right-aligned figure column's caption starts left of its figures, so a long name may
    # reach in under it; never past the caption's end, where the column's figures end.
    name_limit = second.x1 if second is not None else float("inf")
    rows: list[_Row] = []
    previous = line
    for other in lines[first:]:
        if other.page != line.page or other.y0 - previous.y1 > _ROW_GAP * other.height:
            return []
        figures = _figures(other)
        starts_left = abs(other.words[0].box.x0 - left) <= other.height
        if not figures:
            near = other.y0 - previous.y1 <= _WRAP_GAP * other.height
            if not rows or not starts_left or not near or other.cells[0].x1 > name_limit:
                return []
            rows[-1].wrapped.extend(other.cells[0].words)
            previous = other
            continue
        closing = other.words[0].box.x0 > left + 2 * other.height or _SUM_CAPTION.match(
            other.cells[0].text
        )
        if closing:
            return _items(rows, figures, header, targets) if len(rows) >= 2 else []
        if not starts_left or not any(ch.isalpha() for ch in other.cells[0].text):
            return []
        name = [w for c in other.cells if c.x0 < name_end and c.x1 <= name_limit for w in c.words]
        if _RATE_NAME.match(_lead_text(other, figures[0])):
            return []
        if other.cells[0].x1 > name_limit or any(f.cell.x0 < name_end for f in figures):
            return []
        rows.append(_Row(name, figures, other))
        previous = other
    return []


def _lead_text(line: Line, figure: _Figure) -> str:
    """The row's words left of its first figure."""
    return " ".join(w.text for w in line.words if w.box.x1 <= figure.cell.x0)


def _overlaps(a: Cell, b: Cell) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1


def _items(
    rows: list[_Row], sums: list[_Figure], header: list[Line], targets: list[float]
) -> list[dict[str, Value]]:
    """The rows' items, their amounts from the column that adds up to the sum row's figure."""
    columns: list[tuple[_Figure, list[_Figure]]] = []
    for total in sums:
        column = [
            next((f for f in row.figures if _overlaps(f.cell, total.cell)), None) for row in rows
        ]
        figures = [f for f in column if f is not None]
        if len(figures) != len(rows):
            continue
        if abs(sum(f.value for f in figures) - total.value) > _TOLERANCE:
            continue
        if not any(_overlaps(c, total.cell) for h in header for c in h.cells):
            continue  # no caption over the column
        columns.append((total, figures))
    if not columns:
        return []
    chosen = columns[-1]
    for target in targets:
        matching = [c for c in columns if abs(c[0].value - target) <= _TOLERANCE]
        if matching:
            chosen = matching[0]
            break
    items = []
    for row, figure in zip(rows, chosen[1], strict=True):
        named = row.name + row.wrapped
        text = " ".join(w.text for w in named)
        items.append(
            {
                "description": Value(text, text, tuple(w.box for w in named)),
                "amount": Value(figure.value, figure.word.text, (figure.word.box,)),
            }
        )
    return items
