"""Items without a table: a plain list of "name ... amount" lines that adds up.

Letter-style invoices (insurers, associations, landlords) print what they bill as a list
over the line of its sum::

    Privathaftpflicht                             50,00 €
    Lebensgefährte/in zur Privathaftpflicht        0,00 €
    Gesamtbeitrag                                 50,00 €

Service statements list their charges by service, with details indented under each and no
sum right under the list::

    AWS Data Transfer                       $0.01
        Charges                             $0.01
        VAT                                 $0.00
    Amazon Glacier                          $2.22

Both are one shape: names at one indentation, their amounts right-aligned in one column,
and lines between them (indented deeper, or text without a figure) describing the item
above. No header names the columns, so a run of such lines counts only when its amounts add
up: to the sum line that closes it, or to the document's net or total amount (with two
non-zero amounts, which keeps summaries and payment notes out). The longest such run gives
the items, each one unit at its amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from facturist.engine.breakdownlist import is_breakdown
from facturist.engine.carrylines import CARRIED
from facturist.engine.column_captions import names_item_columns
from facturist.engine.countedprice import (
    bare_working,
    counted_price,
    each_price,
    worked_name,
    worked_price,
)
from facturist.engine.countsublines import sub_line_count
from facturist.engine.describedservice import described_item
from facturist.engine.foliocolumns import (
    POSTING_DATE,
    dated_column,
    reference_start,
    without_glued_date,
    without_reference,
)
from facturist.engine.hangingnames import hung_name
from facturist.engine.inlinecounts import inline_count
from facturist.engine.innersums import inner_sum_rows
from facturist.engine.itemboxes import boxed_items
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Cell, Line
from facturist.engine.leadcounts import lead_count, without_price_of_one
from facturist.engine.leadercells import leader_end, without_bullet, without_leaders
from facturist.engine.model import Value, Word
from facturist.engine.paragraphitems import paragraph_above
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import parse_amount
from facturist.engine.periodcells import period_span, without_period
from facturist.engine.positionblocks import block_items
from facturist.engine.printsize import smaller_by
from facturist.engine.settlementlines import settles_total
from facturist.engine.sidebarlist import sidebar_line, without_sidebar
from facturist.engine.summedtable import summed_items
from facturist.engine.taxtreatment import without_tax_treatment

# Swiss figures group their thousands with an apostrophe ("4'850.00").
_AMOUNT = re.compile(
    r"^\(?[-−]?(?:\d{1,3}(?:[.,\u00a0 '’]?\d{3})*|\d{1,2}(?:,\d{2})+,\d{3})[.,]\d{2}\)?$"
)
# A currency beside the figure: a symbol, a code, or a local abbreviation ("1 350,00 Kč").
_CURRENCY = re.compile(
    r"^(?:€\)?|\$|£|EUR|USD|GBP|CHF|CZK|PLN|HUF|SEK|NOK|DKK|Kč|zł|Ft|kr\.?|лв\.?"
    # Brazil's real ("R$ 1.600,00"), Latin America's dollars and pesos ("US$", "MX$").
    r"|R\$|BRL|US\$|MX\$)$"
)
# Right edges of one column's amounts agree within this share of the line height.
_ALIGN = 1.0
# A tax-code letter after a row's amount ("372,50 A", "56,80 B*"): its rate keyed elsewhere.
_TAX_CODE = re.compile(r"^[A-Z]\*?$")
# Left edges within this share of the line height sit at one indentation level.
_LEVEL = 0.25
# How far apart, in line heights, two lines of one list may be (detail lines included).
_LINE_GAP = 3.0
# The most lines a list's first item's name may wrap over, above its working.
_FIRST_NAME_LINES = 3
# Lines that may stand between an item and the next figure (its details).
_MAX_DETAIL_LINES = 6
# Words of sums also inside compounds ("Positionssumme", "Zwischentotal", "Nettobetrag",
# Dutch "Subtotaal").
_SUM_WORD = re.compile(r"summe|totaa?l|betrag|saldo|übertrag|sum\b|gesamt", re.IGNORECASE)
# How many words into a name a sum word still makes it a sum's caption.
_SUM_REACH = 3
# A VAT row: its rate and a VAT word opening the name, either order ("19 % Umsatzsteuer Nr.
# 7008 VV RVG", "MwSt. 19 %", "TVA 20 %"). Its words may hide it from the tax caption (a fee
# schedule's "Nr." reads as a tax ID's), yet a rate with a VAT word sums up, bills nothing.
_VAT = r"(?:umsatzsteuer|mehrwertsteuer|mwst|ust|vat|tva|iva|btw|gst|moms|mva|alv|dph|ddv|pdv)"
_RATE = r"\d{1,2}(?:[.,]\d{1,3})?\s?%"
# A fare's first part, which the net caption also reads ("Base fare" of an airline's ticket):
# on a taxi's or ride's receipt it opens the fare's parts ("Base fare | Distance | Time |
# Booking fee"), which add up to the total.
_BASE_FARE = re.compile(r"^\W*(?:base|basic|minimum)\s+fares?$", re.IGNORECASE)
_VAT_ROW = re.compile(rf"^(?:{_RATE}\s*{_VAT}\b|{_VAT}\.?:?\s*{_RATE})", re.IGNORECASE)
# A cell of a date or a period without letters: "11.03.", "01.03.–31.03.", "04/02/2025".
_DATE_CELL = re.compile(r"^\d{1,2}([./-])\d{1,2}\1(?:\d{2,4})?(?:\s*[-–]\s*[\d./-]+)?$")
# A count and its unit alone in a cell: "1 ks", "2 Stk.", "3,5 h". Not an article's size
# ("Holzleim D3 | 750g", "PUNTA HSS | 6MM"): grams and millimetres are not billed by.
_COUNTED = re.compile(
    r"^(\d{1,4}(?:[.,]\d{1,2})?)\s?(?!(?:mm|cm|ml|cl|mg|g)\.?$)[^\W\d_]{1,5}\.?$", re.IGNORECASE
)
# A cell of a bare number before a row's figures: its count, as a priced table prints it.
_COUNT = re.compile(r"^\d+(?:[.,]\d+)?$")
# A cell of a date, a period or a tax rate between the name and the amount: a column of its
# own ("Aller : Paris → Lyon | 04/03/2024 | 10,0 % | 89,00 €"), no part of the name.
_DAY = r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}-\d{1,2}-\d{2,4})"
# Telecom and subscription bills print the period in words ("du 01/06/2024 au 30/06/2024",
# "vom 01.06.2024 bis 30.06.2024", "from ... to ...", or only "01/03 au 31/03").
_COLUMN_CELL = re.compile(
    rf"^(?:{_DAY}(?:\s*[-–]\s*{_DAY})?|\d{{1,2}}(?:[.,]\d{{1,2}})?\s?%"
    rf"|(?:(?:du|vom|from|del|dal|van)\s+)?{_DAY}\s+(?:au|bis|to|until|al|tot)\s+{_DAY})$",
    re.IGNORECASE,
)
_TIMES = re.compile(r"^(?:x|×|@|\*|à|a|per|je|pro)$", re.IGNORECASE)
_AMOUNT_KEYS = ("net_amount", "tax_amount", "total_amount", "amount_due")
# A host or domain name: dotted parts, no space, ending in letters ("vps1.example.net").
_BRACKETED = re.compile(r"\([^()]*\)")
_HOST_NAME = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
# A line printed this much smaller than the name above it is a note, not the name's own.
_SMALLER = 0.88
# Between these ratios a line is printed about a point smaller than the name above it.
_SLIGHTLY = 0.84
_SAME = 0.95


@dataclass
class _Entry:
    """A line of a name and one amount at its right end."""

    line: Line
    name: list[Word]
    word: Word
    amount: Decimal
    # A row of net, tax and gross (`_net_tax_gross`): the amount is the first of three.
    columned: bool = False
    # The name's second line under it (`_second_line`): what was bought of a bold product.
    second: list[Word] = field(default_factory=list)
    # The count printed in a cell of its own before the amount ("1 ks"), if any.
    count: Value | None = None
    # The unit price printed after the count with a times sign ("15 Stk x 22,40 €").
    price: Value | None = None
    # The line above naming the item whose working this line prints (`_named_working`).
    named: Line | None = None

    @property
    def base_fare(self) -> bool:
        """Named a fare's base ("Base fare"), which may open a list of the fare's parts."""
        return _BASE_FARE.match(" ".join(w.text for w in self.name)) is not None

    @property
    def caption(self) -> bool:
        """Sum and amount captions ("Gesamtbeitrag", "Total", "VAT") name no item."""
        cells = self.line.cells
        if len(cells) > 2 and _DATE_CELL.match(cells[0].text):
            return False  # a dated posting ("11.09.23 | City Tax | 4.20"), as folios list them
        text = " ".join(w.text for w in self.name)
        # A sum caption names its sum up front ("Summe netto", "Zu zahlender Betrag"); a
        # sum word further into a long name is the item's own ("Privathaftpflicht Komfort
        # (Single), Deckungssumme 15 Mio. EUR": the insured sum).
        if _SUM_WORD.search(" ".join(w.text for w in self.name[:_SUM_REACH])):
            return True
        if _VAT_ROW.match(text) or settles_total(self.line, text):
            return True  # a tax row; a withholding or the sum paid (settlementlines.py)
        # A host or domain name in the item ("vps118.example.net") holds no caption's "net";
        # a tax treatment in brackets ("filing fee (outside the scope of VAT)", "(exempt
        # from VAT)") says how an item is taxed, as fee notes print a disbursement.
        text = _BRACKETED.sub(" ", _HOST_NAME.sub(" ", text))
        # "…, não sujeitas a IVA", "…, not subject to VAT": how the item is taxed (taxtreatment.py).
        text = without_tax_treatment(text)
        return any(LABELS_BY_RANK[key].search(text) for key in _AMOUNT_KEYS)


@dataclass
class _Run:
    entries: list[_Entry] = field(default_factory=list)
    closing: _Entry | None = None  # the sum line under the list, if one ends it
    # The list as it stood at each section heading inside it: where the headings start
    # another list instead, one of these is the list that adds up.
    before_headings: list[_Run] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((entry.amount for entry in self.entries), Decimal(0))


def listed_items(lines: list[Line], fields: dict[str, Value]) -> list[dict[str, Value]]:
    """Items of the longest header-less list that adds up (see the module's docstring);
    first, items printed as boxes of label/value rows (itemboxes.py) or as numbered blocks of
    "caption: value" sub-lines (positionblocks.py); last, a table of
    unknown captions whose rows add up (summedtable.py)."""
    boxed = boxed_items(lines) or block_items(lines)
    if boxed:
        return boxed
    targets = [
        Decimal(str(fields[key].value))
        for key in ("net_amount", "total_amount")
        if key in fields and isinstance(fields[key].value, int | float) and fields[key].value
    ]
    best: list[_Entry] = []
    rank = (0, 0)
    ended: _Entry | None = None  # the best list's last line: its sum, or its last item
    runs: dict[int, _Run] = {}
    for start in range(len(lines)):
        run = _run_from(lines, start)
        if run is None:
            continue
        runs[start] = run
    # The sums closing a list: a list opening at one is the totals block under the items
    # ("Onorari 2.470,00 | Contributo Cassa 5% 123,50" adding up to the net), not items.
    sums = {
        id(run.closing.line)
        for run in runs.values()
        if run.closing is not None and len(run.entries) > 1 and run.closing.amount == run.total
    }
    for start, run in runs.items():
        if id(run.entries[0].line) in sums:
            continue
        grouped = [
            *_grouped(lines, runs, start),
            *_carried_over(lines, runs, start),
            *_past_sums(lines, runs, start),
        ]
        for candidate in [run, *run.before_headings, *grouped]:
            # A list adding up to the document's net or total beats a longer one adding up
            # only to its own sum: a bill's call details sum to one line of its summary.
            found = (_adds_up(candidate, targets), len(candidate.entries))
            # "Prima neta" and the taxes on it: one premium on its way to the total, no
            # items (breakdownlist.py).
            names = [" ".join(w.text for w in entry.name) for entry in candidate.entries]
            # A list opened by a "Base fare" holds the fare's parts only when they add up
            # to the document's figures, and are not its taxes (is_breakdown).
            fare = candidate.entries[0].base_fare and (found[0] < 2 or len(names) < 3)
            if found[0] and found > rank and not is_breakdown(names) and not fare:
                best, rank = candidate.entries, found
                ended = candidate.closing or candidate.entries[-1]
    if ended is not None:
        # Outlays in an inner column under the list, summed in its column (innersums.py).
        below = lines.index(ended.line) + 1
        inner = inner_sum_rows(lines, below, best[0].word.box.x1, _figure)
        best = best + [_Entry(*row) for row in inner]
        # "Description | Period | Amount": the period's column names no charge (periodcells.py).
        span = period_span(lines, lines.index(best[0].line))
        if span is not None:
            for entry in best:
                entry.name = without_period(entry.line, entry.name, span)
    if dated_column([entry.line for entry in best]):
        for entry in best:  # foliocolumns.py: "31.03.25. Fruehstueck" read as one cell
            entry.name = without_glued_date(entry.name)
    if best and best[0].name:
        # A voucher column under a "Reference" caption between names and amounts
        # (foliocolumns.py): no part of the names.
        reference_x = reference_start(lines, best[0].line, best[0].name[0].box.x0)
        if reference_x is not None:
            for entry in best:
                entry.name = without_reference(entry.name, reference_x, entry.line.height)
    items = []
    for entry in best:
        lead = [] if entry.named else paragraph_above(lines, entry.line, entry.name)
        # "1) Wände und Decken ..." over the lines its text wraps onto (hangingnames.py).
        hung = entry.name if entry.named else hung_name(lines, entry.line, entry.name)
        if hung is not entry.name:
            entry.name, entry.second = hung, []
        items.append(_item(entry, lead))
    # Then rows with base amounts and rates beside their amount, under captions the table reader
    # does not know (summedtable.py).
    # Last, one service described under a lone "Descrição" caption (describedservice.py).
    return items or summed_items(lines, fields) or described_item(lines, fields)


def _grouped(lines: list[Line], runs: dict[int, _Run], start: int) -> list[_Run]:
    """The list starting at `start` joined with the lists after it, where each closes with
    its own sub-total and the next starts under a heading or two: a bill's charges grouped
    by meter or service ("Electricity ... Total electricity charges", "Gas ... Total gas
    charges"), whose groups together add up to the net. One list per group joined on: the
    groups may end before the last list joined (a phone bill's call details under its lines'
    charges). Empty where no group follows."""
    run = runs[start]
    first = run.entries[0]
    joined = _Run(list(run.entries))
    stages: list[_Run] = []
    # The groups' headings stand at a margin of their own, left of the items; charges after
    # the last group's sum may stand there too, named in the headings' print ("Impuesto
    # eléctrico  5,11 % s/ 56,78 €  2,90 €" under "Término de energía ... Total energía").
    margins = [first.line.words[0].box.x0]
    if start and lines[start - 1].page == first.line.page and _is_heading(lines[start - 1]):
        margins.append(lines[start - 1].words[0].box.x0)
    while run.closing is not None and run.closing.amount == run.total:
        after = lines.index(run.closing.line) + 1
        following = next((index for index in range(after, after + 3) if index in runs), None)
        if following is None or any(not _is_heading(line) for line in lines[after:following]):
            break
        run = runs[following]
        head = run.entries[0]
        height = first.line.height
        x0 = head.line.words[0].box.x0
        if (
            head.line.page != first.line.page
            or all(abs(x0 - margin) > _LEVEL * height for margin in margins)
            or abs(head.word.box.x1 - first.word.box.x1) > _ALIGN * height
        ):
            break
        joined = _Run([*joined.entries, *run.entries], run.closing)
        stages.append(joined)
    return stages


def _past_sums(lines: list[Line], runs: dict[int, _Run], start: int) -> list[_Run]:
    """The list starting at `start`, closed by its sum and the sum's tax and total lines,
    joined with the list under the heading right after them, at the margin of the heading
    over the first: a phone bill's "Servicios sujetos a IVA ... Total servicios" then "Otros
    conceptos no sujetos a IVA" (a handset's instalment, its VAT charged on the sale). Its
    own closing sum left out, the joined list counts only where it adds up to the document's
    net or total (`_adds_up`). Empty where no such list follows."""
    run = runs[start]
    if run.closing is None or run.closing.amount != run.total or not start:
        return []
    above = lines[start - 1]
    index = lines.index(run.closing.line) + 1
    # The sum's tax and gross lines ("IVA 21 %", "Total servicios"): captions with figures.
    while index < len(lines) and (entry := _entry(lines[index])) is not None and entry.caption:
        index += 1
    if index + 1 not in runs or not _is_heading(above) or not _is_heading(lines[index]):
        return []
    heading, after = lines[index], runs[index + 1]
    first, head = run.entries[0], after.entries[0]
    height = first.line.height
    if (
        len({above.page, heading.page, head.line.page}) > 1
        or abs(heading.words[0].box.x0 - above.words[0].box.x0) > _LEVEL * height
        or abs(head.line.words[0].box.x0 - first.line.words[0].box.x0) > _LEVEL * height
        or abs(head.word.box.x1 - first.word.box.x1) > _ALIGN * height
    ):
        return []
    return [_Run([*run.entries, *after.entries])]


def _carried_over(lines: list[Line], runs: dict[int, _Run], start: int) -> list[_Run]:
    """The list starting at `start` going on over page breaks: a page's list closing with
    its sum carried forward ("Total à reporter 205,80", carrylines.py) goes on with the
    first list of the next page in its amounts' column, which may first bring the sum
    forward ("Report 205,80") under a repeated header. Empty where no page follows."""
    run = runs[start]
    joined = _Run(list(run.entries))
    right, height = run.entries[0].word.box.x1, run.entries[0].line.height
    while run.closing is not None and _carries(run.closing, joined.total):
        after = lines.index(run.closing.line) + 1
        page = run.closing.line.page
        following = _next_run(runs, after, len(lines))
        if following is not None and _carries(runs[following].entries[0], joined.total):
            following = _next_run(runs, following + 1, len(lines))  # the sum brought forward
        if following is None or lines[following].page != page + 1:
            break
        run = runs[following]
        if abs(run.entries[0].word.box.x1 - right) > _ALIGN * height:
            break
        joined = _Run([*joined.entries, *run.entries], run.closing)
    return [joined] if len(joined.entries) > len(runs[start].entries) else []


def _next_run(runs: dict[int, _Run], start: int, end: int) -> int | None:
    return next((index for index in range(start, end) if index in runs), None)


def _carries(entry: _Entry, total: Decimal) -> bool:
    """A line carrying the list's running sum over the page break."""
    return entry.amount == total and CARRIED.match(entry.line.text.strip()) is not None


def _adds_up(run: _Run, targets: list[Decimal]) -> int:
    """2: the items add up to the document's net or total; 1: to the sum line under them
    only; 0: to neither."""
    total = run.total
    closing = run.closing
    nonzero = sum(1 for entry in run.entries if entry.amount)
    if nonzero >= 2 and any(abs(total - target) <= Decimal("0.011") for target in targets):
        return 2
    # A single item needs a caption under it to be sure the figure below is its sum.
    if (
        closing is not None
        and closing.amount == total
        and (closing.caption or len(run.entries) > 1)
    ):
        return 1
    return 0


def _entry(line: Line) -> _Entry | None:
    """The amount ending a line of text, with the name before it; on a row of net, tax and
    gross, its net."""
    if len(line.cells) < 2:
        return None
    figured = _net_tax_gross(line)
    cells = line.cells[:-3] if figured is not None else line.cells[:-1]
    cells = without_leaders(cells)  # "Despesas ........ | 185,00 €" (leadercells.py)
    while len(cells) > 1 and _CURRENCY.match(cells[-1].text):
        cells = cells[:-1]  # "… | R$ | 6.900,00": the amount's currency in a cell of its own
    if not cells:
        return None
    figure = figured or _figure(line.cells[-1])
    if figure is None:
        return None
    while len(cells) > 1 and _COLUMN_CELL.match(cells[-1].text):
        cells = cells[:-1]
    # "Thermostatkopf | 15 Stk | x | 22,40 € | 336,00 €": the row says what it bills, count
    # times price, without a header (countedprice.py).
    counted_row = counted_price(cells, figure[1]) if figured is None else None
    if figured is None and counted_row is None:
        # "…, n. 4 unità | € 210,00 cad. | € 840,00": a price of one beside the amount.
        counted_row = each_price(cells, figure[1])
    if counted_row is not None:
        name, quantity, price = counted_row
        return _Entry(line, name, *figure, count=quantity, price=price)
    # "Potencia P1 | 4,600 kW x 28 días x 0,081232 €/kW día | 10,46 €": the working that
    # gives the amount, no part of the name (countedprice.py).
    worked = worked_name(cells, figure[1]) if figured is None else None
    if worked is not None:
        # ... whose one priced factor is the unit price; the count, a product, unknown.
        return _Entry(line, worked, *figure, price=worked_price(cells, worked, figure[1]))
    count, skipped = None, 0
    # "2x | Pizza Margherita | € 11,50 p/st | 9% | € 23,00": the count leads (leadcounts.py).
    led = lead_count(cells)
    if led is not None:
        count, skipped = led
        cells = without_price_of_one(cells, count.value, figure[1])
    elif len(cells) > 1 and (counted := _COUNTED.match(cells[-1].text)):
        # "… | 1 ks | 14 800,00 Kč": a count with its unit in a cell of its own.
        count = Value(float(counted.group(1).replace(",", ".")), cells[-1].text, cells[-1].boxes)
        cells = cells[:-1]
    if led is None and len(cells) > 1 and POSTING_DATE.match(cells[0].text):
        # A folio's posting date, a column of its own: no part of the name (a period or a
        # day without its year says what is billed, and stays).
        cells = cells[1:]
    name = without_bullet([w for cell in cells for w in cell.words][skipped:])
    if not any(ch.isalpha() for w in name for ch in w.text):
        return None
    if (
        any(_tabled_figure(cell) for cell in cells)
        and not leader_end(line)
        and not _works_out(name, figure[1])
    ):
        # Several figures in a row: a table's row, not a list's; one whose text leader dots
        # lead to its amount is a list's, the figures in its text its working, and so is
        # one whose name ends in a count and a price multiplying to it ("…, 12 @ €68.50").
        return None
    if figured is not None and any(_COUNT.match(cell.text) for cell in cells):
        return None  # "BEN02 | 1 | 12.90 | 0.00 | 12.90": count, price, discount, amount
    return _Entry(line, name, *figure, columned=figured is not None, count=count)


def _works_out(name: list[Word], amount: Decimal) -> bool:
    """Whether the name ends in a count and a price whose product is the amount, a name of
    its own before them (a till roll's "-1 x 43.51 | -43.51" is a working alone: its name
    stands on the line above, `_named_working`)."""
    probe = {"amount": Value(float(amount))}
    rest = inline_count(probe, " ".join(w.text for w in name))
    return "quantity" in probe and any(ch.isalpha() for ch in rest)


def _figure(cell: Cell) -> tuple[Word, Decimal] | None:
    """The money figure a cell holds alone (a currency beside it), "($12.00)" negative."""
    words = list(cell.words)
    if len(words) > 1 and _CURRENCY.match(words[-1].text):
        words = words[:-1]
    if len(words) > 1 and _CURRENCY.match(words[0].text):
        words = words[1:]
    if len(words) == 2 and _TAX_CODE.match(words[1].text):
        words = words[:1]  # "372,50 A": the row's tax-code letter, a key under the list
    if len(words) != 1:
        return None
    core = without_currency(words[0].text.strip("€$£"))
    if not _AMOUNT.match(core):
        return None
    amount = parse_amount(core.strip("()").replace("\u2212", "-"))
    if amount is None:
        return None
    # An accountant's brackets mark a credit: "Refund ... ($12.00)".
    bracketed = core.startswith("(") and core.endswith(")")
    return words[0], -amount if bracketed else amount


def _net_tax_gross(line: Line) -> tuple[Word, Decimal] | None:
    """A row ending in three figures where the first two add up to the third ("Commission |
    EUR 576.33 | EUR 0.00 | EUR 576.33"): net, tax and gross; the item's amount is the net."""
    if len(line.cells) < 4:
        return None
    figures = [_figure(cell) for cell in line.cells[-3:]]
    if any(figure is None for figure in figures):
        return None
    net, tax, gross = (figure[1] for figure in figures if figure is not None)
    if abs(net + tax - gross) > Decimal("0.011"):
        return None
    return figures[0]


def _tabled_figure(cell: Cell) -> bool:
    """A money figure opening its cell, or after another figure or a times sign ("12 x 0.65"):
    a table's column or a till's price. One after words of its own cell is quoted in the name
    ("Impuesto sobre electricidad 5,11% s/ 50,05": the tax's base), and so is one in brackets
    the name opened ("Commission (15% of EUR 3,842.20 room revenue)": the fee's base)."""
    previous, named, opened = None, False, 0
    for word in cell.words:
        if (
            _AMOUNT.match(without_currency(word.text.strip("€$£")))
            and not opened
            and (
                previous is None
                or not named
                or not any(ch.isalpha() for ch in previous.text)
                or _CURRENCY.match(previous.text)
                or _TIMES.match(previous.text)
            )
        ):
            return True
        named = named or sum(ch.isalpha() for ch in word.text) >= 3
        if named or previous is None:
            # A paragraph's line may open the bracket before its words ("(3 months @ £65.00
            # per month), including ..."): the rate quoted in it is the fee's basis.
            opened = max(0, opened + word.text.count("(") - word.text.count(")"))
        previous = word
    return False


def _run_from(lines: list[Line], start: int) -> _Run | None:
    """The list of items starting at a line, up to its sum line or its end."""
    first = _entry(lines[start])
    if first is None and start + 1 < len(lines):
        # The list may open with a name over its working ("Wandflächen spachteln" over
        # "146,00 m² à 8,50 €  1.241,00 €").
        # A till roll's first name may wrap over lines too ("Licença de software, inclui
        # ..." | "configuração e ..." | "contabilidade" over "50 x 8,04  402,00"): the name
        # runs up to a few lines above, to a rule, a caption or a gap.
        first = _named_working(lines, start + 1, max(0, start + 1 - _FIRST_NAME_LINES))
    if first is None or (first.caption and not first.base_fare):
        return None
    if first.columned and (start == 0 or not names_item_columns(lines[start - 1])):
        # Net, tax and gross per row under no caption of the items ("Montant HT | Montant
        # TVA | Montant TTC" by category): a summary of the items, not the items.
        return None
    level = (first.named or first.line).words[0].box.x0
    right = first.word.box.x1
    height = first.line.height
    run = _Run([first])
    details = 0
    previous = first.line
    # Under a heading at the items' margin ("Taxes, fees and charges"), the figures indented
    # below it are the group's items, not details of the item above the heading.
    grouped = False
    begin = lines.index(first.line) + 1
    for index, line in enumerate(lines[begin:], begin):
        if line.page != previous.page or line.y0 - previous.y1 > _LINE_GAP * previous.height:
            break
        if sidebar_line(line, level, height):
            continue  # sidebarlist.py: a sidebar's line left of the list ("3 Ashgrove Park")
        previous = line
        trimmed = without_sidebar(line, level, height)
        x0 = trimmed.words[0].box.x0
        entry = _entry(trimmed)
        if entry is not None:
            entry.line = line
        # The name may wrap over the lines since the last item's ("Toner cartridge black,
        # incl. on-site setup," | "configuration and ..." over "7.5 x 144.90  1,086.75").
        since = lines.index(run.entries[-1].line) + 1
        worked = _named_working(lines, index, since) if entry is None else None
        if (
            worked is not None
            and worked.named is not None
            and abs(worked.named.words[0].box.x0 - level) <= _LEVEL * height
            and abs(worked.word.box.x1 - right) <= _ALIGN * height
        ):
            # An item named on the line above its working: the name, read as a detail of the
            # item before, is this item's.
            if run.entries[-1].second == worked.named.words:
                run.entries[-1].second = []
            details = 0
            run.entries.append(worked)
            continue
        if x0 < level - _LEVEL * height and entry is None:
            if not _is_heading(line):
                break  # outdented text: the list is over
            # "Consommations et achats" between two groups of a bill's charges: the list may
            # go on under it.
            run.before_headings.append(_Run(list(run.entries)))
            continue
        # Rows leading their amounts with leader dots are tied to them by the dots, printed
        # in free text whose amounts need not line up (leadercells.py).
        aligned = entry is not None and (
            abs(entry.word.box.x1 - right) <= _ALIGN * height
            or (leader_end(line) > 0 and leader_end(first.line) > 0)
        )
        if entry is not None and aligned and x0 > level + _LEVEL * height:
            summed = entry.caption or len(run.entries) > 1
            if summed and run.total and entry.amount == run.total:
                run.closing = entry  # "Nettobeitrag  567,10" indented under the items
                break
            # A sum's caption under the last item's detail lines ("Lumo Games B.V." | "App"
            # under an app store's item, then "Subtotaal  15,26") sums, and names no group's item.
            opens_sum = _SUM_WORD.search(" ".join(w.text for w in entry.name[:_SUM_REACH]))
            if (grouped and not opens_sum) or _in_name_column(x0, run, height):
                details = 0
                # A group's item, or one whose first cell (a date) is empty.
                run.entries.append(entry)
                continue
        grouped = entry is None and abs(x0 - level) <= _LEVEL * height and _is_heading(line)
        if not details and _second_line(run.entries[-1], line, right):
            run.entries[-1].second = list(line.words)
        if entry is None or not aligned or x0 > level + _LEVEL * height:
            last = run.entries[-1]
            counted = sub_line_count(line, last.amount) if last.count is None else None
            if entry is None and counted is not None:
                last.count, last.price = counted  # countsublines.py: "Qty: 2 × £6.99"
            details += 1  # a detail of the item above: deeper, or no figure in the column
            if details > _MAX_DETAIL_LINES:
                break
            continue
        details = 0
        if entry.caption or x0 < level - _LEVEL * height:
            run.closing = entry
            break
        if len(run.entries) > 1 and entry.amount == run.total:
            run.closing = entry  # a figure equal to the items' sum: their total, unlabelled
            break
        run.entries.append(entry)
    return run


def _named_working(lines: list[Line], index: int, since: int | None = None) -> _Entry | None:
    """The line at `index` printing only a count, a times sign and a price before the amount
    they multiply to ("146,00 m² à 8,50 €  1.241,00 €"), as an item named by the line right
    above it: text without a figure, starting at or left of the working. Craftsmen's letters
    set each item so, the working indented (often in italics) under its name; till rolls too,
    the name wrapped over the lines from `since` on (only the line above where not given).
    None where the line is no such working or nothing above names it."""
    line = lines[index]
    if len(line.cells) < 2 or not index:
        return None
    figure = _figure(line.cells[-1])
    if figure is None:
        return None
    cells = without_leaders(line.cells[:-1])
    while len(cells) > 1 and _CURRENCY.match(cells[-1].text):
        cells = cells[:-1]
    worked = bare_working(cells, figure[1])
    if worked is None:
        return None
    height = line.height
    named: list[Line] = []
    below = line
    for above in reversed(lines[index - 1 if since is None else since : index]):
        if (
            above.page != line.page
            or below.y0 - above.y1 > height
            or above.words[0].box.x0 > line.words[0].box.x0 + _LEVEL * height
            or (named and abs(above.words[0].box.x0 - named[0].words[0].box.x0) > _LEVEL * height)
            or not _is_heading(above)
            or above.text.rstrip().endswith(":")
            # A caption with its value over a wrapped name ("Date: 02-01-2018 11:04" over
            # "GINSENG SLICES 1 TAEL"): the receipt's header, not the name's first line.
            or (named and any(w.text.endswith(":") for w in above.words))
        ):
            break
        named.insert(0, above)
        below = above
    if not named:
        return None
    name = without_bullet([w for above in named for w in above.words])
    return _Entry(line, name, *figure, count=worked[0], price=worked[1], named=named[0])


def _second_line(item: _Entry, line: Line, right: float) -> bool:
    """A short line in regular print right under a bold name, at its margin, of about its
    size and without a figure: the name's second line ("iCloud+" over "iCloud+ with 200 GB
    (Monthly)"), the purchase under the product, as app stores print it. Smaller notes under
    it ("Renews 14 Dec 2026") and text reaching across the list stay details."""
    name, words = item.name, line.words
    if not name or any(w.bold for w in words):
        return False
    height = item.line.height
    bold = all(w.bold for w in name)
    # Glyph boxes make a line without ascenders or descenders short: measured on the taller.
    reach = height if bold else 1.5 * max(height, line.height)
    if abs(words[0].box.x0 - name[0].box.x0) > _LEVEL * height or line.y0 - item.line.y1 > reach:
        return False
    if _entry(line) is not None or words[-1].box.x1 > (name[0].box.x0 + right) / 2:
        return False
    ratio = smaller_by(name, words)
    if bold:
        return ratio is None or ratio >= _SMALLER
    # Under a name in regular print, a line a point smaller (8 under 9 points) is the second
    # line of the name's cell ("Room sales EUR 2,140.00 at 3%"); one of the same size may
    # be a note or a heading, one clearly smaller a note.
    return ratio is not None and _SLIGHTLY <= ratio < _SAME


def _in_name_column(x0: float, run: _Run, height: float) -> bool:
    """A line starting where the items' names start after a first cell of dates ("01.03.–
    31.03. | Grundpreis  33,57"): an item that leaves its date cell empty."""
    return any(
        len(entry.line.cells) > 2
        and _DATE_CELL.match(entry.line.cells[0].text) is not None
        and abs(entry.line.cells[1].x0 - x0) <= _LEVEL * height
        for entry in run.entries
    )


def _is_heading(line: Line) -> bool:
    """A section heading at the list's margin: words, no figure."""
    return not any(
        _AMOUNT.match(without_currency(w.text.strip("€$£"))) for w in line.words
    ) and any(ch.isalpha() for ch in line.text)


def _item(entry: _Entry, lead: list[Word]) -> dict[str, Value]:
    named = lead + entry.name + entry.second
    text = " ".join(w.text for w in named)
    figure = Value(float(entry.amount), entry.word.text, (entry.word.box,))
    description = Value(text, text, tuple(w.box for w in named))
    count = entry.count
    if count is not None and isinstance(count.value, float) and count.value > 0:
        price = round(float(entry.amount) / count.value, 4)
        return {
            "description": description,
            "quantity": count,
            "unit_price": entry.price or Value(price, "", figure.boxes, 0.6),
            "amount": figure,
        }
    if count is None and entry.price is not None:  # "4,6 kW x 31 días x 0,073782 €/kW día"
        return {"description": description, "unit_price": entry.price, "amount": figure}
    # "ePaper (2 × 24,00 €)": a count and a price written into the name (inlinecounts.py).
    counted: dict[str, Value] = {"amount": figure}
    named_text = inline_count(counted, text)
    if "quantity" in counted:
        return {"description": Value(named_text, named_text, description.boxes), **counted}
    # One figure per line and no quantity: one unit, whose price is also the amount.
    return {
        "description": description,
        "quantity": Value(1.0, "", (), 0.6),
        "unit_price": Value(figure.value, figure.text, figure.boxes, 0.8),
        "amount": figure,
    }
