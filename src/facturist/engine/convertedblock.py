"""A block of the invoice's sums converted into another currency, for information.

An invoice billed in a foreign currency repeats its net, VAT and total in the domestic one
(the VAT acts ask for the VAT at least), in a box of its own under a title naming the
conversion or the rate, beside or under the invoice's own sums::

    Montants de la facture (USD)      | Contre-valeur en euros – à titre indicatif
                                      | Taux BCE du 04/11/2024 : 1 EUR = 1,0881 USD
    Total HT          13 170,00 $     | Total HT               12 103,67 €
    Total TTC à payer 15 804,00 $     | Total TTC              14 524,40 €

    Rekapitulace DPH v Kč (§ 4 odst. 5) | Kurz ČNB ke dni DUZP 15.05.2024: 24,715 CZK/EUR
    Sazba DPH | Základ daně CZK | DPH CZK | Celkem CZK
    21 %      | 114 356,31      | 24 014,82 | 138 371,13

The figures under such a title are no sums of the invoice while the invoice's own are printed
elsewhere. A title beside a box with captions of its own ("Total HT" right under it) bounds
the block to its column, up to the next title on its line; a title over a grid spans the
grid. The block ends at the first wide gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from facturist.engine.candidates import Candidate
from facturist.engine.convertedrecap import states_rate
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box

# A quick test of a line before its cells are looked at: any word a title may hold.
_ANY = re.compile(
    r"kurz|kurs|rate|taux|cambi|curs|[áa]rfolyam|koers|valutakurs|p[řr]epo[čc]|przelicz"
    r"|convert|=|valeur|quivalen|t[áa]j[ée]koztat|indicati|informa|gegenwert",
    re.IGNORECASE,
)
# The sums restated for information: fr "contre-valeur", "à titre indicatif", en "equivalent",
# "for information (only)", hu "tájékoztató", de "Gegenwert", "zur Information", es/it/pt
# "informativo", cs "pro informaci", pl "informacyjnie".
_FOR_INFORMATION = re.compile(
    r"contr[ea][-\s]?val(?:eur|or)|[ée]quivalen(?:t|ts|ce|te)\b"
    r"|(?:à|a)\s+titre\s+(?:indicatif|informatif)|for\s+information|t[áa]j[ée]koztat[óo]|gegenwert|zur\s+information|informativ[oa]?\b"
    r"|pro\s+informaci|informacyjn\w*",
    re.IGNORECASE,
)
_AMOUNT_KEYS = frozenset({"net_amount", "tax_amount", "total_amount", "amount_due"})
_MAX_LINES = 14


@dataclass(frozen=True)
class _Block:
    page: int
    x0: float
    x1: float
    y0: float
    y1: float

    def holds(self, candidate: Candidate) -> bool:
        boxes = candidate.value.boxes
        return bool(boxes) and all(self._inside(b) for b in boxes)

    def _inside(self, box: Box) -> bool:
        return (
            box.page == self.page
            and self.x0 <= box.x0
            and box.x1 <= self.x1
            and self.y0 <= box.y0 < self.y1
        )


def _conversion_title(text: str) -> bool:
    return bool(_FOR_INFORMATION.search(text)) or states_rate(text)


def _block_lines(lines: list[Line], index: int) -> list[Line]:
    """The title's line and those under it up to the first wide gap."""
    block = [lines[index]]
    for line in lines[index + 1 : index + _MAX_LINES]:
        last = block[-1]
        if line.page != last.page or line.y0 - last.y1 > 2 * last.height:
            break
        block.append(line)
    return block


def _figure(cell: Cell) -> bool:
    return any(ch.isdigit() for ch in cell.text)


def _captioned_beside(rows: list[Line], x0: float) -> float | None:
    """Where a row under the title holds a caption starting at the title's left edge and its
    figure in the next cell (a box of captions and figures of its own): the box's right
    edge, the next caption after such a figure (another box's), else no bound; None for no
    such box."""
    right: float | None = None
    for row in rows:
        for at, cell in enumerate(row.cells[:-1]):
            if abs(cell.x0 - x0) > 8 or not cell.text[:1].isalpha():
                continue
            if not _figure(row.cells[at + 1]):
                continue
            beyond = [c.x0 for c in row.cells[at + 2 :] if c.text[:1].isalpha()]
            bound = beyond[0] if beyond else 1e9
            right = bound if right is None else min(right, bound)
    return right


def _block(lines: list[Line], index: int, at: int, cells: list[Cell]) -> _Block:
    """A title beside a box of its own bounds the block to its column; a title over a grid
    spans the grid, no wider than its line (a note left of a VAT grid is no title of it)."""
    line = lines[index]
    rows = _block_lines(lines, index)
    title = cells[at]
    # A grid beside the title that starts above it is no part of the block.
    right = 1e9
    above = lines[index - 1] if index else None
    if above is not None and above.page == line.page and line.y0 - above.y1 <= 2 * line.height:
        right = min((c.x0 for c in above.cells if c.x0 > title.x1), default=right)
    # ... nor are the captions and figures after the title on its line ("1 EUR = 4,33 PLN) |
    # Razem brutto | 369,00 zł": the note's last line beside the invoice's total).
    right = min([c.x0 for c in cells[at + 1 :] if not _conversion_title(c.text)] + [right])
    beside = _captioned_beside(rows[1:], title.x0)
    if beside is None:
        end = max(c.x1 for c in cells[: at + 1])
        reach = min(end + 4 * line.height, right)
        return _Block(line.page, cells[0].x0 - 8, reach - 2, line.y0, rows[-1].y1 + 1)
    return _Block(line.page, title.x0 - 2, min(right, beside) - 2, line.y0, rows[-1].y1 + 1)


def converted_blocks(lines: list[Line]) -> list[_Block]:
    """The blocks under titles that name a conversion into another currency."""
    blocks: list[_Block] = []
    for index, line in enumerate(lines):
        if not _ANY.search(line.text):
            continue
        cells = line.cells
        for at, cell in enumerate(cells):
            if _conversion_title(cell.text):
                blocks.append(_block(lines, index, at, cells))
                break
    return blocks


def outside_converted_blocks(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less the sums read in a converted block, where the invoice's own sums
    are read elsewhere."""
    amounts = [c for c in candidates if c.key in _AMOUNT_KEYS]
    if not amounts:
        return candidates
    blocks = converted_blocks(lines)
    if not blocks:
        return candidates
    inside = {id(c) for c in amounts if any(b.holds(c) for b in blocks)}
    if not inside or len(inside) == len(amounts):
        return candidates
    return [c for c in candidates if id(c) not in inside]
