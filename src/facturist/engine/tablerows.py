"""Rules for single rows of an item table that designs outside the usual mould call for.

Ruled grids centre their captions over wide columns, Polish and Dutch invoices print the net
and the gross amount on every line, long tables carry a running sum over the page break, and
totals blocks share lines with notes at the margin. `tables` asks these rules row by row.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from facturist.engine.amountread import AMOUNT_TOKEN
from facturist.engine.billedmonth import names_billed_month
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.numberseries import numbered_series
from facturist.engine.parse.currency import without_currency
from facturist.engine.parse.dates import find_dates
from facturist.engine.parsing import parse_amount
from facturist.engine.printsize import smaller_by
from facturist.engine.printstyle import bold_under_regular, grey_under_black

if TYPE_CHECKING:
    from facturist.engine.itemrow import ItemRow
    from facturist.engine.tableheader import Columns

# "Page 1 of 2", "Seite 1 von 3", "Página 2 de 2", "Strona 1 z 2": a page's number, no item.
PAGE_LABEL = re.compile(
    r"^(?:(?:page|seite|p[áa]gina|pagina|strona|blatt|pag\.)\s*\d{1,3}\s*"
    r"(?:(?:of|von|de|di|van|z|sur|/)\s*\d{1,3})?|\d{1,3} (?:of|von|de|di|van|z|sur) \d{1,3})$",
    re.IGNORECASE,
)
# "… Anzeige der XML-Daten  Seite 1 von 2": a footer's text ending in the page's number of
# the page count, its words spaced apart into cells of their own.
_PAGE_OF_PAGES = re.compile(
    r"\b(?:page|seite|p[áa]gina|pagina|strona|blatt|pag\.)\s*\d{1,3}\s*"
    r"(?:of|von|de|di|van|z|sur|/)\s*\d{1,3}$",
    re.IGNORECASE,
)
# How far right of the items' text (points) a sum's caption starts in a totals block.
_INDENT = 40


def page_label(line: Line) -> bool:
    """A page's number ("Seite 1 von 2") in a cell of the line or ending its text."""
    if any(PAGE_LABEL.match(cell.text) for cell in line.cells):
        return True
    return line.text[-1:].isdigit() and _PAGE_OF_PAGES.search(line.text) is not None


# An article code or a long number: digits in a word of more than three characters.
_CODE_LIKE = re.compile(r"^(?=.{4,}).*\d")
# A size or pack in an item's name, no article code: "40x46", "4x1", "1.5mm", "500ml", "100/cs";
# a strength per dose ("100IU/ML", "250mg/5ml", "40mcg/g"), as medicines print it.
_UNIT = r"(?:mm|cm|m|ml|cl|l|kg|gm?|mg|mcg|iu|gal|oz|lbs?|mil|in|ft|\"|/[a-z]{1,4})"
_PER_DOSE = r"(?:/\d*(?:[.,]\d+)?(?:ml|l|g|gm|mg|kg|dose|tab|cap))?"
_MEASURE = re.compile(
    rf"^\d+(?:[.,]\d+)?(?:(?:[x×]\d+(?:[.,]\d+)?)+{_UNIT}?|{_UNIT}{_PER_DOSE}),?$",
    re.IGNORECASE,
)
# A count in a product's name: "7-in-1", "10-pack", "2-way", "3-in-1".
_COUNTED_WORD = re.compile(r"^\d{1,3}(?:-[a-z]{1,8})+(?:-\d{1,3})?$")
# A size with one decimal in a product's name ("15.6 inch", "2,5 mm"): codes print no
# decimal mark, and prices print two decimals.
_DECIMAL_SIZE = re.compile(r"^\d{1,3}[.,]\d$")
# How far quantity x price may be from a printed net amount (cents of rounding).
_NET_TOLERANCE = 0.011


def indented_total(
    rows: list[ItemRow],
    description: list[Word],
    numbers: dict[str, Value],
    line: Line | None = None,
) -> bool:
    """A bare sum whose caption starts well right of where the items' names start
    ("Goods value 9,084.02" under the middle of the table): the totals block, no item.
    A figure inside the caption's own cell ("Leistungen Kz. 1 netto | 351,62 €": the tax key
    of the sum) is part of the caption, no count or price in a column of its own."""
    if not description or "amount" not in numbers:
        return False
    counted = numbers.keys() & {"quantity", "unit_price"}
    if counted and (line is None or not all(_in_caption(numbers[k], line) for k in counted)):
        return False
    named = next((row for row in rows if row.description and row.numbers), None)
    if named is None:
        return False
    if description[0].box.x0 <= named.description[0].box.x0 + _INDENT:
        return False
    return line is None or not _in_text_column(rows[-1], description, line)


def _in_text_column(row: ItemRow, description: list[Word], line: Line) -> bool:
    """A row under the item above, its text where that item's own text column starts, past
    date and name columns of the description's span left empty ("| | Call-out charge (flat)
    | | | 45.00" under "02/05/24 | A. Okafor | Boiler service | 3.75 | 68.00 | 255.00"): a
    charge in the table's last row, no total set in from it."""
    if not row.description or line.y0 - row.last_y > line.height:
        return False
    start = description[0].box.x0
    return any(
        abs(word.box.x0 - start) <= 2 and word.box.x0 - before.box.x1 > line.height
        for before, word in pairwise(row.description)
        if word.box.y0 < before.box.y1  # one printed line: a column's gap, no wrap
    )


def _in_caption(figure: Value, line: Line) -> bool:
    """A figure read from a cell that holds words besides it (a phrase, no figure's cell)."""
    boxes = set(figure.boxes)
    cell = next((c for c in line.cells if any(w.box in boxes for w in c.words)), None)
    return cell is not None and any(
        w.box not in boxes and sum(ch.isalpha() for ch in w.text) >= 3 for w in cell.words
    )


def sums_rows(
    figures: list[float], rows: list[ItemRow], description: list[Word], numbers: dict[str, Value]
) -> bool:
    """A described amount alone that is the sum of the items above ("Quadro Resumo de
    Impostos  Mercadoria  21.513,77"): their total under a caption, no item. `figures`: the
    amounts of the table's rows on earlier pages, read as a table of their own, or of the
    tables above: the sum may be of this table's own rows."""
    amount = numbers.get("amount")
    if amount is None or not description or numbers.keys() & {"quantity", "unit_price"}:
        return False
    # Only under items priced per unit: in a list of bare amounts one may be the others' sum.
    if not any(row.numbers.keys() & {"quantity", "unit_price"} for row in rows):
        return False
    above = [row.numbers["amount"].value for row in rows if "amount" in row.numbers]
    own = [value for value in above if isinstance(value, float)]
    figures = figures + own
    if len(figures) < 2 or not isinstance(amount.value, float):
        return False
    # A repair order's parts under its labour table: "PARTS 172.49" sums the parts alone.
    sums = (figures, own) if len(own) >= 2 and len(own) < len(figures) else (figures,)
    return any(abs(sum(part) - amount.value) <= _NET_TOLERANCE for part in sums)


def total_beside(
    line: Line, numbers: dict[str, Value], stop: re.Pattern[str], described: bool = True
) -> bool:
    """A sum with its caption (`stop`) in a cell of its own, beside a note at the left margin
    ("Payment due within 14 days. | Subtotal | 1,146.68"): the totals, not an item. With no
    item text on the line, it may total the count column too ("28.20 | Total Fees |
    $11,223.00": the hours billed)."""
    if "amount" not in numbers or "unit_price" in numbers:
        return False
    if described and "quantity" in numbers:
        # "Stundennachweis zu Pos. 2 und 3: | Nettobetrag | 2.847,80 €": a side note's
        # figures read as a count; the caption right before the line's closing amount is a sum's.
        return _captions_last_figure(line, numbers["amount"], stop)
    return any(stop.match(cell.text) for cell in line.cells[1:])


def _captions_last_figure(line: Line, amount: Value, stop: re.Pattern[str]) -> bool:
    """The line's last cell is its amount alone and the cell before it a sum's caption."""
    if len(line.cells) < 3 or not stop.match(line.cells[-2].text):
        return False
    core = without_currency(line.cells[-1].text.strip("€$£ "))
    figure = parse_amount(core) if AMOUNT_TOKEN.match(core) else None
    return figure is not None and isinstance(amount.value, float) and float(figure) == amount.value


# A unit of measure after a count that opens a cell ("38 m2", "14 Std"), no part of the text.
_COUNT_UNIT = re.compile(
    r"^(?:m|m2|m²|m3|m³|qm|lfm|lm|kg|t|l|h|std|stk|st|pcs|pc|psch|pckg|pkt)\.?$", re.IGNORECASE
)
# A count glued to its unit in the quantity's cell: "24Stk", "2,5h", "50m".
GLUED_COUNT = re.compile(
    r"^(\d{1,6}(?:[.,]\d{1,3})?)(?:m|m2|m²|m3|m³|qm|lfm|kg|l|h|std|stk|st|pcs|pc|psch)\.?$",
    re.IGNORECASE,
)
# A count as printed in its column: "1", "2,5", "12.5".
_COUNT = re.compile(r"^\d{1,6}(?:[.,]\d{1,3})?$")
# A position number ("1", "02", "000003", "3.") in the first column of an item's row.
POSITION = re.compile(r"^0*\d{1,3}\.?$")


def opens_description(word: Word, line: Line, columns: Columns) -> bool:
    """A word of text left of the description header, in the same cell as words under it.

    In ruled grids the header is centred over a wide column ("|   Bezeichnung   |") while the
    text starts at the column's left edge: the phrase is one cell, so its first words belong
    to it. A position or an article code stands in a cell of its own, or ends the phrase's
    run to the left ("Toolbox 0815CO-123 | Stahlcoil"), as does a label ("Art-Nr-Kunde:").
    """
    left = columns.description[0]
    if word.box.x0 >= left:
        return False
    cell = next((c for c in line.cells if word in c.words), None)
    if cell is None or _unit_of_count(word, line, columns):
        return False
    # OCR sets a position number close to its text ("2 Softwarelizenz") in one cell.
    first = 1 if len(cell.words) > 1 and POSITION.match(cell.words[0].text) else 0
    if first and len(cell.words) > 2 and _COUNT_UNIT.match(cell.words[1].text):
        first = 2  # "38 m2 Wohnzimmer tapezieren": the count's unit, no word of the text
    opening = cell.words[first].text.lstrip("(\"'“„«[")  # "(Squarespace)" ends a name
    if not opening[:1].isalpha() and not _MEASURE.match(opening):
        return False  # a size opens a name ("8oz double wall cups"), a code none
    # "FRT      Freight - LTL": a code in a column of its own, well apart from the phrase.
    apart = cell.x1 + 2 * line.height
    if any(apart < c.x0 < left and c.text[:1].isalpha() for c in line.cells):
        return False
    start = first
    for position, other in enumerate(cell.words[first:], start=first):
        if other.box.x0 >= left:
            break
        # One digit among small letters names a model or a ply ("Easy9", "2-ply"); codes
        # are capitals ("KR3M") or longer runs of digits.
        named = sum(ch.isdigit() for ch in other.text) == 1 and any(
            ch.islower() for ch in other.text
        )
        # Counts spelled into a product's name ("7-in-1", "10-pack", "3-way") are small
        # words of the name, no code: codes print capitals or long runs of digits.
        named = named or _COUNTED_WORD.match(other.text) is not None
        named = named or _DECIMAL_SIZE.match(other.text) is not None
        code = _CODE_LIKE.search(other.text) and not named and not _MEASURE.match(other.text)
        if code or other.text.endswith(":"):
            start = position + 1
    run = cell.words[start:]
    if word not in run or run[0] is not cell.words[first]:
        return False
    # A wrapped line's lone word ("Buchhaltung") at the edge the item's text starts at.
    text_x0 = cell.words[first].box.x0  # where the text starts, after a position number
    if columns.text_left is not None and abs(text_x0 - columns.text_left) <= 2:
        return True
    if cell.x1 > left + 8:
        return True  # the phrase reaches under the header itself
    # Text under no caption of its own, between the lead columns and the centred header.
    return not any(min(cell.x1, x1) > max(text_x0, x0) for x0, x1 in columns.lead)


def _unit_of_count(word: Word, line: Line, columns: Columns) -> bool:
    """ "Stk" right of the count "1" under "Menge", in a cell of its own: the count's unit,
    the quantity column holding both under one caption, no word of the item's text."""
    span = columns.centers.get("quantity")
    if span is None or not _COUNT_UNIT.match(word.text):
        return False
    before = [w for w in line.words if w.box.x1 <= word.box.x0]
    if not before:
        return False
    count = max(before, key=lambda w: w.box.x1)
    if word.box.x0 - count.box.x1 > line.height or not _COUNT.match(count.text):
        return False
    return span[0] - 10 <= (count.box.x0 + count.box.x1) / 2 <= span[1] + 10


def net_of_gross(
    line: Line,
    numbers: dict[str, tuple[float, Value]],
    hint: str | None,
    net_span: tuple[float, float] | None = None,
) -> None:
    """A row printing the net and the gross amount ("25  0,56  14,00  21 %  2,94  16,94"):
    the line amount is the net one, quantity times price, left of the gross one read under
    an "amount"/"total" header. A discounted amount is smaller than quantity times price and
    stays as it is. Under a second amount caption (`net_span`: "SUBTOTAL" left of "TOTAL"),
    a discounted net is the figure the gross is that plus VAT of (at most 30 %)."""
    if not {"quantity", "unit_price", "amount"} <= numbers.keys():
        return
    quantity, price, amount = (numbers[k][1] for k in ("quantity", "unit_price", "amount"))
    q, p, a = quantity.value, price.value, amount.value
    if not (isinstance(q, float) and isinstance(p, float) and isinstance(a, float)):
        return
    expected = q * p
    if not expected:
        # A count of 0 read from another count column ("Vorige staten | Deze staat" of a
        # progress statement): no net of 0 carries a gross; the count is the wrong one.
        return
    if _gross_only(line, numbers, hint, expected):
        return
    if abs(a) <= abs(expected) + _NET_TOLERANCE:
        return
    if _rate_denies_gross(numbers):
        return
    low, high = price.boxes[0].x1, amount.boxes[0].x0
    for word in line.words:
        if not (low < word.box.x0 and word.box.x1 < high):
            continue
        core = without_currency(word.text.strip("€$£"))
        if not AMOUNT_TOKEN.match(core):
            continue
        figure = parse_amount(core, decimal_hint=hint)
        if figure is None:
            continue
        net = float(figure)
        if abs(net - expected) <= _NET_TOLERANCE or (
            net_span is not None
            and net_span[0] - 10 <= (word.box.x0 + word.box.x1) / 2 <= net_span[1] + 10
            and 0 < net < expected
            and abs(a) <= 1.3 * net
        ):
            numbers["amount"] = (numbers["amount"][0], Value(net, word.text, (word.box,)))
            return


def _rate_denies_gross(numbers: dict[str, tuple[float, Value]]) -> bool:
    """The row's printed VAT rate is 0 %: its amount holds no VAT, so a figure larger than
    count times price is no gross of that net. A forwarder's "EUR 990.00 | 0% | 1,073.36" is
    a foreign original beside the amount converted into the invoice's currency. (A rate above
    0 may be one of two taxes, India's CGST beside SGST, and says less.)"""
    rate = numbers["vat_rate"][1].value if "vat_rate" in numbers else None
    return isinstance(rate, float) and rate == 0


def _gross_only(
    line: Line, numbers: dict[str, tuple[float, Value]], hint: str | None, expected: float
) -> bool:
    """Web-shop rows print the line total only with VAT ("Item subtotal (incl. VAT)") beside
    the net unit price and the rate, often after a unit price with VAT: the net amount is
    quantity times the net price when the row's last figure is exactly that plus the row's
    VAT. The rate may be printed rounded ("8.3%" for 8.25 %), so the implied rate is compared."""
    rate = numbers["vat_rate"][1].value if "vat_rate" in numbers else None
    if not isinstance(rate, float) or not 0 < rate < 30 or abs(expected) < 0.01:
        return False
    amount = numbers["amount"][1]
    last = max(line.words, key=lambda word: word.box.x1)
    if last.box.x1 < amount.boxes[0].x1 - 1:
        return False
    core = without_currency(last.text.strip("€$£"))
    figure = parse_amount(core, decimal_hint=hint) if AMOUNT_TOKEN.match(core) else None
    if figure is None:
        return False
    q = numbers["quantity"][1].value
    per_unit = abs(q) * 0.006 if isinstance(q, float) else 0.0
    slack = min((_NET_TOLERANCE + per_unit) / abs(expected) * 100, 1.0)
    if abs((float(figure) / expected - 1) * 100 - rate) > slack + 0.051:
        return False
    net = Value(round(expected, 2), amount.text, amount.boxes)
    numbers["amount"] = (numbers["amount"][0], net)
    return True


def percent_column(word: Word, columns: Columns) -> str | None:
    """A percentage's column: the rate's, or the discount's where both are printed
    ("20  2,35  10%  21%  42,30" under "Aantal  Eenh.prijs  Korting  BTW  Totaal");
    None where the header names neither."""
    rates = [name for name in ("vat_rate", "discount") if name in columns.centers]
    if not rates:
        return None
    center = (word.box.x0 + word.box.x1) / 2

    def distance(name: str) -> float:
        x0, x1 = columns.centers[name]
        return 0.0 if x0 - 10 <= center <= x1 + 10 else min(abs(center - x0), abs(center - x1))

    return min(rates, key=distance)


def under_code(word: Word, columns: Columns) -> bool:
    """A figure under a tariff-code header ("SAC", "HSN"): a code, never a quantity."""
    span = columns.centers.get("code")
    if span is None:
        return False
    center = (word.box.x0 + word.box.x1) / 2
    return span[0] - 10 <= center <= span[1] + 10


# A line printed this much smaller than its item's name is a detail under it.
_SMALLER = 0.88
# Down to this ratio, a line is only a point smaller (8 under 9 points): web-service
# invoices set the second line of the name's cell so ("Renouvellement 1 an – jusqu'au ...",
# "Room sales EUR 2,140.00 at 3%"); only a bare period there is a detail.
_SLIGHTLY = 0.84
# A regular line under a bold name a point and a half smaller or more (7.5 under 9 points).
_BOLD_SMALLER = 0.87
_DATE_FIGURE = re.compile(r"^\d[\d./,-]*$")
# Words of a bare period besides its figures: month names and "from ... to" words.
_PERIOD_WORD = re.compile(
    r"^(?:jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|mar(?:ch|s)?|m[äa]rz"
    r"|apr(?:il)?|avr(?:il)?|may|mai|jun[ei]?|juin|jul[yi]?|juil(?:let)?|aug(?:ust)?|ao[uû]t"
    r"|sept?(?:ember|embre)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember)?"
    r"|d[ée]c(?:embre)?)\.?,?$|^(?:du|au|from|to|until|vom|bis|del|al|dal|[-–—/])$",
    re.IGNORECASE,
)


def _first_line(name: list[Word]) -> list[Word]:
    """The words of the name's first line: those whose middle lies within its first word's
    height on its page."""
    top = name[0].box
    return [
        w for w in name if w.box.page == top.page and top.y0 <= (w.box.y0 + w.box.y1) / 2 <= top.y1
    ]


def smaller_print(name: list[Word], line: list[Word]) -> bool:
    """A line of text in a clearly smaller (or, under a bold name, lighter) font than the
    item's first line: a detail under the name ("01.09.2024 – 30.09.2024" in 7 points under
    "Dedizierter Server AX42" in 8.5). Print set apart from the name otherwise ends the name
    too (printstyle.py): a grey line under a black name is its detail line, prose or not, and
    a bold line under a regular name the heading of the next group of items."""
    if not name or not line:
        return False
    first = _first_line(name)
    # Under a bold name the weight already sets the name apart: invoicing apps print the
    # product's description so, in grey under its bold name ("Hedge Trimming" / "Front and
    # side hedges, ..."), the item's second line; the size rules below decide there.
    grey = grey_under_black(first, line) and not all(w.bold for w in first)
    if grey or bold_under_regular(first, line):
        return True
    ratio = smaller_by(first, line)
    # A bold name over a regular line of its own size in the same cell ("Filterkaffee
    # Hausmischung" / "500 g, gemahlen für Handfilter"): shop and invoicing apps print the
    # pack, variant or scope so, the item's second line, which goes on with the name as a
    # wrapped line does. Invoicing apps set the name's second line a point smaller under a
    # bold name too ("Labour" / "Additional diagnostic time (hrs)"): the size rules below
    # decide.
    bold_over_regular = all(w.bold for w in first) and not any(w.bold for w in line)
    # Under a bold name, regular print clearly smaller is the item's description line, even
    # as prose: the bold line alone names the item ("Roll-Up Display" / "85 x 200 cm, ...").
    if first and bold_over_regular and ratio is not None and ratio < _BOLD_SMALLER:
        return True
    if ratio is None or ratio >= _SMALLER or _describes(line):
        return False
    return ratio < _SLIGHTLY or _bare_period(line)


# A reference number: capitals and four digits or more in one word ("LS-88412", "INC-1187",
# "ZL/24/031", "2404A117"), a ticket's "#4493", or a number after "Nr."/"No." ("Nr. 24-5561").
# No lower-case letters: "250g", "1,0l" are a pack's measures, no reference.
_REFERENCE = re.compile(
    r"^(?=(?:\D*\d){4})(?=[^a-z]*[A-Z])[A-Z0-9][A-Z0-9./-]{3,}[A-Z0-9],?$|^#\d{3,},?$"
)
# "Lieferschein 5512 vom 03.06.2024", "delivery note 88412 of 05/03/2024": a document's number
# and its date. A date alone may be the period the item bills ("jusqu'au 05/03/2026"), which
# the name's second line may print.
_DATED_NUMBER = re.compile(
    r"\b\d[\w/-]*\d\s+(?:vom|v\.|from|of|dated|du|del|dal|z\s+dnia|van)\s+"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.IGNORECASE,
)
# A contract's or subscription's charge names the period it bills under its name ("Vertragsnr.
# WV-2231, Zeitraum 02/2024", "Billing period 03/2024"): what the item is, no tracking detail.
_BILLED_PERIOD = re.compile(
    r"\b(?:(?:leistungs|abrechnungs|liefer)?zeitraum|(?:billing|service)?\s?period|p[ée]riode"
    r"|periodo|okres)\b",
    re.IGNORECASE,
)
_NUMBER_CAPTION = re.compile(r"^(?:nr|no|n[°º]|nº|num)\.?:?$", re.IGNORECASE)
# Below this, a line is printed smaller than the name: measured on a few words, the ratio of
# two lines of one size spreads up to 0.96, a 7.8-point line under 8.6 points reads 0.89-0.93.
_REFERENCE_SMALLER = 0.95


def reference_line(name: list[Word], line: list[Word]) -> bool:
    """A line of the item's tracking details in smaller print than its name: a delivery note,
    ticket, lot or manufacturer's number ("Lieferschein LS-88412 vom 05.03.2024", "Charge
    2404A117", "Ticket #4493", "Prüfzeugnis 3.1 Nr. 24-5561"). Software prints these under the
    item's name for the buyer's records; they are no part of the name."""
    if not name or not line:
        return False
    ratio = smaller_by(_first_line(name), line)
    if ratio is None or ratio >= _REFERENCE_SMALLER:
        return False
    texts = [w.text for w in line]
    if _BILLED_PERIOD.search(" ".join(texts)) or names_billed_month(texts):
        return False  # "Vertragsnr. WV-2231, Zeitraum 02/2024": what a contract's charge bills
    if any(_REFERENCE.match(t) for t in texts) or _DATED_NUMBER.search(" ".join(texts)):
        return True
    captioned = any(_NUMBER_CAPTION.match(t) and nxt[:1].isdigit() for t, nxt in pairwise(texts))
    return captioned and not numbered_series(texts)  # numberseries.py: "Nr. 14 bis 18"


def _bare_period(line: list[Word]) -> bool:
    """ "Mar 5 - Apr 5, 2025": dates, month names and "from ... to" words only."""
    return all(_DATE_FIGURE.match(w.text) or _PERIOD_WORD.match(w.text) for w in line)


# A code or a serial number: a run of five digits or more ("EAN 4030699081280"), or letters
# and digits in one word ("S/N: H9743104X", "R-24-0612").
_CODE = re.compile(r"\d{5,}|[^\W\d_][\w/]*-?\d|\d[\w/]*-?[^\W\d_]")


def _describes(line: list[Word]) -> bool:
    """Words that say what the item is, in the smaller print software sets an item's
    description in under its name ("Briefbogen, Visitenkarten, Stempel"): prose of words,
    without the dates, codes and serial numbers of a detail line, nor a pack's contents
    ("inh. 6 x 1 L")."""
    text = " ".join(w.text for w in line)
    words = [w for w in line if sum(ch.isalpha() for ch in w.text) >= 4]
    return (
        len(words) >= 2
        and 2 * len(words) >= len(line)
        and not any(_CODE.search(w.text) for w in line)
        and not find_dates(text)
    )


def unprinted_quantity(
    item: dict[str, Value], counted: bool, discount: Value | None = None
) -> None:
    """The count of a row whose quantity cell is empty (a lone digit a scan's OCR dropped).

    The amount is quantity times price: a printed price equal to the amount is one unit, and
    an amount that is a clean multiple of it ("34,90" and "69,80") gives the count, where the
    table has a quantity column (`counted`) and no discount column. Below two, a multiple is
    rather the gross amount of a net price. With a discount printed on the row ("10,00" in a
    "Dto.%" column), the amount is the count times the price less that share.
    """
    price, amount = item.get("unit_price"), item.get("amount")
    if "quantity" in item or price is None or amount is None or not price.text:
        return  # a price worked out from the amount says nothing
    p, a = price.value, amount.value
    if not (isinstance(p, float) and isinstance(a, float)) or not p:
        return
    if discount is not None:
        if _discounted_quantity(item, p, a, discount, counted):
            return
        counted = False
    count = round(a / p, 2)
    if abs(p - a) < 0.005:
        item["quantity"] = Value(1.0, "", price.boxes, 0.6)
    elif count >= 2 and counted and abs(count * p - a) < 0.005:
        item["quantity"] = Value(count, "", price.boxes + amount.boxes, 0.5)


def _discounted_quantity(
    item: dict[str, Value], price: float, amount: float, discount: Value, counted: bool
) -> bool:
    """The whole count q of a discounted row: q × price × (1 − rate) is the amount."""
    rate = discount.value
    if not counted or not isinstance(rate, float) or not 0 < rate < 100:
        return False
    net = price * (1 - rate / 100)
    count = round(amount / net)
    if not 1 <= count <= 10_000 or abs(count * net - amount) > 0.0101:
        return False
    item["quantity"] = Value(float(count), "", discount.boxes, 0.5)
    return True


# "Notes: Hours are rounded ...", "Hinweis: ...": a note under the items, captioned as one.
_NOTE_CAPTION = re.compile(
    r"^(?:notes?|remarks?|comments?|hinweise?|anmerkung(?:en)?|bemerkung(?:en)?|remarques?"
    r"|nota|note|opmerking(?:en)?|observaciones|observações|osservazioni|uwagi)\s?:",
    re.IGNORECASE,
)


def note_line(line: Line) -> bool:
    """A line opening with a note's caption ("Notes:", "Hinweis:"), across the table: the
    note's paragraph, no text of the item above."""
    return _NOTE_CAPTION.match(line.text) is not None


def other_column_text(line: Line, columns: Columns, numbers: dict[str, Value]) -> list[Word]:
    """A row printing its own count, price and amount whose text stands only under another
    text column's caption, the description's cells blank ("| | Card fee | 2 | 3,50 | 7,00"
    under "Date | Station | Product"): that text names the item. It opens with a word of
    letters; a factor may follow ("Overtime 1.5x" under the pay code of a staffing invoice
    whose worker's name and position stand only on the worker's first row)."""
    taken = {box for value in numbers.values() for box in value.boxes}
    words = [w for w in line.words if w.box not in taken]
    if not words or sum(ch.isalpha() for ch in words[0].text) < 3:
        return []
    if any(ch.isdigit() for ch in words[0].text):
        return []
    if len(words) > 3 and any(ch.isdigit() for w in words[1:] for ch in w.text):
        return []  # a code or a date among many words: a note, no item's name
    start = words[0].box.x0
    if not any(x0 - 6 <= start <= x1 + 6 for x0, x1 in columns.others):
        return []
    return words
