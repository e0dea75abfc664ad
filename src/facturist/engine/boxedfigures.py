"""Summary boxes: an amount caption set flush left in its box, its figure on the next line set
flush right at the box's edge.

Italian courtesy copies (and many designed layouts) print their totals as a column of boxes::

    Totale imponibile
                 590,90
    Totale IVA
                 106,32

The figure stands further right than a caption's value is looked for below it, often beside
other figures on its line (a VAT breakdown printed to the left of the boxes). Here a specific
caption ending its line takes the lone figure that is the first thing printed under its box.
"""

from __future__ import annotations

from facturist.engine.column_captions import header_words, names_item_columns
from facturist.engine.gridamounts import caption_key
from facturist.engine.gridfigures import AMOUNT
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount

# How far right of its caption's start a box's figure may end (points: a box's width; a
# preprinted form's summary boxes run from the page's middle to its margin, 210 points).
_BOX_WIDTH = 230.0
# How many line heights below its caption a box's figure may stand.
_BOX_REACH = 2.5
# Currency signs printed as words of their own beside a box's figure.
_CURRENCY_SIGNS = {"€", "$", "£", "EUR", "USD", "GBP", "CHF"}
# How far (points) two captions of one column of boxes may start apart.
_FLUSH = 2.0


def boxed_figures(lines: list[Line], index: int) -> list[tuple[str, Value, int]]:
    """The field, figure and caption rank of a summary box whose caption ends lines[index],
    else nothing. Only the most specific captions (rank 0: "Totale imponibile", "Totale IVA",
    "Totale documento") are read so: a generic "Total" may head an item column."""
    line = lines[index]
    if not line.cells:
        return []
    cell = line.cells[-1]
    if any(map(str.isdigit, cell.text)):
        return []
    named = caption_key(cell)
    if named is None or named[1] != 0:
        return []
    # Checked last: reading a line's column captions costs more than the tests above, and
    # only a line ending in a specific caption needs it. A box beside a VAT recap shares
    # the recap's header line ("Cod. | Descrizione | Imponibile | Imposta | Totale
    # imponibile"): it is a box still when the next box's caption stands under it.
    # Beside a VAT recap's captions the label scan reads no value under the box's caption.
    recap = _tax_recap(line)
    if names_item_columns(line) and not _boxes_below(lines, index, cell.x0) and not recap:
        return []
    left = cell.x0 - 4
    for below in lines[index + 1 : index + 4]:
        if below.page != line.page or below.y0 - line.y1 > _BOX_REACH * line.height:
            break
        # The currency set apart before the figure ("€ 690,28") is no figure of its own.
        under = [word for word in below.words if word.box.x1 > left]
        under = [word for word in under if word.text not in _CURRENCY_SIGNS] or under
        if not under:
            continue  # a line beside the boxes ends short of them (a breakdown's header)
        figure = under[0]
        if len(under) != 1 or figure.box.x0 < left or figure.box.x1 - cell.x0 > _BOX_WIDTH:
            return []
        if not AMOUNT.match(figure.text) or (figure.box.x1 <= cell.x1 and not recap):
            return []  # flush left under its caption: read as the caption's value already
        amount = parse_amount(figure.text)
        if amount is None:
            return []
        return [(named[0], Value(float(amount), figure.text, (figure.box,)), named[1])]
    return []


def _boxes_below(lines: list[Line], index: int, left: float) -> bool:
    """A specific caption (rank 0) starting flush with `left` within two lines under the
    figure's line: a column of summary boxes, never an item table's column."""
    line = lines[index]
    for below in lines[index + 2 : index + 5]:
        if below.page != line.page or below.y0 - line.y1 > 2 * _BOX_REACH * line.height:
            return False
        for cell in below.cells:
            named = caption_key(cell) if abs(cell.x0 - left) <= _FLUSH else None
            if named is not None and named[1] == 0:
                return True
    return False


def _tax_recap(line: Line) -> bool:
    """The captions left of the box name a VAT recap's base and tax, no count or price
    ("Imponibile | Aliquota | Imposta | Descrizione"): no item table's header, though its
    "Descrizione" (the rate's) names a text column."""
    if {category for category, _ in header_words(line)} & {"quantity", "unit_price"}:
        return False
    keys = {named[0] for cell in line.cells[:-1] if (named := caption_key(cell)) is not None}
    return {"net_amount", "tax_amount"} <= keys
