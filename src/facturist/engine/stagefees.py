"""An architect's or engineer's fee claim by stages: each row prints the stage's name, its
share of the whole fee, the stage's fee, how far the stage is done and the fee earned so far
("Teilleistung | Anteil | Honorar € | Leistungsstand | kumuliert €", "Stage | RIBA Plan of
Work 2020 | Fee split | Stage fee £ | % complete | Fee to date £", "Omschrijving fase |
aandeel | uitgevoerd | ereloon fase | verschuldigd").

Offices word these captions each their own way, and the reader knows few of them: the stage's
name may stand under "Stage", "Phase" or "Teilleistung", the fee earned under "kumuliert",
"verschuldigd" or "Betrag", left of which stand other figure captions ("Honorar", "erbracht").
Alone they would not tell an item table from a totals block. The rows prove it: right of the
name a percentage and a money cell, the percentage of which is the row's last figure, in a
row done in part (one done in full only repeats its fee). The rightmost caption then heads
the rows' amounts, the fee earned, and the caption over the rows' names their text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import parse_amount
from facturist.engine.progresscolumns import names_progress

# A percentage cell: "45 %", "20%", "70.0 %".
_SHARE = re.compile(r"^(\d{1,3}(?:[.,]\d{1,2})?)\s?%$")
# A row's leading stage number or code ("1", "31", "LPH 3"): no part of its text.
_STAGE_NUMBER = re.compile(r"^[\w.]{0,5}\s?\d{1,3}[.)]?$")
# Lines read under the header for the rows proving it.
_ROWS_READ = 14
_CENT = Decimal("0.011")
# The end of a figure with cents.
_CENTS = re.compile(r"\d[.,]\d\d$")


def stage_fee_rows(found: dict[str, list[Word]], group: list[Line], below: list[Line]) -> bool:
    """Whether the header (`found`: its captions, `group`: its lines) heads stage fee rows
    (see the module's docstring); if so, the rightmost caption becomes the amount's and the
    one over the rows' names the description's. `below`: the lines under the header."""
    if "amount" not in found or found.keys() & {"quantity", "unit_price"}:
        return False
    if "vat_rate" in found and not names_progress(group):
        return False  # "Satz | Netto | USt": a tax summary's rate times its base is its tax
    cells = [cell for member in group for cell in member.cells]
    last = max(cells, key=lambda cell: cell.x1)
    texts: list[Cell] = []
    parted = 0
    for line in below[:_ROWS_READ]:
        if line.page != group[0].page:
            break
        row = _stage_row(line, last)
        if row is None:
            continue
        text, proven = row
        texts.append(text)
        parted += proven
    if len(texts) < 2 or not parted:
        return False
    if "description" not in found:
        caption = _caption_over(cells, texts, last)
        if caption is None:
            return False
        found["description"] = list(caption.words)
    found["amount"] = list(last.words)
    return True


def _stage_row(line: Line, last: Cell) -> tuple[Cell, bool] | None:
    """The row's text cell, and whether the row is done in part by its figures; None for a
    line that is no stage's row (its last figure under the rightmost caption, a percentage
    and a money cell between, the percentage of the money the last figure)."""
    cells = line.cells
    if len(cells) < 4 or cells[-1].x1 < last.x0 or cells[-1].x0 > last.x1 + 6:
        return None
    amount = _money(cells[-1])
    if amount is None:
        return None
    first = 1 if _STAGE_NUMBER.match(cells[0].text) else 0
    text = cells[first]
    if not any(ch.isalpha() for ch in text.text) or _money(text) is not None:
        return None
    between = cells[first + 1 : -1]
    shares = [_share(cell) for cell in between]
    bases = [_money(cell) for cell in between]
    worked = [
        share
        for share in shares
        for base in bases
        if share is not None
        and base is not None
        and abs(base * share / 100 - amount) <= max(_CENT, abs(amount) * Decimal("0.0005"))
    ]
    if not worked:
        return None
    return text, amount != 0 and any(0 < share < 100 for share in worked)


def _caption_over(cells: list[Cell], texts: list[Cell], last: Cell) -> Cell | None:
    """The header cell over the rows' texts: the rightmost starting at or left of them."""
    start = min(cell.x0 for cell in texts)
    over = [cell for cell in cells if cell.x0 <= start + 6 and cell.x1 > start and cell is not last]
    over = over or [cell for cell in cells if cell.x0 <= start + 6 and cell is not last]
    return max(over, key=lambda cell: cell.x0) if over else None


def _share(cell: Cell) -> Decimal | None:
    match = _SHARE.match(cell.text.strip())
    if match is None:
        return None
    share = parse_amount(match.group(1).replace(",", "."))
    return share if share is not None and 0 <= share <= 100 else None


def _money(cell: Cell) -> Decimal | None:
    """A figure with cents ("46.417,05", "€ 4.614,40", "90'988.80"); None for others."""
    text = without_currency(cell.text.replace(" ", "").strip("€$£"))
    if not _CENTS.search(text):
        return None
    return parse_amount(text)
