"""An amount caption's figure on its row: never one past another amount caption's cell.

A label's value is read from the next cells up to one holding a digit (labelvalues.py). When
two blocks share a row, a summary's column heads run into the totals beside it: Portugal's
certified invoices print the VAT summary ("Taxa | Incidência | Valor IVA") left of the totals
("Total Descontos | 60,36 €") on one line, and "Valor IVA" would read the discounts' figure.
The figure belongs to the nearest caption before it: a worded cell between the label and the
figure that is itself an amount's caption (net, tax, total, due) or a discount's ends the
label's reach, and the label looks under or beside itself instead.
"""

from __future__ import annotations

import re

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Word

_AMOUNT_KEYS = ("net_amount", "tax_amount", "total_amount", "amount_due")
# A discount's caption, perhaps as a total ("Total Descontos", "Gesamtrabatt", "Totaal
# korting", "Remise totale", "Total descuento", "Sconto totale").
_DISCOUNT = re.compile(
    r"^(?:total(?:e|es)?\s+|totaal\s+|gesamt\s*)?(?:discounts?|rabatte?|remises?|korting(?:en)?"
    r"|descuentos?|descontos?|sconti|sconto|rabaty?)\b",
    re.IGNORECASE,
)


def before_next_caption(line: Line, label: list[Word], words: list[Word]) -> list[Word]:
    """The words after a label up to the cell of another amount's or a discount's caption
    that stands between it and the first figure; all of them where none does."""
    if not label or not words:
        return words
    start = next((i for i, c in enumerate(line.cells) if label[-1] in c.words), None)
    if start is None:
        return words
    for cell in line.cells[start + 1 :]:
        if any(ch.isdigit() for ch in cell.text):
            return words  # the figure comes first
        if _captions_amount(cell.text.strip()):
            first = cell.words[0].box
            return [w for w in words if w.box.x0 < first.x0 or w.box.page != first.page]
    return words


def _captions_amount(text: str) -> bool:
    """Whether a cell's text opens with an amount's or a discount's caption."""
    if _DISCOUNT.match(text):
        return True
    for key in _AMOUNT_KEYS:
        match = LABELS_BY_RANK[key].match(text)
        if match is not None and match.end() >= len(text.rstrip(": ")) - 1:
            return True
    return False
