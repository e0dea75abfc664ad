"""Line items: header words give column x-ranges; rows are lines with an amount."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import permutations

from facturist.engine.adjustmentsubrows import adjustment_sub_row
from facturist.engine.brokenwords import join_broken_words
from facturist.engine.broughtsums import sums_brought
from facturist.engine.bundleparts import bundle_part
from facturist.engine.captionedsum import captioned_sum
from facturist.engine.carrylines import carry_line
from facturist.engine.chargesbelowitems import without_freight_row
from facturist.engine.codedopening import opens_coded_item
from facturist.engine.codesublines import name_over_code
from facturist.engine.columnnumbers import column_numbers
from facturist.engine.continuedpage import page_opening, same_places
from facturist.engine.convertedrecap import rate_line
from facturist.engine.correctionitems import (
    continues_correction,
    correction_rows,
    name_labelled_row,
    opens_correction,
)
from facturist.engine.correctionsections import difference_items
from facturist.engine.disbursedtaxes import disbursed_tax
from facturist.engine.figureslast import (
    FigureOrder,
    figures_last,
    name_over,
    name_over_break,
    text_over,
)
from facturist.engine.itemnamewraps import continue_row as _continue_row
from facturist.engine.itemnamewraps import from_description as _from_description
from facturist.engine.itemnamewraps import is_detail as _is_detail
from facturist.engine.itemnamewraps import position_number as _position_number
from facturist.engine.itemnamewraps import rate_detail as _rate_detail
from facturist.engine.itemrow import ItemRow
from facturist.engine.itemworkings import working
from facturist.engine.layout import Line
from facturist.engine.lonecharges import lone_charge
from facturist.engine.model import Value, Word
from facturist.engine.namesabove import name_above
from facturist.engine.namesoverfigures import name_pitch
from facturist.engine.netvatgross import net_vat_gross_header
from facturist.engine.pagefoot import past_page_foot
from facturist.engine.placeholdercells import priced_item
from facturist.engine.positionnets import is_position_net, net_parts
from facturist.engine.positionsums import position_sum
from facturist.engine.priceunitbase import caption_base
from facturist.engine.proserows import prose_line
from facturist.engine.ratedcharges import rated_header
from facturist.engine.rowfinish import finished_item
from facturist.engine.shipmentlist import under_text_caption
from facturist.engine.sidebarrows import without_sidebar_lines
from facturist.engine.sizescales import size_scale
from facturist.engine.statementledger import without_statement
from facturist.engine.sumcaptionbeside import sum_caption_beside
from facturist.engine.supportingtables import billed_tables
from facturist.engine.tableallowances import document_allowance, sums_with_rows
from facturist.engine.tablecolumns import document_decimal_mark, look_ahead, read_row_line
from facturist.engine.tableends import (
    TABLE_STOP,
    breakdown_header,
    is_heading,
    is_summary_line,
    names_with_sum_word,
    only_money,
    opens_grid,
    opens_other_table,
    resumes,
    section_subheader,
)
from facturist.engine.tablegroups import charged, without_group_sums, without_recap
from facturist.engine.tableheader import Columns, find_header
from facturist.engine.tableledger import paid_line
from facturist.engine.tablepayments import is_payment
from facturist.engine.tablerows import (
    indented_total,
    note_line,
    other_column_text,
    page_label,
    sums_rows,
    total_beside,
)
from facturist.engine.tablesections import over_page_foot, section_columns
from facturist.engine.tablewraps import (
    beside_table,
    closes_parenthesis,
    right_of_table,
)
from facturist.engine.taxcaptionrows import tax_captions_lead
from facturist.engine.taxsubrows import sub_row_text, tax_sub_row
from facturist.engine.textamounttable import one_unit_each
from facturist.engine.wrappedprices import price_wrapped

# "IBAN: DE40 8381 ...", "BIC/SWIFT:": a bank caption, printed in footers, never in an item.
# "IBAN: DE95 ...", "IBAN DE95 1203 ...": the colon is often left out before the number.
_BANK_CAPTION = re.compile(r"\b(?:IBAN|BIC|SWIFT)(?:\s*[:/]|\s+[A-Z]{2}\d{2})")
# A word that is a figure (a sum, a count, a rate), perhaps signed, bracketed or with its
# currency: no id with letters among its digits ("NL001234567B01").
_FIGURE = re.compile(r"^[-+(€$£]*\d[\d.,'\u00a0\u202f]*[)%€$£]?:?$")
# Blank space, in line heights, between two lines of a table that ends it.
_GAP = 10
# A voucher or coupon redeemed on the whole order ("Gutschein Frühjahr  -10,00"): no
# discount of the item printed above it.
_VOUCHER = re.compile(r"\b(?:gutschein\w*|voucher|coupon|gift\s?card)\b", re.IGNORECASE)
# "Bruttopreis : 15,00": a figure of the item above, labelled, not an item of its own.
# Cells are joined by " | ": the figure must follow the colon in the label's own cell. A
# small whole count running on into a word ("Anteilige Gutschrift: 3 Lizenzen entfernt") is
# the text of a row of its own, no figure of a detail.
_PRICE_DETAIL = re.compile(
    r"^\W*[\w\-. ]{2,30}\s*(?:\|\s*)?(?:(?<!\d):|:(?!\d))\s*(?!\d{1,3}\s+[^\W\d_]{3})[-+]?\d"
)
_LABELLED = re.compile(r"^\W*[\w\-. ]{2,30}\s*:(?:\s|$)")


def line_items(lines: list[Line]) -> list[dict[str, Value]]:
    """Line items found in tables on the lines, keyed by canonical line keys (without "line.")."""
    items: list[dict[str, Value]] = []
    tables: list[list[dict[str, Value]]] = []
    ledgers: list[bool] = []
    heads: list[int] = []  # the header line opening each table
    position = 0
    decimal = document_decimal_mark(lines) if lines else None
    columns: Columns | None = None
    sums: list[float] = []  # the sums of the groups read so far
    while position < len(lines):
        header = find_header(lines, position)
        # ratedcharges.py: "Désignation | Montant HT | TVA" over rows printing their rates.
        stop = header[0] if header else len(lines)
        header = rated_header(lines, position, stop) or header
        # netvatgross.py: "Description | Net | VAT | Gross" over charges, no count, no price.
        header = net_vat_gross_header(lines, position, stop) or header
        if header is None:
            break
        header_index, columns = header
        if items and breakdown_header(lines[header_index], columns):
            position = header_index + 1  # tableends.py: "Tax Code | Taxable Amount | Rate"
            continue
        columns.decimal = decimal
        lines = without_sidebar_lines(lines, header_index, columns)  # sidebarrows.py
        caption_base(lines, header_index, columns)  # priceunitbase.py: "Preis" over "/ 100 St"
        # The items read so far: a table continued on the next page is read as another.
        earlier = [v for item in items if isinstance(v := item["amount"].value, float)]
        order = FigureOrder()  # figureslast.py: figures on the first or last line of an item
        rows, position = _read_rows(lines, header_index + 1, columns, earlier, order)
        group = rows
        groups = [rows]
        # A position priced for information only is no part of its group's sum.
        while (resume := resumes(lines, position, columns, charged(group))) is not None:
            read = [row for part in groups for row in part]
            before = earlier + [f for row in read if (f := _amount(row)) is not None]
            # Under a title, the section may print a header of its own ("Description |
            # Amount"), its text starting elsewhere.
            section = section_columns(lines, position, resume, columns)
            if order.last:
                # The next group's first item: its text over its figures.
                resume = text_over(lines, position, resume, look_ahead(section))
            group, position = _read_rows(lines, resume, section, before, order)
            groups.append(group)
        rows = without_recap(groups, sums)  # tablegroups.py: the groups' sums listed again
        rows = correction_rows(rows)  # correctionitems.py: "przed korektą / ... / korekta"
        # An item always has a text: a row of bare figures is an allowance or a tax line.
        counted = "quantity" in columns.centers
        join_broken_words([row.description for row in rows])  # brokenwords.py
        table = [
            item
            for row in without_group_sums(rows)
            if "amount" in row.numbers and row.description
            if not is_payment(item := finished_item(row, counted, columns.price_base))
        ]
        table = without_freight_row(table, lines, position)  # chargesbelowitems.py
        if columns.lump_sums:
            one_unit_each(table)  # "Descrizione | Importo" (textamounttable.py)
        items.extend(table)
        tables.append(table)
        heads.append(header_index)
        ledgers.append(columns.payments is not None)
    if any(ledgers):  # statementledger.py: an account's postings above this invoice's items
        tables = without_statement(tables, ledgers)
        items = [item for table in tables for item in table]
    elif len(tables) > 1 and (billed := billed_tables(lines, tables, heads)) is not tables:
        # supportingtables.py: a service report's material list after the invoice's rows.
        tables = billed
        items = [item for table in tables for item in table]
    difference = _difference(tables)
    if difference is not None:
        return difference
    titled = difference_items(lines, items)  # under "Korekta (różnica)" (correctionsections.py)
    if titled is not items:
        return titled
    # lonecharges.py: a flat charge on its own line under the last table, in the net below.
    charge = lone_charge(lines, position, columns, items) if columns is not None else None
    return [*items, charge] if charge is not None else items


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


def _amount(row: ItemRow) -> float | None:
    figure = row.numbers.get("amount")
    return figure.value if figure is not None and isinstance(figure.value, float) else None


def _read_rows(
    lines: list[Line], start: int, columns: Columns, earlier: list[float], order: FigureOrder
) -> tuple[list[ItemRow], int]:
    rows: list[ItemRow] = []
    # Lines of text standing apart from the item above (index, words): the name of the next
    # item where its figures stand on its last line.
    apart: list[tuple[int, list[Word]]] = []
    index = start
    decimal = columns.decimal
    described_page = lines[start - 1].page if start > 0 else 0
    # Where the rows go on on a later page, under its repeated header and the sum brought
    # forward: the text there, before any item, goes on with the item cut by the break.
    resumed = -1
    while index < len(lines):
        line = lines[index]
        if carry_line(line, earlier + [f for row in rows if (f := _amount(row)) is not None]):
            # The running sum carried to the next page: no item. Under the page's rows it
            # closes them; what follows on the page is its footer (the register number in
            # "HRA 6621" no amount), and the rows go on on the next page.
            foot = bool(rows) and rows[-1].page == line.page
            resume = past_page_foot(lines, index, rows, columns) if foot else None
            index = index + 1 if resume is None else resume
            resumed = index if foot or resumed == index - 1 else resumed
            continue
        if (not rows or rows[-1].page != line.page) and column_numbers(line):
            index += 1  # columnnumbers.py: "0 | 1 | 2 | 3 | 4 | 5 (3x4) | 6" under the header
            continue
        if rows and rate_line(line):
            # "a számla pénzneme | MNB árfolyam: 1 EUR = 393,85 HUF": the title of the sums
            # converted into another currency under the items (convertedrecap.py).
            return rows, index
        if page_label(line):
            if not rows or rows[-1].page != line.page:
                index += 1  # a page number over the table
                continue
            resume = past_page_foot(lines, index, rows, columns)
            if resume is None:
                return rows, index + 1
            index = resumed = resume
            continue
        trimmed = right_of_table(line, columns)
        if trimmed is None:
            index += 1  # a sidebar right of the table (the seller's bank, phone): no row
            continue
        line = trimmed
        beside = beside_table(line, columns)
        # "VAT Reg. No." in a sidebar left of the items: a caption of the block beside the
        # table, no totals line under it (a total carries its figure).
        # Its registration ids ("Btw NL001234567B01") are no figures: a sidebar's line too.
        sidebar = beside is None and not any(_FIGURE.match(w.text) for w in line.words)
        own = beside or line
        first = own.cells[0].text if own.cells else ""
        stop = TABLE_STOP.match(first) or TABLE_STOP.match(own.text)
        if (
            stop
            and not names_with_sum_word(own, lines, index, rows, columns)  # "Suma Select A7"
            and not continues_correction(rows, own)  # correctionitems.py: "po korekcie | 7 |"
            and not opens_correction(lines, index, own)  # "przed korektą | 12 |" under a name
            and not sidebar
            and not (rows and (_rate_detail(line, columns) or _wraps_on(rows[-1], line)))
            and not disbursed_tax(own)  # disbursedtaxes.py: "TVA à l'importation ... | 3 052,92"
        ):
            if rows and position_sum(own, rows[-1], columns):
                index += 1  # positionsums.py: "Summe Pos. 1 | 1.317,60", the row's amount
                continue
            return rows, index + 1
        if beside is None:
            index += 1  # an info block left of the table ("Date 12/03/2025"): no item text
            continue
        line = beside
        above = lines[index - 1]
        if rows and above.page == line.page and line.y0 - above.y1 > _GAP * line.height:
            # A wide blank after the items: the totals block below is apart, or the page's
            # foot, the rows going on on the next page.
            resume = over_page_foot(lines, index, rows, look_ahead(columns), TABLE_STOP)
            if resume is None:
                return rows, index
            index = resume
            continue
        repeated = _repeated_header(lines, index, columns)
        if repeated is not None:
            # The page's letterhead above the table's header repeated: no part of an item.
            index, columns = repeated[0], replace(repeated[1], wrap_gap=columns.wrap_gap)
            columns.decimal, resumed = decimal, repeated[0]
            continue
        if line.page != columns.page and find_header(lines[index : index + 4], 0) is not None:
            # The table goes on after a repeated header on the next page.
            header = find_header(lines, index)
            if header is not None:
                index, columns = header[0] + 1, replace(header[1], wrap_gap=columns.wrap_gap)
                columns.decimal, resumed = decimal, index
                continue
        if _BANK_CAPTION.search(line.text):
            index += 1  # the page footer's bank column: its IBAN groups are no figures
            continue
        if rows and note_line(line):
            rows[-1].closed = True  # tablerows.py: "Notes: ..." under the items, no item text
            index += 1
            continue
        if prose_line(line):
            # proserows.py: "Bei Zahlung bitte ... Lohnanteil 761,00 €.": a note, no item.
            if rows:
                rows[-1].closed = True
            index += 1
            continue
        if columns.payments and paid_line(line, columns.payments, columns.centers["amount"]):
            index += 1  # tableledger.py: a payment received, posted among the charges
            continue
        if size_scale(line):
            index += 1  # sizescales.py: "longueur (cm) | 150 | 158 | 166" over a block's sizes
            continue
        description, numbers = read_row_line(line, columns)
        if not description and rows and priced_item(numbers):
            # "| | Card fee | 2 | 3,50 | 7,00": date and place blank, the text under the
            # product's caption (tablerows.py).
            description = other_column_text(line, columns, numbers)
        if _position_net(rows, description, numbers) or working(line, rows, description, numbers):
            index += 1  # "Positionswert netto"; itemworkings.py: "abzgl. Rabatt 5 % | -20,52"
            continue
        if adjustment_sub_row(lines, index, rows, description, numbers, columns):
            index += 1  # adjustmentsubrows.py: "Rabatt | -5,00 % | -42,10" under its item
            continue
        sub_row = rows and rows[-1].page == line.page and line.y0 - rows[-1].last_y < line.height
        if sub_row and tax_sub_row(line, numbers, columns.description[1]):
            # taxsubrows.py: "9% | SGST | ₹991.45", the item's second tax, its text going on.
            text = sub_row_text(line, description)
            if text:
                _continue_row(rows[-1], line, columns, text, False)
            index += 1
            continue
        if not rows and sums_brought(lines, index, description, numbers):
            return rows, index + 1  # broughtsums.py: the totals under a sum brought forward
        ended = (
            total_beside(line, numbers, TABLE_STOP, bool(description))
            or (
                indented_total(rows, description, numbers, line)
                and not under_text_caption(description, columns)  # shipmentlist.py
            )
            or sums_rows(earlier, rows, description, numbers)
            or captioned_sum(earlier, rows, description, numbers)  # "... gesamt netto"
            or sum_caption_beside(line, numbers, TABLE_STOP)  # "Note | Goods total | 422.10"
        )
        if rows and ended:
            return rows, index + 1
        adjustment = not description and set(numbers) <= {"amount", "vat_rate"}
        if adjustment and _adjusts_previous(line, numbers, rows):
            index += 1
            continue
        if is_summary_line(line, columns, description) or is_heading(line, columns):
            return rows, index + 1
        if rows and not numbers and (opens_grid(line) or opens_other_table(line, columns)):
            if section_subheader(lines, index, columns):
                index += 1  # tableends.py: "SALES ITEMS | PRICE | UNIT", its rows below
                continue
            return rows, index  # another grid's or table's header ("%IVA | Totale imponibile")
        if rows and tax_captions_lead(line):
            return rows, index  # taxcaptionrows.py: "Aliquota | Imponibile | Imposta" beside totals
        lone_amount = not description and set(numbers) == {"amount"}
        if lone_amount and (not rows or "amount" in rows[-1].numbers):
            return rows, index + 1  # a bare sum under the amounts column: the table is over
        # wrappedprices.py: "… 1,5 Std. à €" over "180,00 | 270,00", the text's end.
        if (
            "amount" in numbers
            and only_money(description)
            and not price_wrapped(apart, index, description)
        ):
            return rows, index  # a totals grid under the table ("326,50  -8,10  ...  382,47")
        if (
            rows
            and document_allowance(line, description, numbers, columns)
            and not sums_with_rows(lines, index, rows, numbers["amount"])
        ):
            return rows, index + 1  # tableallowances.py: the whole invoice's allowance
        count = len(rows)
        if order.last and rows and description and not numbers:
            apart.append((index, description))  # the next item's text, over its figures
        elif _take_row(
            rows,
            lines,
            (index, resumed),
            line,
            columns,
            description,
            numbers,
            described_page,
            order,
        ):
            apart.append((index, description))
        elif len(rows) > count and not name_over_code(lines, index, rows, start):
            _named_above(lines, apart, index, rows[-1], (start, columns), order)
            if order.last and index == resumed:
                name_over_break(lines, apart, rows)  # figureslast.py: a name at the page's foot
            name_labelled_row(lines, apart, index, rows[-1], columns)  # correctionitems.py
        if description:
            described_page = line.page
        index += 1
    return rows, index


def _named_above(
    lines: list[Line],
    apart: list[tuple[int, list[Word]]],
    index: int,
    row: ItemRow,
    table: tuple[int, Columns],
    order: FigureOrder,
) -> None:
    """The text left over right above the line `lines[index]` that opened `row`, put in front
    of its name where it reads as the item's first lines. At the table's first item, where
    text stands right over it, whether the table prints each item's figures on the last
    line of its text decides how (figureslast.py); `table`: where its rows start, its columns."""
    if order.last is None:
        start, columns = table
        above = bool(apart) and apart[-1][0] == index - 1
        reader = look_ahead(columns)
        order.pitch = figures_last(lines, start, reader, TABLE_STOP) if above else 0.0
        if columns.name_lines is not None:  # namesoverfigures.py: names over figures lines
            order.pitch = name_pitch(lines, start, reader)
        order.last = order.pitch > 0
    if order.last:
        name_over(lines, apart, index, row, order.pitch)  # figureslast.py
    else:
        name_above(lines, apart, index, row)  # namesabove.py: a name over its figures


def _take_row(
    rows: list[ItemRow],
    lines: list[Line],
    place: tuple[int, int],
    line: Line,
    columns: Columns,
    description: list[Word],
    numbers: dict[str, Value],
    described_page: int,
    order: FigureOrder,
) -> bool:
    """The line (the table's part of lines[index]) as a new item, the amount of the item
    above, a detail closing it, or its description going on; True where its text was left
    over, too far under the item above (or over the first), perhaps a name over its figures.
    `place`: the line's index, and where the rows go on on its page after a page break."""
    index, resumed = place
    complete = bool(rows) and "amount" in rows[-1].numbers
    if (
        "amount" in numbers
        and complete
        and _PRICE_DETAIL.match(_from_description(line, columns, " | "))
        # "8 | Benutzerverwaltung: 3 Austritte ...": a position number opens an item.
        and not _position_number(line, columns)
        # "Returned: 18V 4.0Ah battery | 2 | 45.83 | 91.66": its own count times price.
        and not priced_item(numbers)
    ):
        rows[-1].closed = True  # "Bruttopreis : 15,00  Abschlag : 4,50  Rabatt 1"
    elif "amount" in numbers:
        current = rows[-1] if rows else None
        if (
            current is not None
            and "amount" not in current.numbers
            and current.page == line.page
            and not (description and _position_number(line, columns))
            and not _own_row(current, numbers, order)
        ):
            if not _is_detail(line, columns, description):
                current.description.extend(description)
            current.numbers.update(numbers)
            current.last_y = line.y1
        else:
            rows.append(ItemRow(description, numbers, line.y1, line.page))
    elif _starts_row(line, columns, description, numbers, rows) or opens_coded_item(
        lines, index, line, columns, description, numbers, rows
    ):
        # Price and quantity now, the amount on a line below ("198,00" under the GTIN); or
        # "3511 | Untersuchung eines ..." wrapping before its figures (codedopening.py).
        rows.append(ItemRow(description, numbers, line.y1, line.page))
    elif description and rows and bundle_part(rows[-1], line, description, numbers):
        rows[-1].closed = True  # bundleparts.py: "– Écran 24\" … | 2" under a priced pack
    elif description and rows:
        # Only the first described line, near the top of a page, goes on with an item
        # of the page before.
        near_top = index < 4 or lines[index - 4].page != line.page or index == resumed
        carried = near_top and described_page != line.page
        return _continue_row(rows[-1], line, columns, description, carried)
    else:
        return bool(description) and not numbers
    return False


def _own_row(current: ItemRow, numbers: dict[str, Value], order: FigureOrder) -> bool:
    """A line that prints its own count, price and amount under a row priced with no amount
    ("3.870,00  nur EP": an alternative priced for information), or under the text of the
    next item where figures stand on an item's last line: an item of its own."""
    if order.last:
        return True
    priced = {"quantity", "unit_price"}
    return priced | {"amount"} <= numbers.keys() and priced <= current.numbers.keys()


def _position_net(rows: list[ItemRow], description: list[Word], numbers: dict[str, Value]) -> bool:
    """A position's net value under its surcharge and rebate lines (positionnets.py): the
    position takes it as its amount, and the condition rows go."""
    net = numbers.get("amount")
    if set(numbers) != {"amount"} or net is None or not isinstance(net.value, float):
        return False
    if not rows or not is_position_net(" ".join(w.text for w in description)):
        return False
    count = net_parts([_amount(row) for row in rows], net.value)
    if count is None:
        return False
    position = rows[-count]
    position.numbers["amount"] = net
    del rows[len(rows) - count + 1 :]
    return True


def _repeated_header(lines: list[Line], index: int, columns: Columns) -> tuple[int, Columns] | None:
    """On a page after the table's, its header printed again in the same place further down
    (under a letterhead): where the rows go on, and the header's columns."""
    line = lines[index]
    if line.page == columns.page or not page_opening(lines, index):
        return None  # only from a page's first line, or the first under its page label
    window = [other for other in lines[index : index + 15] if other.page == line.page]
    header = find_header(window, 0)
    if header is None or header[0] == 0:
        return None
    found = header[1]
    same = same_places(found.centers, columns.centers, window[header[0]])
    return (index + header[0] + 1, found) if same else None


def _wraps_on(row: ItemRow, line: Line) -> bool:
    """The item's name going on under it, though its first word reads as a totals caption."""
    return not row.closed and row.page == line.page and closes_parenthesis(row.description, line)


def _starts_row(
    line: Line,
    columns: Columns,
    description: list[Word],
    numbers: dict[str, Value],
    rows: list[ItemRow],
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


def _adjusts_previous(line: Line, numbers: dict[str, Value], rows: list[ItemRow]) -> bool:
    """A discount or surcharge sub-row ("abzgl. 10 % Rabatt  -2,00") under an item."""
    amount = numbers.get("amount")
    if amount is None or not rows or "amount" not in rows[-1].numbers:
        return False
    if not any(ch.isalpha() for ch in line.text) or not isinstance(amount.value, float):
        return False
    if _VOUCHER.search(line.text):
        return False
    row = rows[-1]
    if row.page != line.page or amount.value >= 0:
        return False
    base = row.numbers["amount"]
    if not isinstance(base.value, float) or base.value <= 0:
        # A discount lowers a charge: under a credit note's negative items, a negative
        # figure is a total ("Gutschriftsbetrag (brutto) -184,80"), none of the item's.
        return False
    new_amount = round(base.value + amount.value, 2)
    if new_amount < 0:
        # A discount never takes its item below nothing: a figure larger than the row's own
        # printed amount is a sum under the rows ("Net credit -449.50" under return rows
        # and a "Restocking fee 25.00"), and the row keeps the amount it prints.
        return False
    row.numbers["amount"] = Value(new_amount, base.text, base.boxes + amount.boxes)
    quantity = row.numbers.get("quantity")
    if quantity is not None and isinstance(quantity.value, float) and quantity.value:
        price = row.numbers.get("unit_price")
        boxes = price.boxes if price is not None else ()
        row.numbers["unit_price"] = Value(round(new_amount / quantity.value, 2), "", boxes, 0.8)
    row.last_y = line.y1
    return True
