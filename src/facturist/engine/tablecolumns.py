"""One line of an item table read into its description and its figures, each figure under the
column whose caption it stands nearest: crowded, grouped and unlabelled figures included."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from facturist.engine.amountread import AMOUNT_TOKEN
from facturist.engine.crowdedproduct import settle_by_product
from facturist.engine.discountedrows import count_and_price, discount_factor
from facturist.engine.durations import billed_duration, duration_count, is_duration
from facturist.engine.faramount import far_amount
from facturist.engine.fineprices import fine_price
from facturist.engine.flushcounts import under_flush_count
from facturist.engine.gluedfigures import unglued_figures
from facturist.engine.hundredunits import hundred_unit_count
from facturist.engine.layout import Line, joined_word
from facturist.engine.measuredcounts import counted_cells
from facturist.engine.model import Box, Value, Word
from facturist.engine.namesoverfigures import name_line
from facturist.engine.netcolumn import net_without_count
from facturist.engine.parse.amounts import current_decimal_mark, format_decimal_hint
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import parse_amount
from facturist.engine.placeholdercells import placeholder_cells
from facturist.engine.postingdates import without_posting_date
from facturist.engine.pricecellcounts import price_cell_count
from facturist.engine.pricedivisor import without_price_divisor
from facturist.engine.priceunitbase import row_base
from facturist.engine.printedbases import consistent_price as _consistent_price
from facturist.engine.printedbases import price_as_discount as _price_as_discount
from facturist.engine.printedbases import printed_base as _printed_base
from facturist.engine.runonnames import run_on_name
from facturist.engine.tableheader import Columns
from facturist.engine.tablerows import (
    GLUED_COUNT,
    net_of_gross,
    opens_description,
    percent_column,
    under_code,
)
from facturist.engine.tablesections import RowReader
from facturist.engine.tablewraps import without_flag
from facturist.engine.weighedcounts import weighed_count

_NUMERIC_COLUMNS = ("quantity", "unit_price", "amount", "vat_rate", "discount")


_MONEY_COLUMNS = ("unit_price", "amount")


# Columns a figure crowded out of its nearest one may move to (`_shift_crowded`).
_SHIFTABLE = ("quantity", "unit_price", "amount")


_CENTS = re.compile(r"\d([.,])\d{2}(?!\d)")


# "1.850,00", "12,905.68": a grouped amount with cents, its last mark the decimal one.
_GROUPED_CENTS = re.compile(r"(?<![\d.,])\d{1,3}(?:(?:\.\d{3})+,|(?:,\d{3})+\.)\d{2}(?![\d.,])")


# "1" "170,00": a thousands group's head and tail (three digits and the cents).
_GROUP_HEAD = re.compile(r"^[-−]?\d{1,3}$")


_GROUP_TAIL = re.compile(r"^\d{3}[.,]\d{2}$")


_PER_UNIT = re.compile(r"(?<=\d)\s?/\s?[^\W\d_]{1,8}\.?$")


# A price quoted per one, 10, 100 or 1000 units (German "PE", price unit): the amount is the
# quantity times the price divided by it.
_PRICE_BASES = (1, 10, 100, 1000)


# A count with its times sign after or before it: "1x", "2 ×" read as one word, "x3".
_TIMES_COUNT = re.compile(r"^(\d{1,4}(?:[.,]\d{1,3})?)\s?[x×]$|^[x×]\s?(\d{1,4})$")


_WHOLE_DASH = re.compile(r"^(-?\d{1,3}(?:\.\d{3})*|-?\d+)([.,])-{1,2}$")
# A minus sign printed as a word of its own: hyphen, minus, en dash.
_MINUS_WORD = re.compile(r"^[-\u2212\u2013]$")
_CURRENCY_FIGURE = re.compile(r"^[€$£]\d")
CURRENCY_WORD = re.compile(r"^(?:€|\$|£|eur|usd|gbp|chf|rm)$", re.IGNORECASE)


def _nearest_column(word: Word, columns: Columns, names: tuple[str, ...]) -> str | None:
    best, distance = None, 1e9
    for name in names:
        span = columns.centers.get(name)
        if span is None:
            continue
        gap = _distance(word.box, span)
        if gap < distance:
            best, distance = name, gap
    return best if distance < 60 else None


def _distance(box: Box, span: tuple[float, float]) -> float:
    """How far a figure stands from a caption: numbers sit under their header, usually
    right-aligned, so both edges count."""
    center = (box.x0 + box.x1) / 2
    if span[0] - 10 <= center <= span[1] + 10:
        return 0.0
    return min(abs(center - span[0]), abs(center - span[1]), abs(box.x1 - span[1]))


def _in_description(word: Word, columns: Columns) -> bool:
    """A word under the description header, or text reaching well into its column.

    Descriptions are left-aligned and may start left of their header ("Verbundene" under
    "Pos Art-Nr | Beschreibung"): a word with letters, most of it inside, belongs there.
    """
    left, right = columns.description
    center = (word.box.x0 + word.box.x1) / 2
    if under_flush_count(word, columns):
        return False  # "6 Tom Ahrens: ..." under "Menge Titel": the count (flushcounts.py)
    if left <= center <= right:
        # A bare figure reaching past the column's right edge ("10.000 ST" right-aligned
        # under "Menge"): left-aligned text wraps before the edge, a count does not.
        return word.box.x1 <= right + 1 or any(ch.isalpha() for ch in word.text)
    inside = min(word.box.x1, right) - max(word.box.x0, left)
    width = max(word.box.x1 - word.box.x0, 0.1)
    return inside >= 0.4 * width and any(ch.isalpha() for ch in word.text)


def _decimal_mark(line: Line) -> str | None:
    """The row's decimal mark, from its figures with cents: "5,000 kg  5,50  27,50" reads 5."""
    marks = {m.group(1) for w in line.words for m in [_CENTS.search(w.text)] if m}
    return marks.pop() if len(marks) == 1 else None


def document_decimal_mark(lines: list[Line]) -> str | None:
    """The decimal mark the document's amounts use: grouped amounts with cents ("1.850,00",
    "1,850.00") prove it; without any, the marks of its other figures vote."""
    votes = {",": 0, ".": 0}
    for line in lines:
        if "," in line.text and "." in line.text:
            for match in _GROUPED_CENTS.finditer(line.text):
                votes[match.group(0)[-3]] += 1
    if votes[","] != votes["."]:
        return "," if votes[","] > votes["."] else "."
    return format_decimal_hint(line.text for line in lines)


def read_row_line(line: Line, columns: Columns) -> tuple[list[Word], dict[str, Value]]:
    name = name_line(line, columns)  # namesoverfigures.py: an item's name over its figures
    if name is not None:
        return name, {}
    description: list[Word] = []
    numbers: dict[str, tuple[float, Value]] = {}
    hint = _decimal_mark(line) or columns.decimal
    strays: list[Value] = []  # figures under no known column
    crowded: list[tuple[str, Value]] = []  # figures that lost their column to a nearer one
    apart: list[Word] = []  # words under captions of other columns ("Zone")
    words = _signed_figures(unglued_figures(_grouped_figures(line, columns), columns))
    # pricedivisor.py: "0,42 € / 1 000"; "$0.0054 per 1,000 PUT requests" names the item.
    words = without_price_divisor(words, lambda word: _in_description(word, columns))
    measured = counted_cells(line, columns)  # measuredcounts.py: "5,952 gibibyte hour"
    blank = _placeholders(line, columns)  # placeholdercells.py: "inkl.", "€ -,--"
    for index, word in enumerate(words):
        if blank and any(word in cell for cell, _column, _value in blank):
            continue
        other = _under_other_caption(word, line, columns)
        if other:
            apart.append(word)
        following_word = words[index + 1] if index + 1 < len(words) else None
        if measured and _under(word, measured):
            _measured_count(numbers, word, hint)
            continue
        if not other and (_in_description(word, columns) or opens_description(word, line, columns)):
            if not _sign_of_figure(word, following_word, columns):
                description.append(word)
            continue
        # durations.py: "12:30 Std." under "Aufwand", 12.5 hours billed
        count = _times_count(word, columns) or _hours(word, columns)
        if count is None and not other:  # "10kg" under "Pack": the pack's size, no count
            count = _glued_count(word, columns)
        if count is not None:
            numbers.setdefault("quantity", (0.0, count))
            continue
        following = following_word.text if following_word is not None else ""
        read = _row_figure(word, following, hint, columns)
        if read is None:
            continue
        column, figure, is_percent = read
        if other:
            column = None  # "12" under "Shipped": a count, perhaps the quantity (see below)
        if column is None and not is_percent:
            strays.append(figure)
        if column is None or (is_percent and column not in ("vat_rate", "discount")):
            continue
        _place(numbers, crowded, column, figure, columns)
    for _cell, column, value in blank:
        _place(numbers, crowded, column, value, columns)
    far_amount(numbers, strays, line, columns)  # faramount.py: at a ruled pad's right rule
    if not _in_order(crowded, numbers, columns, line):
        _shift_crowded(crowded, numbers, columns, words)
    settle_by_product(numbers, crowded)  # crowdedproduct.py: "146,00 | 18,50 | 2.701,00"
    count_and_price(numbers, crowded)  # discountedrows.py: "Ilość J.m.Cena" over "25 | 288,00"
    _net_under_its_caption(numbers, columns)
    _unbilled_duration(numbers)
    if "amount" in numbers and columns.blocked:
        description = [w for w in description if not _under(w, columns.blocked)]
    description = _with_inner_words(words, description, numbers, apart)
    # runonnames.py: "Compute - vCPU hours" running on under "Service / Usage type"
    taken = {box for _gap, value in numbers.values() for box in value.boxes}
    taken |= {word.box for word in apart}
    description = run_on_name(line, description, columns.centers, columns.others, taken)
    if numbers:
        description = without_flag(description, line)
    if not columns.converted:  # convertedcharges.py: count x price is the foreign amount
        net_of_gross(line, numbers, hint, columns.net_span)
        net_without_count(line, numbers, hint, columns.net_span)  # netcolumn.py: no count
    others = [figure for _column, figure in crowded] + strays
    _price_as_discount(numbers, others)
    _consistent_price(numbers, others, line)
    _price_of_blank_count(numbers, strays, columns)
    # A caption OCR misread ("Illosc") leaves its column's count to the description.
    trailing = _trailing_figure(description, hint)
    chosen = _unlabelled_quantity(numbers, strays, trailing)
    chosen = chosen or hundred_unit_count(line, numbers, strays)  # hundredunits.py: "14.200 C"
    if chosen is not None:
        # "St. | Hoev. | Prijs | Kort% | Netto | Bedrag": with the billed count found, the net
        # price of one printed beside the list price is the one it gives the amount with.
        _consistent_price(numbers, [figure for figure in others if figure is not chosen], line)
    weighed_count(numbers, crowded)  # weighedcounts.py: "Stk | Netto-kg" over "2 | 4,386"
    unread = [stray for stray in strays if stray is not chosen] + [f for _c, f in crowded]
    _printed_base(numbers, unread, columns.description[0])
    row_base(line, numbers)  # priceunitbase.py: "pce (le cent)"
    if trailing and chosen is trailing[0]:
        description = description[:-1]
    description = without_posting_date(description, columns)  # postingdates.py: "Datum"
    if numbers and description and description[0].box.x0 < columns.description[0]:
        columns.text_left = description[0].box.x0  # where the items' text starts in the grid
    if not numbers and len(description) > 1:
        description += _run_on(words, description)
    figures = {k: v for k, (_, v) in numbers.items()}
    return description, price_cell_count(line, figures, columns.description[1])  # "12 x 80,40"


def _placeholders(line: Line, columns: Columns) -> list[tuple[list[Word], str, Value]]:
    """Cells under the price or amount printing a dash or an "included" word, no figure:
    the column's value (0 or unknown, placeholdercells.py)."""
    found: list[tuple[list[Word], str, Value]] = []
    for cell, value in placeholder_cells(line):
        first, last = cell[0].box, cell[-1].box
        box = Box(first.page, first.x0, min(first.y0, last.y0), last.x1, max(first.y1, last.y1))
        word = Word(" ".join(w.text for w in cell), box)
        if _in_description(word, columns):
            continue
        column = _nearest_column(word, columns, _NUMERIC_COLUMNS)
        if column in _MONEY_COLUMNS:
            found.append((cell, column, Value(value, word.text, (box,))))
    return found


def _measured_count(numbers: dict[str, tuple[float, Value]], word: Word, hint: str | None) -> None:
    """The figure of a count's cell with its unit (measuredcounts.py): the quantity."""
    amount = parse_amount(word.text, decimal_hint=hint) if AMOUNT_TOKEN.match(word.text) else None
    if amount is not None:
        numbers.setdefault("quantity", (0.0, Value(float(amount), word.text, (word.box,))))


def _hours(word: Word, columns: Columns) -> Value | None:
    """ "12:30", "1h30" under the quantity's caption: hours and minutes billed (durations.py)."""
    if ":" not in word.text and "h" not in word.text:
        return None
    if _nearest_column(word, columns, _NUMERIC_COLUMNS) != "quantity":
        return None
    return duration_count(word)


def _unbilled_duration(numbers: dict[str, tuple[float, Value]]) -> None:
    """A time of day under a "Zeit" caption: its rate times it gives no amount (durations.py)."""
    quantity = numbers.get("quantity")
    if quantity is None or not is_duration(quantity[1]):
        return
    price, amount = numbers.get("unit_price"), numbers.get("amount")
    if not billed_duration(quantity[1], price and price[1], amount and amount[1]):
        del numbers["quantity"]


def _signed_figures(words: list[Word]) -> list[Word]:
    """ "- € 10,-", "- €10,-": web shops print a discount's or voucher's minus sign apart,
    before the currency sign before the figure; the figure is negative. The sign joins the
    figure (its box kept, so that it reads under its own column), the currency sign stays.
    A dash before a bare figure stays apart: "14 - 16 GB" is a range in an item's name."""
    out = list(words)
    for at in range(len(out) - 2, -1, -1):
        sign, currency = out[at], out[at + 1]
        if not _MINUS_WORD.match(sign.text):
            continue
        glued = _CURRENCY_FIGURE.match(currency.text) is not None
        figure = currency if glued else out[at + 2] if at + 2 < len(out) else None
        if figure is None or not (glued or CURRENCY_WORD.match(currency.text)):
            continue
        height = figure.box.y1 - figure.box.y0  # a dash's own box is a hairline
        if currency.box.x0 - sign.box.x1 > height or figure.box.x0 - currency.box.x1 > height:
            continue
        if glued or figure.text[:1].isdigit():
            out[out.index(figure)] = replace(figure, text=f"-{figure.text}")
            del out[at]
    return out if len(out) < len(words) else words


def _times_count(word: Word, columns: Columns) -> Value | None:
    """ "1x", "2×": a count with its times sign, as web shops print the quantity."""
    counted = _TIMES_COUNT.match(word.text)
    if not counted or "quantity" not in columns.centers:
        return None
    text = (counted.group(1) or counted.group(2)).replace(",", ".")
    return Value(float(text), word.text, (word.box,))


def _glued_count(word: Word, columns: Columns) -> Value | None:
    """ "24Stk", "2,5h", "50m": a count glued to its unit under the quantity's caption."""
    glued = GLUED_COUNT.match(word.text)
    if not glued or _nearest_column(word, columns, _NUMERIC_COLUMNS) != "quantity":
        return None
    return Value(float(glued.group(1).replace(",", ".")), word.text, (word.box,))


def _row_figure(
    word: Word, following: str, hint: str | None, columns: Columns
) -> tuple[str | None, Value, bool] | None:
    """A figure of the row: the column it stands under (None: no known column), its value,
    and whether it is a percentage; None for a word that is no figure."""
    read = _figure_text(word.text)
    if read is None or under_code(word, columns):
        return None
    text, core = read
    is_percent = text.endswith("%") or following.startswith("%")
    amount = _figure_amount(core, hint if hint is not None else current_decimal_mark())
    if amount is None:
        return None
    # A figure with its currency sign is a price or an amount, never a count or a rate.
    money = text != word.text.strip()
    column = (percent_column(word, columns) if is_percent else None) or _nearest_column(
        word, columns, _MONEY_COLUMNS if money else _NUMERIC_COLUMNS
    )
    if column == "quantity" and _price_under_unnamed(word, core, columns):
        column = None
    return column, Value(float(amount), word.text, (word.box,)), is_percent


def _price_under_unnamed(word: Word, core: str, columns: Columns) -> bool:
    """A figure with cents right under a caption the reader does not know ("UVP", a retail
    price beside "Menge"), off the count's caption: that column's price, no count, where
    the row's own count cell is blank (a scan's OCR dropped its lone digit)."""
    if not _CENTS.search(core) or _distance(word.box, columns.centers["quantity"]) == 0.0:
        return False
    center = (word.box.x0 + word.box.x1) / 2
    return any(x0 - 2 <= center <= x1 + 2 for x0, x1 in columns.unnamed)


# Both depend on the text (and the decimal hint) alone, and the same counts, rates and prices
# stand on many rows.
@functools.lru_cache(maxsize=8192)
def _figure_text(raw: str) -> tuple[str, str] | None:
    """A word's text as a figure: less its currency and unit (`text`, its percent sign kept),
    and the `core` to read; None for a word that reads as no figure."""
    # "€0.2190/h", "12,50/Std.": a price per unit, its unit after the slash.
    text = _PER_UNIT.sub("", without_currency(raw.strip("€$£")))
    # Speckle a fax's OCR reads after a figure ("47.10:"): no mark of a number.
    text = text.rstrip(":;'") if text[:1].isdigit() else text
    if not text or CURRENCY_WORD.match(raw):
        return None
    # "€ 899,-", "10,--": German and Dutch shops print whole amounts with a dash for the cents.
    core = _WHOLE_DASH.sub(r"\1\g<2>00", text.rstrip("%"))
    core = core.replace("\u2212", "-")  # "−1": a returned item's count with a minus sign
    if not (AMOUNT_TOKEN.match(core) or fine_price(core)):  # fineprices.py: "0.14200"
        return None
    return text, core


@functools.lru_cache(maxsize=8192)
def _figure_amount(core: str, hint: str | None) -> Decimal | None:
    return parse_amount(core, decimal_hint=hint)


def _place(
    numbers: dict[str, tuple[float, Value]],
    crowded: list[tuple[str, Value]],
    column: str,
    figure: Value,
    columns: Columns,
) -> None:
    """The figure under its column, the nearer of two figures under one caption kept: the
    farther one is perhaps its neighbour's (`crowded`)."""
    span = columns.centers[column]
    box = figure.boxes[0]
    gap = abs((box.x0 + box.x1) / 2 - (span[0] + span[1]) / 2)
    if column in numbers and numbers[column][0] <= gap:
        crowded.append((column, figure))
        return
    if column in numbers:
        crowded.append((column, numbers[column][1]))
    numbers[column] = (gap, figure)


def _net_under_its_caption(numbers: dict[str, tuple[float, Value]], columns: Columns) -> None:
    """A row printing no count and no price, only its net, VAT and gross ("Palivový příplatek
    14,5 % | 195,75 | 21 | 41,11 | 236,86" under "Množství | Cena za MJ | Bez DPH | DPH % | DPH
    | Celkem"): a surcharge or a flat fee. Its first figure stands under the net caption, not
    the price's, nearest as the price's may be: it is the row's net, which is the line amount
    as on the table's other rows (`net_of_gross`), the gross beside it no line amount."""
    span = columns.net_span
    if span is None or "quantity" in numbers or not {"unit_price", "amount"} <= numbers.keys():
        return
    price, gross = numbers["unit_price"][1], numbers["amount"][1]
    box = price.boxes[0]
    center = (box.x0 + box.x1) / 2
    if not span[0] - 10 <= center <= span[1] + 10:
        return
    if _distance(box, columns.centers["unit_price"]) == 0.0:
        return  # under the price's caption as well: the captions overlap, nothing to tell
    if not (isinstance(price.value, float) and isinstance(gross.value, float)):
        return
    if not 0 < abs(price.value) <= abs(gross.value):
        return  # a gross is the net and its VAT
    del numbers["unit_price"]
    numbers["amount"] = (numbers["amount"][0], price)


def _sign_of_figure(word: Word, following: Word | None, columns: Columns) -> bool:
    """ "€" set apart before "849,00" in the price column: the figure's currency, though it
    stands over the description's right end, no word of the item's name."""
    if following is None or not CURRENCY_WORD.match(word.text):
        return False
    if following.box.x0 - word.box.x1 > 2 * (word.box.y1 - word.box.y0) + 2:
        return False
    return AMOUNT_TOKEN.match(following.text) is not None and not _in_description(
        following, columns
    )


def _grouped_figures(line: Line, columns: Columns) -> list[Word]:
    """The line's words, with a figure's thousands groups that one cell holds apart joined:
    "1 170,00", whose narrow "1" the text layer leaves a wider gap after than a digit's."""
    words: list[Word] = []
    for cell in line.cells:
        for word in cell.words:
            previous = words[-1] if words and words[-1].box.x1 <= word.box.x0 else None
            if (
                previous is not None
                and previous in cell.words
                and _GROUP_HEAD.match(previous.text)
                and _GROUP_TAIL.match(word.text)
                and not _in_description(previous, columns)
            ):
                words[-1] = joined_word(previous, word)
                continue
            words.append(word)
    return words if len(words) < len(line.words) else line.words


def _shift_crowded(
    crowded: list[tuple[str, Value]],
    numbers: dict[str, tuple[float, Value]],
    columns: Columns,
    words: list[Word],
) -> None:
    """Figures right-aligned well past their captions ("Qty" over "   25", "Unit Price" over
    "  $48.50") come nearer the next caption than their own: of two under one caption, the
    one crowded out belongs to the neighbouring column on its side, when that is empty."""
    if not crowded:
        return  # no figure to shift (most rows): the columns' order is not needed
    order = sorted(
        (name for name in _NUMERIC_COLUMNS if name in columns.centers),
        key=lambda name: sum(columns.centers[name]),
    )
    for column, figure in crowded:
        kept, box = numbers[column][1], figure.boxes[0]
        step = -1 if box.x1 < kept.boxes[0].x1 else 1
        at = order.index(column) + step
        if not 0 <= at < len(order) or order[at] not in _SHIFTABLE or order[at] in numbers:
            continue
        center = (box.x0 + box.x1) / 2
        if any(x0 - 2 <= center <= x1 + 2 for x0, x1 in columns.unnamed):
            continue  # under a caption of its own ("RSP"), though one the reader does not know
        # Two figures side by side, not a phrase's ("3 x 20" under "Menge").
        low, high = sorted((box, kept.boxes[0]), key=lambda b: b.x0)
        if any(low.x1 <= w.box.x0 and w.box.x1 <= high.x0 for w in words):
            continue
        if _distance(box, columns.centers[order[at]]) < 60:
            numbers[order[at]] = (1e6, figure)


# How far right of the last caption's end its right-aligned figures may end.
_REACH = 60


def _in_order(
    crowded: list[tuple[str, Value]],
    numbers: dict[str, tuple[float, Value]],
    columns: Columns,
    line: Line,
) -> bool:
    """Captions set at their columns' left edges over figures right-aligned at the right
    edges ("Qté | P.U. HT | Montant HT" over "12   0,35   4,20"): each figure stands nearer
    the next caption than its own, and two crowd under one. As many figures as figure
    captions, left to right, are theirs in the same order. Returns whether it settled them."""
    named = [name for name in _SHIFTABLE if name in columns.centers]
    if not crowded or any(column not in named for column, _figure in crowded):
        return False
    figures = [figure for name, (_gap, figure) in numbers.items() if name in named]
    figures += [figure for _column, figure in crowded]
    if len(figures) != len(named) or not all(figure.boxes for figure in figures):
        return False
    if any(_under(Word(f.text, f.boxes[0]), columns.unnamed) for f in figures):
        return False  # a figure under a caption of its own ("RSP"), one the reader does not know
    named.sort(key=lambda name: sum(columns.centers[name]))
    figures.sort(key=lambda figure: figure.boxes[0].x0)
    # Each figure a cell of its own (not a number inside a run of text, "§ 4 Ziff. 2
    # 62.000"), ending right of its caption's left edge, as a right-aligned cell does.
    alone = {cell.words[0].box for cell in line.cells if len(cell.words) <= 2}
    if not all(
        figure.boxes[0] in alone
        and columns.centers[name][0] <= figure.boxes[0].x1 <= columns.centers[name][1] + _REACH
        for name, figure in zip(named, figures, strict=True)
    ):
        return False
    for name, figure in zip(named, figures, strict=True):
        numbers[name] = (1e6, figure)
    return True


def _with_inner_words(
    words: list[Word],
    description: list[Word],
    numbers: dict[str, tuple[float, Value]],
    apart: list[Word],
) -> list[Word]:
    """Words between two words of the description are part of it: a size or a norm inside a
    name ("FLANGIA DN80 PN16 ACCIAIO") reads like an article code but stands mid-phrase;
    not a word under another column's caption (a zone before the usage's figure)."""
    if len(description) < 2:
        return description
    taken = {box for _gap, value in numbers.values() for box in value.boxes}
    taken |= {word.box for word in apart}
    first, last = words.index(description[0]), words.index(description[-1])
    inner = words[first : last + 1]
    if all(w in description or w.box in taken for w in inner):
        return description
    return [w for w in inner if w in description or w.box not in taken]


def _under_other_caption(word: Word, line: Line, columns: Columns) -> bool:
    """A word in a cell of its own under a caption of `columns.others`."""
    if not columns.others:
        return False
    cell = next((c for c in line.cells if word in c.words), None)
    if cell is None or cell.x0 < columns.description[0] + 20:
        return False  # the item's text itself, however far it runs
    # The cell, or its first word where the cell runs on into the next column ("fr-par
    # 1,204.5 GB-mo" under "Zone | Usage"): the words from there on are no item text.
    first = cell.words[0].box
    return any(
        any(
            x0 - 4 <= (left + right) / 2 <= x1 + 4 and left >= x0 - max(6.0, x1 - x0)
            for left, right in ((cell.x0, cell.x1), (first.x0, first.x1))
        )
        for x0, x1 in columns.others
    )


def _price_of_blank_count(
    numbers: dict[str, tuple[float, Value]], strays: list[Value], columns: Columns
) -> None:
    """A row whose count cell is blank under the count's caption (a scan's OCR dropped its
    lone digit), its prices under captions the reader does not know ("UVP | HEK"): of its
    figures under no column, the one price that divides the amount into a whole count of
    two or more is its unit price; the row's finish counts the units from it
    (tablerows.unprinted_quantity)."""
    if "quantity" not in columns.centers or "amount" not in numbers:
        return
    if "quantity" in numbers or "unit_price" in numbers:
        return
    amount = numbers["amount"][1].value
    if not isinstance(amount, float) or amount <= 0:
        return
    fits = [
        stray
        for stray in strays
        if isinstance(stray.value, float)
        and stray.value > 0
        and _CENTS.search(stray.text)
        and (count := round(amount / stray.value)) >= 2
        and abs(count * stray.value - amount) <= 0.005
    ]
    if len(fits) == 1:
        numbers["unit_price"] = (0.0, fits[0])


def _unlabelled_quantity(
    numbers: dict[str, tuple[float, Value]], strays: list[Value], trailing: list[Value]
) -> Value | None:
    """A figure under no known column ("#", a blank header) that times the price gives the
    amount is the quantity: "400,00 Luftballon  0,79 €  316,00 €" under "# Produkt ...".
    Of several count columns ("Ordered | Shipped | B/O", "Qty ordered | Qty shipped") it is
    the one billed. Returns the figure taken, if any.
    """
    if "unit_price" not in numbers or "amount" not in numbers:
        return None
    price, amount = numbers["unit_price"][1].value, numbers["amount"][1].value
    if not isinstance(price, float) or not isinstance(amount, float) or not (amount or price):
        return None
    tolerance = max(0.011, 0.005 * abs(amount))
    # Where both give the amount, the figure ending the text ("Logo-Redesign 1 | pausch.",
    # the count's unit under the caption) is the count rather than a position number.
    candidates = [*trailing, *strays]
    if "quantity" in numbers:
        quantity = numbers["quantity"][1].value
        if not isinstance(quantity, float) or any(
            abs(quantity * price / base - amount) <= tolerance for base in _PRICE_BASES
        ):
            return None  # the count read gives the amount, the price perhaps per 100 ("PE")
        candidates = strays  # the count read does not give the amount; another column may
    # A discount column's rate leaves the amount below count times price ("3 | 4 290,00 | 10
    # | 11 583,00" under "Pris | Rab.% | Beløp"): the count gives it less the discount.
    shares = (1.0, discount_factor(numbers) or 1.0)
    for stray in candidates:
        if isinstance(stray.value, float) and any(
            abs(stray.value * price * share - amount) <= tolerance for share in shares
        ):
            numbers["quantity"] = (0.0, stray)
            return stray
    return None


def _trailing_figure(description: list[Word], hint: str | None) -> list[Value]:
    """The description's last word as a figure, when it is one and not the whole text."""
    if len(description) < 2 or not AMOUNT_TOKEN.match(description[-1].text):
        return []
    last = description[-1]
    count = parse_amount(last.text, decimal_hint=hint)
    return [] if count is None else [Value(float(count), last.text, (last.box,))]


def _run_on(words: list[Word], description: list[Word]) -> list[Word]:
    """Words of a text line going on past the description column at the text's own spacing
    ("Kommissionierer 1250032 D. Muster", its last word under the next header)."""
    gaps = [b.box.x0 - a.box.x1 for a, b in pairwise(description)]
    widest = max(gaps)
    extra: list[Word] = []
    previous = description[-1]
    for word in words[words.index(previous) + 1 :]:
        if word.box.x0 - previous.box.x1 > 1.25 * widest:
            break
        if any(ch.isdigit() for ch in word.text) or not any(ch.isalpha() for ch in word.text):
            break
        extra.append(word)
        previous = word
    return extra


def _under(word: Word, spans: list[tuple[float, float]]) -> bool:
    center = (word.box.x0 + word.box.x1) / 2
    return any(x0 - 2 <= center <= x1 + 2 for x0, x1 in spans)


def look_ahead(columns: Columns) -> RowReader:
    """A row reader for looking ahead, leaving the columns as they are."""

    def read_row(line: Line) -> tuple[list[Word], dict[str, Value]]:
        return read_row_line(line, replace(columns))

    return read_row
