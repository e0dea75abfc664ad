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
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

# A money figure filling its cell ("611,14", "1 026,00", "-18,80").
_FIGURE = re.compile(r"^[-−]?\d{1,3}(?:[ .,'\u00a0\u202f]?\d{3})*[.,]\d{2}$")
_WORD = re.compile(r"[^\W\d_]{2,}")
# A cell opened by a caption ending in a colon: "Paid:", "Zapłacono:", "Reste dû :".
_COLON_CAPTION = re.compile(r"^[^\W\d_][^\W\d_.\-' ]*(?:\s[^\W\d_]+){0,3}\s?:")
_AMOUNT_KEYS = ("net_amount", "tax_amount", "total_amount", "amount_due")
# A discount's caption, perhaps as a total ("Total Descontos", "Gesamtrabatt", "Totaal
# korting", "Remise totale", "Total descuento", "Sconto totale").
_DISCOUNT = re.compile(
    r"^(?:total(?:e|es)?\s+|totaal\s+|gesamt\s*)?(?:discounts?|rabatte?|remises?|korting(?:en)?"
    r"|descuentos?|descontos?|sconti|sconto|rabaty?)\b",
    re.IGNORECASE,
)


def before_next_caption(
    line: Line, label: list[Word], words: list[Word], below: Line | None = None
) -> list[Word]:
    """The words after a label up to the cell of another amount's or a discount's caption
    that stands between it and the first figure; all of them where none does. `below`: the
    next line, where a figure under the label's cell makes it a grid's column caption."""
    if not label or not words:
        return words
    start = next((i for i, c in enumerate(line.cells) if label[-1] in c.words), None)
    if start is None:
        return words
    heads = _heads_figure(line.cells[start], below, line)
    own = line.cells[start].words
    if any(ch.isdigit() for w in own[own.index(label[-1]) + 1 :] for ch in w.text):
        # The label's own cell holds its figure ("Do zapłaty: 3 745,81 PLN | Zapłacono: 0,00
        # PLN"): a later cell opened by a caption of its own holds that caption's figure.
        if _money_in(own[own.index(label[-1]) + 1 :]):
            # "Den Nachzahlungsbetrag von 337,56 € | ab 15.02.2025 monatlich 112,00 €": the
            # label's figure in its own sentence; a worded cell beside is the next block's
            # sentence (the new instalment plan), its figure none of this label's.
            words = _before_worded_cell(line, start, words)
        return _before_captioned_cell(line, start, words)
    for cell in line.cells[start + 1 :]:
        if any(ch.isdigit() for ch in cell.text):
            return words  # the figure comes first
        # "Code | Taux | Base HT | Montant TVA | Participation aux frais de port | 48,00": a
        # VAT grid beside the totals block shares its rows; the worded caption next to the
        # figure owns it, the grid's caption heads the figure under it.
        if _captions_amount(cell.text.strip()) or (heads and _worded(cell.text)):
            first = cell.words[0].box
            return [w for w in words if w.box.x0 < first.x0 or w.box.page != first.page]
    return words


def _before_captioned_cell(line: Line, start: int, words: list[Word]) -> list[Word]:
    """The words up to the first cell after the label's that opens with a caption: a word
    of letters ending in a colon ("Paid:", "Bezahlt:"), or an amount's caption."""
    for cell in line.cells[start + 1 :]:
        text = cell.text.strip()
        if _COLON_CAPTION.match(text) or _captions_amount(text):
            first = cell.words[0].box
            return [w for w in words if w.box.x0 < first.x0 or w.box.page != first.page]
    return words


def _money_in(words: list[Word]) -> bool:
    """Whether the words hold a money figure ("337,56", "€337.56")."""
    return any(_FIGURE.match(w.text.strip("€$£")) for w in words)


def _before_worded_cell(line: Line, start: int, words: list[Word]) -> list[Word]:
    """The words up to the first later cell of two words or more that holds a figure."""
    for cell in line.cells[start + 1 :]:
        if _worded(cell.text) and any(ch.isdigit() for ch in cell.text):
            first = cell.words[0].box
            return [w for w in words if w.box.x0 < first.x0 or w.box.page != first.page]
    return words


def _heads_figure(cell: Cell, below: Line | None, line: Line) -> bool:
    """Whether the next line, close under it, holds a figure in the cell's column."""
    if below is None or below.page != line.page or below.y0 - line.y1 > 1.5 * line.height:
        return False
    under = [c for c in below.cells if c.x0 < cell.x1 and c.x1 > cell.x0]
    return len(under) == 1 and _FIGURE.match(under[0].text.strip()) is not None


def _worded(text: str) -> bool:
    """Two words or more of letters: a caption, not a currency's code or sign."""
    return len(_WORD.findall(text)) >= 2


def _captions_amount(text: str) -> bool:
    """Whether a cell's text opens with an amount's or a discount's caption."""
    if _DISCOUNT.match(text):
        return True
    for key in _AMOUNT_KEYS:
        match = LABELS_BY_RANK[key].match(text)
        if match is not None and match.end() >= len(text.rstrip(": ")) - 1:
            return True
    return False
