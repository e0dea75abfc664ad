"""A row billing a share of a base ("Anzahlung lt. Auftrag | 40 % | 24.860,00 | 9.944,00"
under "Bezeichnung | Anteil | Basis netto | Betrag netto"): advance, partial and instalment
invoices print the percentage billed and the sum it is taken of, between the text and the
amount.

The header names only the text and the amount (its share and base captions the reader does
not know), which alone would not tell an item table from a totals block. The rows prove it:
where a cell right of the text reads a percentage and another a sum whose share is the row's
amount, the row is an item billed as a part of a whole, its amount the share.

Commission statements print the base first and the rate bare under a caption of its own
("Omschrijving | Omzet | % | Bedrag" over "Provisie Q1 | € 86.420,00 | 3,5 | € 3.024,70"):
a bare figure under a caption reading only "%" is the rate, and the base may stand on either
side of it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.parsing import parse_amount
from facturist.engine.workingcolumn import text_amount_rows

# A percentage cell: "40 %", "40%", "33,33 %".
_SHARE = re.compile(r"^(\d{1,3}(?:[.,]\d{1,2})?)\s?%$")
# A bare rate under a "%" caption: "3,5", "12", "4.0".
_BARE_RATE = re.compile(r"^(\d{1,2}(?:[.,]\d{1,2})?)$")
# How far the share of the base may miss the amount: a cent, or half a per mille of it.
_CENT = Decimal("0.011")


def share_rows(found: dict[str, list[Word]], group: list[Line], below: list[Line]) -> bool:
    """Whether a header naming the text and the amount only (`found`, its lines `group`)
    heads rows of text | share % | base | amount, the share of the base the amount (see the
    module's docstring); `below`: the lines under the header."""
    span = _rate_caption(found)
    for line, text_x1, amount_x0 in text_amount_rows(found, group, below, 4):
        amount = _money(line.cells[-1])
        if amount is None or amount == 0:
            continue
        between = [c for c in line.cells[1:-1] if text_x1 < c.x1 and c.x1 < amount_x0 + 20]
        if _share_of_base(between, amount, span):
            return True
    return False


def _rate_caption(found: dict[str, list[Word]]) -> tuple[float, float] | None:
    """The x-span of a rate's caption reading only "%" between the text's and the amount's,
    under which rates stand bare; None where the header has none."""
    caption = found.get("vat_rate", [])
    if (
        len(caption) != 1
        or caption[0].text.strip() != "%"
        or not {"description", "amount"} <= found.keys()
    ):
        return None
    box = caption[0].box
    if not max(w.box.x1 for w in found["description"]) < box.x0 < found["amount"][0].box.x0:
        return None
    return box.x0, box.x1


def _rate(cell: Cell, span: tuple[float, float] | None) -> Decimal | None:
    """The percentage a cell prints: "40 %", or a bare "3,5" under the "%" caption `span`."""
    text = cell.text.strip()
    match = _SHARE.match(text)
    if match is None and span is not None and cell.x0 < span[1] + 4 and cell.x1 > span[0] - 4:
        match = _BARE_RATE.match(text)
    if match is None:
        return None
    rate = parse_amount(match.group(1).replace(",", "."))
    return rate if rate is not None and 0 < rate <= 100 else None


def _share_of_base(
    cells: list[Cell], amount: Decimal, span: tuple[float, float] | None = None
) -> bool:
    """A percentage cell and a money cell beside it (right of it, or either side of a bare
    rate under its "%" caption `span`), the share of which is the amount."""
    for index, cell in enumerate(cells):
        rate = _rate(cell, span)
        if rate is None:
            continue
        bare = _SHARE.match(cell.text.strip()) is None
        for other in cells[:index] + cells[index + 1 :] if bare else cells[index + 1 :]:
            base = _money(other)
            tolerance = max(_CENT, abs(amount) * Decimal("0.0005"))
            if base is not None and abs(abs(base) * rate / 100 - abs(amount)) <= tolerance:
                return True
    return False


def _money(cell: Cell) -> Decimal | None:
    return parse_amount(cell.text)
