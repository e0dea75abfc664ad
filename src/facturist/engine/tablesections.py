"""Item tables in sections: a group's sum, then a heading, then more rows in the same columns.

Craftsmen's and workshops' invoices group their items, each group closed by its sum and the
next one opened by a title::

    5  Fehlerspeicher auslesen        3  AW  14,90    44,70
                          Summe Arbeitslohn          655,60
       Ersatzteile / Material
    6  Bremsbeläge Satz VA            1  Satz 68,40    68,40

Law firms' bills put their disbursements under the fees, after the fees' total and a summary
by timekeeper printed in columns of its own. The sum line closes the group, not the table,
when its amount is the sum of the group's amounts and, a little further down, rows go on
with their figures under the group's figures. A figure line in other columns (a summary
grid) is passed over; one whose amount sits in the amount column, but is no item, is the
totals block.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from facturist.engine.carrylines import carry_line
from facturist.engine.column_captions import header_words
from facturist.engine.consignmentheads import consignment_heading
from facturist.engine.currencyedge import sign_edge
from facturist.engine.feetaxline import taxes_group_sum
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.pagebreaktext import goes_on
from facturist.engine.parse.amounts import parse_amount
from facturist.engine.rowbelow import amount_below
from facturist.engine.tableheader import Columns, find_header
from facturist.engine.tablerows import page_label, total_beside

if TYPE_CHECKING:
    from facturist.engine.itemrow import ItemRow

RowReader = Callable[[Line], tuple[list[Word], dict[str, Value]]]

# Lines looked at below a group's sum for the next group's first row.
_LOOKAHEAD = 8
_FIGURES = ("quantity", "unit_price", "amount")
# "Summe Arbeitslohn: 940,80 €": a label with a colon, one money figure, a currency perhaps.
_SAID_SUM = re.compile(
    r"^[^\d:|]{3,50}:\s*([-+]?\d{1,3}(?:[.,' ]?\d{3})*[.,]\d{2})\s*(?:€|EUR|CHF|\$|£)?$"
)
_BRACKETED = re.compile(r"\([^()]*\)")
# The payable box's caption: what is due now ("Zu zahlen bis 01.04.2025 (1. Rate):", "Amount
# payable", "Montant à payer", "Importo da pagare"), whatever its figure, no item.
_PAYABLE = re.compile(
    r"^\W*(?:zu zahlen|zahlbetrag|zahlbar|(?:amount|balance|total)\s+(?:due|payable|to pay)"
    r"|to pay|payable|(?:montant\s+)?[àa] payer|(?:importo\s+)?da pagare|(?:importe\s+)?a pagar"
    r"|te betalen)\b",
    re.IGNORECASE,
)
# A day ("11/02/2024", "03.02.24") and a clock time ("21:34", "08:58:12") opening a row.
_DAY = re.compile(r"^\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})$")
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$")
# Lines a page prints over the rows it carries on with: its running head, a page number.
_PAGE_HEAD = 3
# Lines of a page's foot under its items: the company's details, bank, page number.
_PAGE_FOOT = 6


def next_section(
    lines: list[Line],
    position: int,
    group: list[ItemRow],
    read_row: RowReader,
    stop: re.Pattern[str],
) -> int | None:
    """Where the table goes on below the sum line `lines[position - 1]` of the rows `group`,
    or None when that line closed the table."""
    rows = [row for row in group if "amount" in row.numbers and row.description]
    if not rows or not 0 < position < len(lines):
        return None
    closing = lines[position - 1]
    total = _group_sum(closing, rows, read_row)
    if total is None:
        return None
    if _charges_to_total(lines, position, total, read_row, rows, stop):
        return position  # "Net linehaul" over "Fuel surcharge 34.6%", "Liftgate": charges
    headed = figured = False
    # "abzgl. AE-Provision 15 %" and "Mediavolumen netto" under the group's sum: its chain.
    chain = _sum_chain(lines, position, total, read_row, rows)
    index, end = position + chain, min(position + chain + _LOOKAHEAD, len(lines))
    while index < end:
        line = lines[index]
        first = line.cells[0].text if line.cells else ""
        if index == position and line.page == closing.page and taxes_group_sum(line, total):
            index += 1  # feetaxline.py: "VAT @ 23% on fees" right under the fees' sum
            continue
        if line.page == closing.page and page_label(line):
            index += 1  # "... · Invoice INV-2025-0388 | Page 1 of 2": the page's foot
            continue
        if line.page != closing.page and not figured:
            # The group's sum closes its page, only the page's foot under it: the next group
            # may go on atop the next page, under its running head and its title.
            return next_page(lines, index, group, read_row, stop)
        if line.page != closing.page or stop.match(first) or stop.match(line.text):
            return None  # the totals block, or the page's end
        description, numbers = read_row(line)
        index += 1
        figured = figured or bool(numbers)
        if not numbers:
            # consignmentheads.py: "03/03/25 | CMR 88120447 | A > B | 6 pal." over its charges
            headed = headed or _title(line) or consignment_heading(line)
            headed = headed or _heading_again(lines, position - 1, line, rows)
            continue
        if "amount" not in numbers or not _aligned(numbers["amount"], rows, "amount", line):
            continue  # figures in columns of their own: a summary grid between the groups
        recap = _recap(lines, index - 1, total, read_row, rows) if headed else 0
        if recap:
            # Under a title, lines adding up to the group's sum ("Timekeeper Summary", a
            # line per lawyer) sum the group again by another key: passed over.
            index, headed = index - 1 + recap, False
            end = min(end + recap, len(lines))
            continue
        named = _named_in_line(description, rows, line, headed)
        in_columns = all(
            _aligned(numbers[key], rows, key, line)
            or (key == "quantity" and _count_beside_units(numbers[key], rows, line))
            for key in _FIGURES
            if key in numbers
        )
        full = {"quantity", "unit_price"} <= numbers.keys()
        if numbers["amount"].value == total:
            return None  # the sum again: a payment's line ("Bank transfer ... 5.173,17")
        if total_beside(line, numbers, stop, bool(description)):
            return None  # "Sort code ... | VAT @ 20% | 167.84": the totals box, a note beside
        if _usage_record(description):
            return None  # a phone bill's call details under its charges: billed above
        if _PAYABLE.match(" ".join(w.text for w in description)):
            return None  # "Zu zahlen bis 01.04.2025 (1. Rate): | 211,24": the payable box
        # Under a title, a row may bill an amount alone (a disbursement); right under the
        # sum, only a full row tells an item from a charge of the totals block ("Shipping").
        return index - 1 if named and in_columns and (full or headed) else None
    return None


def _sum_chain(
    lines: list[Line], start: int, total: float, read_row: RowReader, rows: list[ItemRow]
) -> int:
    """How many lines under a group's sum `total` (`lines[start - 1]`) carry that sum on,
    not the table's totals: a deduction from it ("abzgl. AE-Provision 15 % | -7.740,00"),
    then the sum net of it ("Mediavolumen netto | 43.860,00"), each with no count or price,
    its text where the sum's label starts, its amount under the rows' amounts. Media agencies
    close the media's group so before the production's (0 where no net sum closes a chain)."""
    closing = lines[start - 1]
    label = closing.words[0].box.x0
    running, deducted = total, False
    for offset, line in enumerate(lines[start : start + _LOOKAHEAD]):
        _description, numbers = read_row(line)
        amount = numbers.get("amount")
        if (
            line.page != closing.page
            or amount is None
            or not isinstance(amount.value, float)
            or numbers.keys() & {"quantity", "unit_price"}
            or abs(line.words[0].box.x0 - label) > line.height
            or not _aligned(amount, rows, "amount", line)
        ):
            return 0
        tolerance = max(0.011, 0.0005 * abs(running))
        if deducted and abs(amount.value - running) <= tolerance:
            return offset + 1  # the sum net of its deductions
        if not 0 < abs(amount.value) < running:
            return 0
        # A deduction printed negative, or unsigned ("abzgl. ... | 7.740,00").
        running, deducted = running - abs(amount.value), True
    return 0


def _charges_to_total(
    lines: list[Line],
    start: int,
    total: float,
    read_row: RowReader,
    rows: list[ItemRow],
    stop: re.Pattern[str],
) -> bool:
    """Whether the lines from `start` on, under a group sum `total` no caption names a
    total's (`lines[start - 1]`: "Net linehaul", the freight less its discount), charge
    amounts named where the rows' names start, in the rows' column, that add up with it to
    the figure of the total line closing them ("Fuel surcharge 34.6% | 365.28", "Liftgate |
    95.00" ... "Total charges | 1,541.01"): more items, no totals block."""
    closing = lines[start - 1]
    first = closing.cells[0].text if closing.cells else ""
    if stop.match(first) or stop.match(closing.text) or start >= len(lines):
        return False  # "Subtotal": the totals block's own charges follow it
    if any(stop.match(cell.text) for cell in closing.cells[1:]):
        # "Colisage : 14 rouleaux | Total marchandises HT | 18 789,25": the sum's caption
        # beside a note left of it, the totals block's charges under it.
        return False
    description, _numbers = read_row(lines[start])
    if not description or not _named_in_line(description, rows, lines[start], False):
        return False
    added = total
    for line in lines[start : start + _LOOKAHEAD]:
        _description, numbers = read_row(line)
        amount = numbers.get("amount")
        if line.page != closing.page or amount is None or not isinstance(amount.value, float):
            if line.page != closing.page:
                return False
            continue
        first = line.cells[0].text if line.cells else ""
        if stop.match(first) or stop.match(line.text):
            return line is not lines[start] and abs(added - amount.value) <= 0.011
        if not _aligned(amount, rows, "amount", line, line.height):
            return False
        added += amount.value
    return False


def next_page(
    lines: list[Line], start: int, group: list[ItemRow], read_row: RowReader, stop: re.Pattern[str]
) -> int | None:
    """Where the rows `group` go on at the top of the page opening at `lines[start]` when it
    repeats no header, or None when the table ended with the page before.

    Under a few lines of the page's own head ("Visualisierung eRechnung", "Seite 2 von 3"),
    the first line with figures must read as a full item: its figures under the rows' own,
    its text where theirs starts. Terms, a letter or another invoice read otherwise.
    """
    rows = [row for row in group if "amount" in row.numbers and row.description]
    if not rows or start >= len(lines):
        return None
    page = lines[start].page
    for index in range(start, min(start + _PAGE_HEAD + 1, len(lines))):
        line = lines[index]
        first = line.cells[0].text if line.cells else ""
        if line.page != page or stop.match(first) or stop.match(line.text):
            return None
        if page_label(line):
            continue
        if carry_line(
            line, [f for row in rows if isinstance(f := row.numbers["amount"].value, float)]
        ):
            continue  # "Brought forward £ 7,120.00" over the rows it carries on with
        description, numbers = read_row(line)
        if not numbers and line.text.rstrip()[-1:] in (".", ",", "!"):
            return None  # a sentence: a letter or terms, no page's head
        if not numbers:
            starts = [row.description[0].box.x0 for row in rows]
            if goes_on(group[-1].description, description, starts, line.height):
                return index  # pagebreaktext.py: the last item's text going on
            continue  # the page's running head
        numbers = {**numbers, **amount_below(lines, index, numbers, read_row)}  # rowbelow.py
        priced = "amount" in numbers and bool(numbers.keys() & {"quantity", "unit_price"})
        in_columns = all(
            _aligned(numbers[key], rows, key, line) for key in _FIGURES if key in numbers
        )
        named = _named_in_line(description, rows, line, False)
        return index if priced and in_columns and named else None
    return None


def over_page_foot(
    lines: list[Line], index: int, group: list[ItemRow], read_row: RowReader, stop: re.Pattern[str]
) -> int | None:
    """Where the rows `group` go on when `lines[index]` stands a wide blank under them and
    only the page's foot follows (the company's details, its bank, a page number): the next
    page's rows in their columns (`next_page`), or None when the table ended there."""
    page = lines[index].page
    following = next((i for i in range(index, len(lines)) if lines[i].page != page), len(lines))
    if following - index > _PAGE_FOOT:
        return None
    for line in lines[index:following]:
        if page_label(line):
            continue
        first = line.cells[0].text if line.cells else ""
        if stop.match(first) or stop.match(line.text) or "amount" in read_row(line)[1]:
            return None  # a sum: the totals block under the items
    return next_page(lines, following, group, read_row, stop)


def _recap(
    lines: list[Line], start: int, total: float, read_row: RowReader, rows: list[ItemRow]
) -> int:
    """How many lines from `start` on, each with an amount in the group's column, add up
    to the group's sum `total` (two lines at least); 0 where they do not."""
    added = 0.0
    for count, line in enumerate(lines[start : start + _LOOKAHEAD], start=1):
        _description, numbers = read_row(line)
        amount = numbers.get("amount")
        if amount is None or not isinstance(amount.value, float):
            return 0
        if not _aligned(amount, rows, "amount", line):
            return 0
        added += amount.value
        if abs(added - total) <= 0.011:
            return count if count >= 2 else 0
        if added > total + 0.011:
            return 0
    return 0


def _title(line: Line) -> bool:
    """A group's title ("Ersatzteile / Material", "DISBURSEMENTS"), not a sentence ("Thank
    you for your order.")."""
    text = line.text.strip()
    # A legal reference in brackets after the title ("Auslagen (§ 4 Abs. 3 GOZ)") is no
    # sentence's words.
    words = _BRACKETED.sub(" ", text).split()
    return any(ch.isalpha() for ch in text) and len(words) <= 8 and text[-1] not in ".!"


def _heading_again(lines: list[Line], closing: int, line: Line, rows: list[ItemRow]) -> bool:
    """A heading that opens the next group as one opened the group just summed: "Lieferschein
    4471 vom ..." (a delivery note's number and date, the order it ships) under the sum of
    the rows that "Lieferschein 4470 vom ..." headed. Its first word is the heading's over
    the group's first row, and it names a number, as such headings do; as long as a sentence,
    it is still no sentence of the totals block, which never repeats the group's heading."""
    words = line.text.split()
    if len(words) < 2 or not words[0].isalpha() or not any(ch.isdigit() for ch in line.text):
        return False
    first = rows[0].description[0]
    for index in range(closing - 1, -1, -1):
        if first in lines[index].words:
            above = lines[index - 1] if index > 0 else None
            lead = above.text.split()[:1] if above is not None else []
            return (
                above is not None
                and above.page == lines[index].page
                and lead == [words[0]]
                and any(ch.isdigit() for ch in above.text)
            )
    return False


def _usage_record(description: list[Word]) -> bool:
    """A row opening with a day and a clock time ("11/02/2024 | 10:25 | SMS verso 340 ..."):
    a call or session of a usage listing, which the charges above already bill, no item."""
    return (
        len(description) > 2
        and _DAY.match(description[0].text) is not None
        and _CLOCK.match(description[1].text) is not None
    )


def _named_in_line(description: list[Word], rows: list[ItemRow], line: Line, headed: bool) -> bool:
    """A row's text starting where the group's items start theirs; a caption starting
    further right ("Rabat" under "Razem netto") belongs to the totals block. Under a title
    the rows may start further left, in columns the group used for dates or initials
    ("DISBURSEMENTS" under the fees' "Date | Atty | Description")."""
    if not any(ch.isalpha() for w in description for ch in w.text):
        return False
    x0 = description[0].box.x0
    starts = [row.description[0].box.x0 for row in rows]
    if headed and x0 <= min(starts) + line.height:
        return True
    return any(abs(start - x0) <= line.height for start in starts)


def _group_sum(closing: Line, rows: list[ItemRow], read_row: RowReader) -> float | None:
    """The sum the line below the rows prints in the amount column, if it is theirs."""
    last = rows[-1]
    # A scan's lines overlap a little: the sum's top may reach into the last row's box.
    if closing.page != last.page or closing.y0 < last.last_y - max(1.0, closing.height / 3):
        return None
    _description, numbers = read_row(closing)
    total = sum(value for row in rows if isinstance(value := row.numbers["amount"].value, float))
    if not numbers:
        said = _said_sum(closing)
        return said if said is not None and abs(total - said) <= 0.011 else None
    amount = numbers.get("amount")
    if amount is None or "unit_price" in numbers or not _sums(numbers, rows, "quantity"):
        return None
    # The sum's figure, often bold, may stand a little off the rows' (its digits wider): the
    # sum to the cent tells it, within a line's height of their column.
    if not isinstance(amount.value, float) or not _aligned(
        amount, rows, "amount", closing, closing.height
    ):
        return None
    return amount.value if abs(total - amount.value) <= max(0.011, 0.0005 * abs(total)) else None


def _said_sum(closing: Line) -> float | None:
    """The figure of a group's sum printed as one sentence in the text column ("Summe
    Arbeitslohn: 940,80 €"): the figure right after the label's colon, a currency after it
    at most. Workshops' software prints it so; the caller wants it to add up to the cent."""
    match = _SAID_SUM.match(closing.text.replace(" | ", " "))
    if match is None:
        return None
    figure = parse_amount(match.group(1))
    return float(figure) if figure is not None else None


def _sums(numbers: dict[str, Value], rows: list[ItemRow], key: str) -> bool:
    """Whether the sum line's figure under `key`, if any, totals the rows' (the hours billed
    beside the fees' total)."""
    figure = numbers.get(key)
    if figure is None:
        return True
    values = [row.numbers[key].value for row in rows if key in row.numbers]
    total = sum(value for value in values if isinstance(value, float))
    return isinstance(figure.value, float) and abs(total - figure.value) <= 0.011


def _aligned(value: Value, rows: list[ItemRow], key: str, line: Line, slack: float = 0.0) -> bool:
    """A figure standing where the rows print theirs: same right edge, left edge or centre
    (figures are right-aligned, or left-aligned, or centred in their column)."""
    if not value.boxes:
        return False
    box = value.boxes[0]
    tolerance = max(2.0, 0.4 * line.height, slack)
    # currencyedge.py: "2 825,00 €" under rows' "480,00", its sign at the column's edge.
    signed = sign_edge(box, line) if value.boxes[0].x1 < line.words[-1].box.x1 else None
    for row in rows:
        figure = row.numbers.get(key)
        if figure is None or not figure.boxes:
            continue
        other = figure.boxes[0]
        if (
            abs(box.x1 - other.x1) <= tolerance
            or (signed is not None and abs(signed - other.x1) <= tolerance)
            or abs(box.x0 - other.x0) <= tolerance
            or abs((box.x0 + box.x1) - (other.x0 + other.x1)) <= 2 * tolerance
        ):
            return True
    # No row printed this figure: its column has no place to compare with.
    return not any(key in row.numbers and row.numbers[key].boxes for row in rows)


def _count_beside_units(value: Value, rows: list[ItemRow], line: Line) -> bool:
    """A count standing right of the group's counts, short of their prices: the group
    printed a unit after each count ("25 AW", work units), right-aligned in the count
    column, and the next group's bare "1" ends where those units end."""
    counts = [f.boxes[0] for row in rows if (f := row.numbers.get("quantity")) and f.boxes]
    prices = [f.boxes[0] for row in rows if (f := row.numbers.get("unit_price")) and f.boxes]
    if not value.boxes or not counts or not prices:
        return False
    box, tolerance = value.boxes[0], max(2.0, 0.4 * line.height)
    return (
        box.x0 > max(count.x1 for count in counts) + tolerance
        and box.x1 < min(price.x0 for price in prices) - tolerance
    )


def section_columns(lines: list[Line], start: int, resume: int, columns: Columns) -> Columns:
    """The columns of a section that goes on under a header of its own.

    A law firm's "DISBURSEMENTS" under the fees print "Description | Amount" over their rows,
    their text at the page's margin, left of the fees' description column: under that
    header the section's text column is where its caption starts.
    """
    for index in range(start, resume):
        line = lines[index]
        if any(ch.isdigit() for ch in line.text):
            continue
        found = dict(header_words(line))
        if {"description", "amount"} <= set(found) and not set(found).isdisjoint(_FIGURES[:2]):
            counted = _own_header(lines, index, resume, columns)
            if counted is not None:
                return counted
        if set(found) != {"description", "amount"}:
            continue
        caption, amount = found["description"], found["amount"]
        x0 = caption[0].box.x0
        if x0 >= columns.description[0]:
            return columns  # the text column as the table's own: nothing to change
        amount_span = (min(w.box.x0 for w in amount), max(w.box.x1 for w in amount))
        return Columns(
            {"description": (x0, caption[-1].box.x1), "amount": amount_span},
            (x0 - 8, amount_span[0] - 2),
            line.y1,
            line.page,
            x0,
            decimal=columns.decimal,
        )
    return columns


def _own_header(lines: list[Line], index: int, resume: int, columns: Columns) -> Columns | None:
    """A section's header naming a count or a price the table's own columns lack ("Leistung |
    Menge | Preis | Betrag EUR" over a courier's surcharges, under shipments listed without
    them): the section's rows are read in its columns."""
    header = find_header(lines[:resume], index)
    if header is None or header[0] != resume - 1:
        return None
    own = header[1]
    if not any(key in own.centers and key not in columns.centers for key in _FIGURES[:2]):
        return None
    own.decimal = columns.decimal
    return own
