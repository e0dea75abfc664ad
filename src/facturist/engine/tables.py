"""Line items: header words give column x-ranges; rows are lines with an amount."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise, permutations

from facturist.engine.column_captions import names_columns
from facturist.engine.fields import AMOUNT_TOKEN
from facturist.engine.layout import Line, joined_word
from facturist.engine.model import Box, Value, Word
from facturist.engine.parse.currency import without_currency
from facturist.engine.parse.dates import find_dates
from facturist.engine.parsing import parse_amount
from facturist.engine.tableheader import Columns, find_header
from facturist.engine.tablerows import (
    CARRIED,
    PAGE_LABEL,
    POSITION,
    indented_total,
    net_of_gross,
    opens_description,
    percent_column,
    smaller_print,
    sums_rows,
    total_beside,
    under_code,
    unprinted_quantity,
)
from facturist.engine.tablesections import RowReader, next_page, next_section, over_page_foot

_NUMERIC_COLUMNS = ("quantity", "unit_price", "amount", "vat_rate", "discount")
_MONEY_COLUMNS = ("unit_price", "amount")
# Columns a figure crowded out of its nearest one may move to (`_shift_crowded`).
_SHIFTABLE = ("quantity", "unit_price", "amount")
# Columns whose figures a row is read for but no item keeps: a line's discount.
_UNKEPT = ("discount",)
_STOP = re.compile(
    r"^(?:summe|zwischensumme|gesamtsumme|gesamtbetrag|total|subtotal|sub-total|sub total|"
    r"netto|nettobetrag|rechnungssumme|positionssumme"
    r"|übertrag|carried forward|umsatzsteuer|mwst|vat|tax|steuer|grand total|montant total|"
    r"total ht|importe total|totale|totaal|base imponible|imponibile|subtotaal|subtotale"
    r"|total il[íi]quido|razem|suma|iva|btw|tva|ust|net total|amount due|balance"
    r"|exclusief btw|excl\.? (?:btw|vat|tax|mwst)|exkl\.? (?:mwst|ust)|total hors taxes?"
    r"|sous-total|warenwert"
    # A VAT breakdown's header under the items ("Steuersatz | Netto | USt | Brutto").
    r"|steuersatz|ust-satz|mwst-satz|vat rate|tax rate|taux de tva|taux tva|aliquota iva"
    r"|tipo de iva|btw-tarief|stawka vat)\b",
    re.IGNORECASE,
)
# Group subtotals inside a table ("Subtotal $ 112.00" under each product group).
_SUBTOTAL = re.compile(
    r"^(?:subtotal|sub-total|sub total|zwischensumme|subtotaal|sous-total|subtotale|übertrag)\b",
    re.IGNORECASE,
)
# "IBAN: DE40 8381 ...", "BIC/SWIFT:": a bank caption, printed in footers, never in an item.
# "IBAN: DE95 ...", "IBAN DE95 1203 ...": the colon is often left out before the number.
_BANK_CAPTION = re.compile(r"\b(?:IBAN|BIC|SWIFT)(?:\s*[:/]|\s+[A-Z]{2}\d{2})")
# Blank space, in line heights, between two lines of a table that ends it.
_GAP = 10
# A seller's reference opening the name: "[FURN_7777]", or "*987123*" as a Code 39 barcode's
# text prints it between its start and stop asterisks.
_BRACKETED_CODE = re.compile(r"^(?:\[[^\]\s]{1,30}\]|\*[^*\s]{1,30}\*)\s*")
_CONTINUATION_NOISE = re.compile(r"^\W*[\w\-. ]{2,30}\s*:\s*\S|^[•·]")
# "Bruttopreis : 15,00": a figure of the item above, labelled, not an item of its own.
# Cells are joined by " | ": the figure must follow the colon in the label's own cell.
_PRICE_DETAIL = re.compile(r"^\W*[\w\-. ]{2,30}\s*(?:\|\s*)?:\s*[-+]?\d")
# "Tax: 0.2%" under an item: the item's rate, no sum, so no end of the table.
_RATE_DETAIL = re.compile(r"^\W*[\w\-. ]{2,30}:\s*[-+]?\d{1,3}(?:[.,]\d{1,3})?\s*%$")
# A section title alone on its line, ending in a colon and holding no figures.
_HEADING = re.compile(r"^[^\d:]{3,60}:$")
_LABELLED = re.compile(r"^\W*[\w\-. ]{2,30}\s*:(?:\s|$)")
# A money figure with cents ("-8,10", "1.234,00"): no product is named by these alone.
_MONEY = re.compile(
    r"^[-+]?(?:\d{1,3}(?:[.,' \u00a0]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)[.,]\d{2}$"
)
_CENTS = re.compile(r"\d([.,])\d{2}(?!\d)")
_RATE_WORD = re.compile(r"^(?:\d{1,2}(?:[.,]\d{1,2})?\s?%?|%)$")
# "1" "170,00": a thousands group's head and tail (three digits and the cents).
_GROUP_HEAD = re.compile(r"^[-−]?\d{1,3}$")
_GROUP_TAIL = re.compile(r"^\d{3}[.,]\d{2}$")
_CURRENCY_WORD = re.compile(r"^(?:€|\$|£|eur|usd|gbp|chf|rm)$", re.IGNORECASE)


@dataclass
class _Row:
    description: list[Word] = field(default_factory=list)
    numbers: dict[str, Value] = field(default_factory=dict)
    last_y: float = 0.0
    page: int = 0
    # Set once a detail line ("Bruttopreis: 4,00", a sub-position) follows the item's text:
    # the lines after it describe the item further but are no part of its name.
    closed: bool = False
    continued: int = 0  # lines of text added under the item's first line


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
    if left <= center <= right:
        return True
    inside = min(word.box.x1, right) - max(word.box.x0, left)
    width = max(word.box.x1 - word.box.x0, 0.1)
    return inside >= 0.4 * width and any(ch.isalpha() for ch in word.text)


def _decimal_mark(line: Line) -> str | None:
    """The row's decimal mark, from its figures with cents: "5,000 kg  5,50  27,50" reads 5."""
    marks = {m.group(1) for w in line.words for m in [_CENTS.search(w.text)] if m}
    return marks.pop() if len(marks) == 1 else None


def _read_row_line(line: Line, columns: Columns) -> tuple[list[Word], dict[str, Value]]:
    description: list[Word] = []
    numbers: dict[str, tuple[float, Value]] = {}
    hint = _decimal_mark(line)
    strays: list[Value] = []  # figures under no known column
    crowded: list[tuple[str, Value]] = []  # figures that lost their column to a nearer one
    words = _grouped_figures(line, columns)
    for index, word in enumerate(words):
        other = _under_other_caption(word, line, columns)
        if not other and (_in_description(word, columns) or opens_description(word, line, columns)):
            description.append(word)
            continue
        text = without_currency(word.text.strip("€$£"))
        following = words[index + 1].text if index + 1 < len(words) else ""
        if not text or _CURRENCY_WORD.match(word.text) or under_code(word, columns):
            continue
        is_percent = text.endswith("%") or following.startswith("%")
        core = text.rstrip("%")
        if not AMOUNT_TOKEN.match(core):
            continue
        amount = parse_amount(core, decimal_hint=hint)
        if amount is None:
            continue
        # A figure with its currency sign is a price or an amount, never a count or a rate.
        money = text != word.text.strip()
        column = (percent_column(word, columns) if is_percent else None) or _nearest_column(
            word, columns, _MONEY_COLUMNS if money else _NUMERIC_COLUMNS
        )
        if other:
            column = None  # "12" under "Shipped": a count, perhaps the quantity (see below)
        if column is None and not is_percent:
            strays.append(Value(float(amount), word.text, (word.box,)))
        if column is None or (is_percent and column not in ("vat_rate", "discount")):
            continue
        span = columns.centers[column]
        gap = abs((word.box.x0 + word.box.x1) / 2 - (span[0] + span[1]) / 2)
        figure = Value(float(amount), word.text, (word.box,))
        # Two figures under one caption: the farther one is perhaps its neighbour's.
        if column in numbers and numbers[column][0] <= gap:
            crowded.append((column, figure))
            continue
        if column in numbers:
            crowded.append((column, numbers[column][1]))
        numbers[column] = (gap, figure)
    _shift_crowded(crowded, numbers, columns, words)
    if "amount" in numbers and columns.blocked:
        description = [w for w in description if not _under(w, columns.blocked)]
    description = _with_inner_words(words, description, numbers)
    net_of_gross(line, numbers, hint, columns.net_span)
    # A caption OCR misread ("Illosc") leaves its column's count to the description.
    trailing = _trailing_figure(description, hint)
    chosen = _unlabelled_quantity(numbers, strays, trailing)
    if trailing and chosen is trailing[0]:
        description = description[:-1]
    if numbers and description and description[0].box.x0 < columns.description[0]:
        columns.text_left = description[0].box.x0  # where the items' text starts in the grid
    if not numbers and len(description) > 1:
        description += _run_on(words, description)
    return description, {k: v for k, (_, v) in numbers.items()}


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


def _with_inner_words(
    words: list[Word], description: list[Word], numbers: dict[str, tuple[float, Value]]
) -> list[Word]:
    """Words between two words of the description are part of it: a size or a norm inside a
    name ("FLANGIA DN80 PN16 ACCIAIO") reads like an article code but stands mid-phrase."""
    if len(description) < 2:
        return description
    taken = {box for _gap, value in numbers.values() for box in value.boxes}
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
    center = (cell.x0 + cell.x1) / 2
    return any(
        x0 - 4 <= center <= x1 + 4 and cell.x0 >= x0 - max(6.0, x1 - x0)
        for x0, x1 in columns.others
    )


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
    candidates = [*strays, *trailing]
    if "quantity" in numbers:
        quantity = numbers["quantity"][1].value
        if not isinstance(quantity, float) or abs(quantity * price - amount) <= tolerance:
            return None
        candidates = strays  # the count read does not give the amount; another column may
    for stray in candidates:
        if isinstance(stray.value, float) and abs(stray.value * price - amount) <= tolerance:
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


def line_items(lines: list[Line]) -> list[dict[str, Value]]:
    """Line items found in tables on the lines, keyed by canonical line keys (without "line.")."""
    items: list[dict[str, Value]] = []
    tables: list[list[dict[str, Value]]] = []
    position = 0
    while position < len(lines):
        header = find_header(lines, position)
        if header is None:
            break
        header_index, columns = header
        # The items read so far: a table continued on the next page is read as another.
        earlier = [v for item in items if isinstance(v := item["amount"].value, float)]
        rows, position = _read_rows(lines, header_index + 1, columns, earlier)
        group = rows
        while (resume := _resumes(lines, position, columns, group)) is not None:
            before = earlier + [f for row in rows if (f := _amount(row)) is not None]
            group, position = _read_rows(lines, resume, columns, before)
            rows.extend(group)
        # An item always has a text: a row of bare figures is an allowance or a tax line.
        counted = "quantity" in columns.centers
        table = [
            _finish(row, counted) for row in rows if "amount" in row.numbers and row.description
        ]
        items.extend(table)
        tables.append(table)
    return _difference(tables) or items


def _difference(tables: list[list[dict[str, Value]]]) -> list[dict[str, Value]] | None:
    """A correction note's items: of three tables listing the same items (before, after,
    "Korekta (różnica)"), the one whose amounts are the others' difference."""
    for before, after, change in permutations(tables, 3):
        names = [str(item["description"].value) for item in change]
        if not names or any(
            [str(item["description"].value) for item in other] != names for other in (before, after)
        ):
            continue
        if all(
            isinstance(b := x["amount"].value, float)
            and isinstance(a := y["amount"].value, float)
            and isinstance(c := z["amount"].value, float)
            and abs(a - b - c) <= 0.011
            for x, y, z in zip(before, after, change, strict=True)
        ):
            return change
    return None


def _amount(row: _Row) -> float | None:
    figure = row.numbers.get("amount")
    return figure.value if figure is not None and isinstance(figure.value, float) else None


def _read_rows(
    lines: list[Line], start: int, columns: Columns, earlier: list[float]
) -> tuple[list[_Row], int]:
    rows: list[_Row] = []
    index = start
    described_page = lines[start - 1].page if start > 0 else 0
    while index < len(lines):
        line = lines[index]
        if CARRIED.match(line.text):
            index += 1  # the running sum carried to the next page: no item
            continue
        if any(PAGE_LABEL.match(cell.text) for cell in line.cells):
            if not rows or rows[-1].page != line.page:
                index += 1  # a page number over the table
                continue
            # The page's foot, under its items: the footer below is none; the table goes on
            # where the next page repeats its header, or carries on with rows in its columns.
            following = next(
                (i for i in range(index + 1, len(lines)) if lines[i].page != line.page), len(lines)
            )
            if find_header(lines[following : following + 8], 0) is None:
                resume = next_page(lines, following, rows, _look(columns), _STOP)
                if resume is None:
                    return rows, index + 1
                following = resume
            index = following
            continue
        first = line.cells[0].text if line.cells else ""
        stop = _STOP.match(first) or _STOP.match(line.text)
        if stop and not (rows and _RATE_DETAIL.match(line.text)):
            return rows, index + 1
        above = lines[index - 1]
        if rows and above.page == line.page and line.y0 - above.y1 > _GAP * line.height:
            # A wide blank after the items: the totals block below is apart, or the page's
            # foot, the rows going on on the next page.
            resume = over_page_foot(lines, index, rows, _look(columns), _STOP)
            if resume is None:
                return rows, index
            index = resume
            continue
        repeated = _repeated_header(lines, index, columns)
        if repeated is not None:
            # The page's letterhead above the table's header repeated: no part of an item.
            index, columns = repeated
            continue
        if line.page != columns.page and find_header(lines[index : index + 4], 0) is not None:
            # The table goes on after a repeated header on the next page.
            header = find_header(lines, index)
            if header is not None:
                index, columns = header[0] + 1, header[1]
                continue
        if _BANK_CAPTION.search(line.text):
            index += 1  # the page footer's bank column: its IBAN groups are no figures
            continue
        description, numbers = _read_row_line(line, columns)
        ended = (
            total_beside(line, numbers, _STOP, bool(description))
            or indented_total(rows, description, numbers)
            or sums_rows(earlier, rows, description, numbers)
        )
        if rows and ended:
            return rows, index + 1
        adjustment = not description and set(numbers) <= {"amount", "vat_rate"}
        if adjustment and _adjusts_previous(line, numbers, rows):
            index += 1
            continue
        if _is_summary_line(line, columns, description) or _is_heading(line, columns):
            return rows, index + 1
        if rows and not numbers and _opens_grid(line):
            return rows, index  # another grid's header ("%IVA | Totale imponibile | ...")
        lone_amount = not description and set(numbers) == {"amount"}
        if lone_amount and (not rows or "amount" in rows[-1].numbers):
            return rows, index + 1  # a bare sum under the amounts column: the table is over
        if "amount" in numbers and _only_money(description):
            return rows, index  # a totals grid under the table ("326,50  -8,10  ...  382,47")
        complete = bool(rows) and "amount" in rows[-1].numbers
        if (
            "amount" in numbers
            and complete
            and _PRICE_DETAIL.match(_from_description(line, columns, " | "))
        ):
            rows[-1].closed = True  # "Bruttopreis : 15,00  Abschlag : 4,50  Rabatt 1"
        elif "amount" in numbers:
            current = rows[-1] if rows else None
            if (
                current is not None
                and "amount" not in current.numbers
                and current.page == line.page
                and not (description and _position_number(line, columns))
            ):
                if not _is_detail(line, columns, description):
                    current.description.extend(description)
                current.numbers.update(numbers)
                current.last_y = line.y1
            else:
                rows.append(_Row(description, numbers, line.y1, line.page))
        elif _starts_row(line, columns, description, numbers, rows):
            # Price and quantity now, the amount on a line below ("198,00" under the GTIN).
            rows.append(_Row(description, numbers, line.y1, line.page))
        elif description and rows:
            # Only the first described line, near the top of a page, goes on with an item
            # of the page before.
            near_top = index < 4 or lines[index - 4].page != line.page
            carried = near_top and described_page != line.page
            _continue_row(rows[-1], line, columns, description, carried)
        if description:
            described_page = line.page
        index += 1
    return rows, index


def _repeated_header(lines: list[Line], index: int, columns: Columns) -> tuple[int, Columns] | None:
    """On a page after the table's, its header printed again in the same place further down
    (under a letterhead): where the rows go on, and the header's columns."""
    line = lines[index]
    if line.page == columns.page or (index > 0 and lines[index - 1].page == line.page):
        return None  # only from a page's first line
    window = [other for other in lines[index : index + 15] if other.page == line.page]
    header = find_header(window, 0)
    if header is None or header[0] == 0:
        return None
    found = header[1]
    same = found.centers.keys() == columns.centers.keys() and all(
        abs(found.centers[key][0] - columns.centers[key][0]) <= 3 for key in columns.centers
    )
    return (index + header[0] + 1, found) if same else None


def _continue_row(
    row: _Row, line: Line, columns: Columns, description: list[Word], carried: bool
) -> None:
    """Add a wrapped line of text to the item above, unless it is a detail of the item.

    An item cut by a page break goes on at the top of the next page (`carried`): its first
    described line there continues it, the table having no other text in between.
    """
    if row.closed:
        return
    if (
        _is_detail(line, columns, description)
        or smaller_print(row.description, description)
        or _period_only(description)
    ):
        row.closed = True
        return
    if row.page == line.page:
        # A name wraps at line spacing; text a paragraph's gap under a named item is a note
        # or a heading ("Our Olive Oil is delivered in ..."). Figures printed apart from
        # their name (centred cells) leave more room to the first line of text.
        named = max((w.box.y1 - w.box.y0 for w in row.description), default=0.0)
        reach = 1.1 * max(named, line.height) if named else 2.2 * line.height
        if line.y0 - row.last_y >= reach:
            return
    elif row.page + 1 != line.page or not carried:
        return
    elif row.description and description[0].box.x0 < row.description[0].box.x0 - line.height:
        return  # the next page's running head at the margin, left of the item's text
    row.description.extend(description)
    row.last_y, row.page = line.y1, line.page
    row.continued += 1
    # Under a stacked header the item's name is on its last header line; the rest is detail.
    row.closed = bool(columns.stacked) and row.continued >= columns.stacked


def _is_detail(line: Line, columns: Columns, description: list[Word]) -> bool:
    """ "Bruttopreis : 4,00", "• Herkunftsland: DE", "01 Montage": a detail, not the name."""
    return _is_label_value(line, columns, description) or _position_number(line, columns)


def _period_only(description: list[Word]) -> bool:
    """ "01/03/2025 - 31/03/2025" alone under an item: the period it bills, no part of its name."""
    text = " ".join(w.text for w in description)
    dates = find_dates(text)
    if len(dates) != 2:
        return False
    rest = text[: dates[0][1]] + text[dates[0][2] : dates[1][1]] + text[dates[1][2] :]
    return not rest.strip(" -–—/")


def _is_label_value(line: Line, columns: Columns, description: list[Word]) -> bool:
    """A "label: value" line or a bullet point under an item."""
    text = " ".join(w.text for w in description)
    # The label may stand in the description and its value right of it ("Bruttopreis | : 4").
    rest = _from_description(line, columns)
    return bool(_CONTINUATION_NOISE.match(text) or _CONTINUATION_NOISE.match(rest))


def _from_description(line: Line, columns: Columns, sep: str = " ") -> str:
    """The line's text from the description column on (without Pos and Art-Nr columns)."""
    cells = [c for c in line.cells if c.x1 > columns.description[0]]
    return sep.join(
        " ".join(w.text for w in c.words if w.box.x1 > columns.description[0]) for c in cells
    )


def _position_number(line: Line, columns: Columns) -> bool:
    """Whether the line opens with a (sub-)position number left of the description."""
    first = line.words[0] if line.words else None
    return (
        first is not None
        and first.box.x1 < columns.description[0]
        and POSITION.match(first.text) is not None
    )


def _is_heading(line: Line, columns: Columns) -> bool:
    """ "Zahlungsbedingungen:", "Zu- und Abschläge:": a section title at the margin ends it.

    The table's own group titles and item details stand inside it; a title at or left of
    the table's left edge opens another part of the document.
    """
    return bool(
        line.words
        and line.words[0].box.x0 <= min(columns.left + 2, columns.description[0])
        and _HEADING.match(line.text)
    )


def _opens_grid(line: Line) -> bool:
    """A header of another grid under the items (a VAT summary's "Esigibilità IVA | %IVA |
    Totale imponibile | Totale imposta"): three cells or more, no figure, captions of two
    columns or more."""
    return (
        len(line.cells) >= 3 and not any(ch.isdigit() for ch in line.text) and names_columns(line)
    )


def _only_money(description: list[Word]) -> bool:
    """Whether the description cell holds nothing but money figures (a totals row), perhaps
    beside a rate ("229,86  20 %": a VAT breakdown's base and rate)."""
    texts = [without_currency(w.text.strip("€$£")) for w in description]
    money = [t for t in texts if _MONEY.match(t)]
    return bool(money) and all(t in money or _RATE_WORD.match(t) for t in texts)


def _starts_row(
    line: Line,
    columns: Columns,
    description: list[Word],
    numbers: dict[str, Value],
    rows: list[_Row],
) -> bool:
    """A described line with a quantity or price opens an item once the one above is complete."""
    # Both numbers: a lone figure beside a wrapped description ("Karton 3 x 20") is text,
    # unless a position number in front of the text says a new item starts here.
    wanted = {"quantity", "unit_price"}
    if not description or not (
        wanted <= numbers.keys() or ("quantity" in numbers and _position_number(line, columns))
    ):
        return False
    if _LABELLED.match(" ".join(w.text for w in description)):
        return False  # "Artikelrabatt 1: 2,00%  Basis: 75,00": a detail of the item above
    return not rows or "amount" in rows[-1].numbers


def _is_summary_line(line: Line, columns: Columns, description: list[Word]) -> bool:
    """A label standing right of the description column ("Subtotal  1.234,00") ends the table."""
    if description or not line.words or not any(ch.isdigit() for ch in line.text):
        return False  # "Artikelrabatt  Artikelrabatt": labels of an item's details, no sum
    first = line.words[0]
    if first.box.x0 <= columns.description[1]:
        return False
    return any(ch.isalpha() for ch in first.text) and not _CURRENCY_WORD.match(first.text)


def _adjusts_previous(line: Line, numbers: dict[str, Value], rows: list[_Row]) -> bool:
    """A discount or surcharge sub-row ("abzgl. 10 % Rabatt  -2,00") under an item."""
    amount = numbers.get("amount")
    if amount is None or not rows or "amount" not in rows[-1].numbers:
        return False
    if not any(ch.isalpha() for ch in line.text) or not isinstance(amount.value, float):
        return False
    row = rows[-1]
    if row.page != line.page or amount.value >= 0:
        return False
    base = row.numbers["amount"]
    if not isinstance(base.value, float):
        return False
    new_amount = round(base.value + amount.value, 2)
    row.numbers["amount"] = Value(new_amount, base.text, base.boxes + amount.boxes)
    quantity = row.numbers.get("quantity")
    if quantity is not None and isinstance(quantity.value, float) and quantity.value:
        price = row.numbers.get("unit_price")
        boxes = price.boxes if price is not None else ()
        row.numbers["unit_price"] = Value(round(new_amount / quantity.value, 2), "", boxes, 0.8)
    row.last_y = line.y1
    return True


def _finish(row: _Row, counted: bool) -> dict[str, Value]:
    item = {key: value for key, value in row.numbers.items() if key not in _UNKEPT}
    quantity, amount = item.get("quantity"), item.get("amount")
    _per_base_quantity(item)
    # Some layouts leave the price cell empty; the net amount is quantity times price.
    if (
        "unit_price" not in item
        and quantity is not None
        and amount is not None
        and isinstance(quantity.value, float)
        and isinstance(amount.value, float)
        and quantity.value
    ):
        price = round(amount.value / quantity.value, 4)
        item["unit_price"] = Value(price, "", amount.boxes + quantity.boxes, 0.8)
    unprinted_quantity(item, counted and "discount" not in row.numbers)
    if row.description:
        text = " ".join(w.text for w in row.description)
        # "[FURN_7777] Office Chair": the seller's reference is no part of the name.
        text = _BRACKETED_CODE.sub("", text) or text
        # "Heiße Luft pro Liter:" announcing a detail that was not printed: no colon at the end.
        text = text.rstrip(" :") or text
        item["description"] = Value(text, text, tuple(w.box for w in row.description))
    return item


def _per_base_quantity(item: dict[str, Value]) -> None:
    """A price quoted per 10, 100 or 1000 units ("0,5252 EUR" printed as "52,52"): per unit.

    The line amount is quantity times the unit price; when the printed price gives that only
    once divided by a power of ten, it is the price of that many units.
    """
    quantity, price, amount = item.get("quantity"), item.get("unit_price"), item.get("amount")
    if quantity is None or price is None or amount is None:
        return
    q, p, a = quantity.value, price.value, amount.value
    if not (isinstance(q, float) and isinstance(p, float) and isinstance(a, float)) or not a:
        return
    tolerance = max(0.011, 0.005 * abs(a))
    # A price printed with more than two decimals is already a price per unit.
    if abs(q * p - a) <= tolerance or re.search(r"[.,]\d{3,}$", price.text):
        return
    for base in (10, 100, 1000, 10000):
        if abs(q * p / base - a) <= tolerance:
            item["unit_price"] = Value(p / base, price.text, price.boxes, 0.8)
            return


def _resumes(lines: list[Line], position: int, columns: Columns, group: list[_Row]) -> int | None:
    """Where the table goes on after the line that stopped it, if that was a group's sum."""
    subtotal = _after_subtotal(lines, position, columns)
    if subtotal is not None:
        return subtotal
    return next_section(lines, position, group, _look(columns), _STOP)


def _look(columns: Columns) -> RowReader:
    """A row reader for looking ahead, leaving the columns as they are."""

    def read_row(line: Line) -> tuple[list[Word], dict[str, Value]]:
        return _read_row_line(line, replace(columns))

    return read_row


def _after_subtotal(lines: list[Line], position: int, columns: Columns) -> int | None:
    """Where a table goes on after a group's subtotal line, or None when it is over.

    Tables grouped by product family print a subtotal under each group and a group title
    over the next ("Subtotal $ 112.00 / --- Food Products --- / Olive Oil 1.00 ..."): the
    table goes on when, close below, a line reads as a full item in the same columns.
    """
    if position <= 0 or position >= len(lines) or not _SUBTOTAL.match(lines[position - 1].text):
        return None
    stop = lines[position - 1]
    for index in range(position, min(position + 3, len(lines))):
        line = lines[index]
        if line.page != stop.page or line.y0 - stop.y1 > 6 * stop.height:
            return None
        description, numbers = _read_row_line(line, columns)
        if not numbers:
            continue  # a group title between the groups
        full = {"quantity", "unit_price", "amount"} <= numbers.keys()
        return index if description and full else None
    return None
