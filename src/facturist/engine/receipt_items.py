"""Items on till receipts: rows between the header block and the SUB TOTAL / TOTAL lines.

Till rolls print no table grid the column reader could follow. Their item rows take a few
shapes, all ending on the row's amount (perhaps followed by a tax-code letter)::

    Coffee beans 250 g       2 x 3.50     7.00 S
    2  Chicken McMuffin                  11.00
    Softwarelizenz
        6 x 7,80                         46,80
    88888   1    10.00                   10.00      (code, qty, price, amount; name above)

A row of figures only takes its description from the text lines next to it: above it, or
below it when the first such row has nothing above (the name printed under the code).

Nothing here is trusted without arithmetic: each row read as quantity x price must give its
amount, and the amounts (with discount lines) must add up to a subtotal or total printed
under them, or to the document's net or total amount. Without that, no items are returned,
so a misread receipt gives none rather than invented ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Box, PageText, Value, Word
from facturist.engine.parsing import parse_amount
from facturist.engine.parties import POSTCODE_TOWN
from facturist.engine.receipt_scan import looks_like_receipt, main_receipt

# An amount with two decimals: "7.00", "1,614.60", "1 614,60", "2'442.18", "5.59-", "(5.59)".
_AMOUNT = re.compile(r"^\(?[-−]?\d{1,3}(?:[.,'’\u00a0\u202f ]?\d{3})*[.,]\d{2}\)?-?$")
# A quantity: "2", "13,5", "0.250", "-9,5" (credit notes), "2pc", "3PKT".
_QTY = re.compile(r"^[-−]?\d{1,4}(?:[.,]\d{1,3})?(?:PCS?|PKTS?|EA|UNITS?|KG)?$", re.IGNORECASE)
_UNIT = re.compile(r"(?:PCS?|PKTS?|EA|UNITS?|KG)$", re.IGNORECASE)
# A unit price may carry more decimals than an amount ("0.685").
_PRICE = re.compile(r"^[-−]?\d{1,3}(?:[.,'’\u00a0\u202f ]?\d{3})*(?:[.,]\d{1,4})?$")
_TIMES = {"x", "X", "×", "@", "*"}
# "2x3.50", "2@", "x2", "@3.50": the multiplier glued to its figures.
_GLUED_TIMES = re.compile(r"(?<=\d)\s*([xX×@*])\s*(?=\d)|^([xX×@])(?=\d)|(?<=\d)([xX×@])$")
_CURRENCY = re.compile(r"^(?:RM|€|\$|£|EUR|USD|GBP|CHF|MYR|SGD)|(?:€|\$|£|EUR|RM)$")
# Tax-code letters after the amount: "S", "Z", "SR", "ZR", "A"/"B" (German tills), "*".
_TAX_CODE = re.compile(r"^(?:S|Z|SR|ZR|E|T|N|A|B|\*|[A-Z]\*?)$")
# A code column before the name: a barcode or article number (digits only, 4 or more).
_CODE = re.compile(r"^#?\d{4,}$")
_SEPARATOR = re.compile(r"^[\s\-=_*.~#]{5,}$")
# Column captions of an item block ("ITEM QTY AMOUNT", "Desc/Item Qty Price Amt(RM)").
_CAPTION = re.compile(
    r"\b(ITEMS?|DESC(RIPTION)?|QTY|QUANTITY|PRICE|AMO?U?N?T|AMT|TOTAL|RM|UNIT|RSP|"
    r"ARTIKEL|MENGE|PREIS|BETRAG|DÉSIGNATION|QTÉ|PRIX|MONTANT|CANT|PRECIO|IMPORTE|"
    r"ARTICOLO|PREZZO|IMPORTO)\b",
    re.IGNORECASE,
)
_QTY_CAPTION = re.compile(r"\b(QTY|QUANTITY|MENGE|QTÉ|CANT|QTA|ANZ)\b", re.IGNORECASE)
# Lines that close the item block: subtotals and totals in the languages served.
_SUM = re.compile(
    r"SUB\s?-?\s?TOTAL|T\s?[OE]\s?T\s?[AE]\s?L|\bTOT\b|TOTAAL|JUMLAH|SUMME|GESAMT|MONTANT|"
    r"RAZEM|SUMA|ZWISCHEN|NETTO|NET\b|AMOUNT\s*DUE|BALANCE|\bDUE\b",
    re.IGNORECASE,
)
_SUM_KEYS = ("net_amount", "tax_amount", "total_amount", "amount_due")
_DISCOUNT = re.compile(
    r"DISC|RABATT|REMISE|DESCUENTO|SCONTO|KORTING|RABAT|DESCONTO|VOUCHER|COUPON|PROMO|SAVING",
    re.IGNORECASE,
)
_CASH = re.compile(
    r"\b(CASH|TENDER|TENDERED|PAID|PAYMENT|CHANGE|BAKI|TUNAI|CARD|EDC|VISA|MASTER|DEBIT|CREDIT)\b",
    re.IGNORECASE,
)
# Lines after the items that are no item: rounding, tax and its summary, service charge.
_NO_ITEM = re.compile(
    r"^\W*[QA]TY\b|ROUND|\bADJ|\b(GST|SST|TAX|VAT|MWST|TVA|IVA|BTW|PPN)\b|TYPE\s*RATE|SERVICE\s*(CHARGE|CHG)",
    re.IGNORECASE,
)
# OCR'd or qualified total captions the patterns above miss: "[otal (Excluding GST)".
_LABEL_TAIL = re.compile(r"OTAL\b|\((?:INCL|EXCL)", re.IGNORECASE)
# Header-block lines a description never runs into (title, contact, date, till data).
_HEADER = re.compile(
    r"\b(TEL|FAX|INVOICE|RECEIPT|CASHIER|TARIKH|TIME|SHIFT|COUNTER|TERMINAL|POS|"
    r"SALESPERSON|MEMBER|CUSTOMER)\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}",
    re.IGNORECASE,
)
# A party's block above the first item: a caption before a name ("Rechnungsempfänger: Marie
# Weber", "VAT No.: GB 276 1662 42") or a postcode and town; a description never runs into it.
_PARTY_LINE = re.compile(r"^\s*[^\d:]{2,30}:\s*\S")
# Lines of a description: at most this many, each within this many line heights of the next.
_MAX_DESCRIPTION_LINES = 4
_DESCRIPTION_GAP = 1.6
# Lines after the block's closing line that may carry the subtotal / total it adds up to.
_TOTALS_WINDOW = 8
_CENT = Decimal("0.011")


@dataclass
class _Row:
    """A line ending on an amount, read as [code] [description] [qty x price] amount."""

    index: int
    amount: Decimal
    amount_word: Word
    name: list[Word]
    quantity: Decimal | None = None
    price: Decimal | None = None
    lead_quantity: Decimal | None = None  # "2 Coffee 7.00": a leading count, if it is one
    checked: bool = False  # quantity x price = amount held on this row
    broken: bool = False  # figures that do not multiply to the amount
    discount: bool = False
    description: list[Word] = field(default_factory=list)


def receipt_items(
    pages: Sequence[PageText], lines: Sequence[Line], fields: dict[str, Value]
) -> list[dict[str, Value]]:
    """Items of a receipt-like document whose rows add up (see the module's docstring)."""
    if not _receipt_like(pages, lines):
        return []  # full pages are the table reader's
    lines = main_receipt(lines)  # not a second receipt's rows beside it on the scan
    start = _block_start(lines)
    rows: list[_Row] = []
    texts: list[int] = []  # indexes of text-only lines in the block
    end = None
    for index in range(start, len(lines)):
        line = lines[index]
        if _SEPARATOR.match(line.text) and rows:
            end = index
            break
        row = _row(line, index)
        if row is not None and _closes(line, row) and rows:
            end = index
            break
        if row is None:
            if _SUM.search(line.text) and rows:
                end = index
                break
            texts.append(index)
            continue
        if _closes(line, row):
            continue  # a sum line above the items (a header's figure): no item
        rows.append(row)
    if not rows or end is None:
        return []
    _describe(rows, texts, lines, start)
    _lead_quantities(rows, lines, start)
    rows = [r for r in rows if r.description or r.discount]
    targets = _targets(lines, end, fields)
    best: list[_Row] = []
    # The items end at the closing line; stray figures above them (a header's) drop off.
    for first in range(len(rows)):
        chosen = rows[first:]
        items = [r for r in chosen if not r.discount]
        if not items or items[0] is not chosen[0]:
            continue
        if _adds_up(chosen, targets):
            best = chosen
            break
    return [_item(row) for row in best if not row.discount]


def settled_items(
    pages: Sequence[PageText],
    lines: Sequence[Line],
    fields: dict[str, Value],
    found: list[dict[str, Value]],
) -> list[dict[str, Value]]:
    """The table / list readers' rows on a receipt, or this module's rows where they add up.

    The general readers take a till roll's totals block for table rows ("TakeOut Total (incl
    GST) 26.60"), so on receipts rows named like a total, tax or payment line are dropped,
    and rows that then miss every subtotal / total give way to rows that add up. Full digital
    pages (invoices) keep what the general readers found.
    """
    if not _receipt_like(pages, lines):
        return found
    kept = [item for item in found if not _label_row(item)]
    if kept and _sums_to_target(kept, lines, fields):
        return kept
    return receipt_items(pages, lines, fields) or kept


def _receipt_like(pages: Sequence[PageText], lines: Sequence[Line]) -> bool:
    """A till roll (narrow pages, whatever words it has: the arithmetic decides), or a scan
    that receipts.py takes for a receipt. A4 scans of invoices stay with the table reader."""
    narrow = bool(pages) and all(p.width < 0.6 * p.height for p in pages)
    return narrow or looks_like_receipt(pages, lines)


def _label_row(item: dict[str, Value]) -> bool:
    """A row whose description is a totals / tax / payment caption, not an article."""
    description = item.get("description")
    text = str(description.value) if description is not None and description.value else ""
    return bool(text) and bool(
        _SUM.search(text) or _CASH.search(text) or _NO_ITEM.search(text) or _LABEL_TAIL.search(text)
    )


def _sums_to_target(
    items: list[dict[str, Value]], lines: Sequence[Line], fields: dict[str, Value]
) -> bool:
    """The rows' amounts equal the net / total fields or a figure on a sum line."""
    amounts = [item.get("amount") for item in items]
    values = [a.value for a in amounts if a is not None and isinstance(a.value, int | float)]
    if len(values) != len(items):
        return False
    total = sum((Decimal(str(v)) for v in values), Decimal(0))
    sum_lines = [i for i, line in enumerate(lines) if _SUM.search(line.text)]
    targets = [t for i in sum_lines for t in _targets(lines, i, fields)]
    if not sum_lines:
        targets = _targets(lines, len(lines), fields)
    return any(abs(total - target) <= _CENT for target in targets)


def _block_start(lines: Sequence[Line]) -> int:
    """The line after the item block's column captions, if the receipt prints them."""
    for index, line in enumerate(lines):
        words = [w.text for w in line.words]
        if len(words) > 6 or any(_AMOUNT.match(w) for w in words):
            continue
        if len(_CAPTION.findall(line.text)) >= 2 and (
            _QTY_CAPTION.search(line.text) or re.search(r"\bITEM|DESC", line.text, re.I)
        ):
            return index + 1
    return 0


def _tokens(line: Line) -> list[Word]:
    """The line's words, with glued multipliers ("2x3.50") split off."""
    out: list[Word] = []
    for word in line.words:
        text = word.text
        if not _GLUED_TIMES.search(text) or text in _TIMES:
            out.append(word)
            continue
        spaced = _GLUED_TIMES.sub(lambda m: f" {next(g for g in m.groups() if g)} ", text)
        parts = spaced.split()
        for part in parts:
            out.append(Word(part, word.box, word.confidence))
    return out


def _number(text: str) -> Decimal | None:
    core = _CURRENCY.sub("", text).strip()
    if not _PRICE.match(core.strip("()").rstrip("-")) and not _AMOUNT.match(core):
        return None
    negative = core.startswith("(") or core.endswith("-")
    value = parse_amount(core.strip("()").rstrip("-").replace("−", "-"))
    if value is None:
        return None
    return -value if negative else value


def _row(line: Line, index: int) -> _Row | None:
    """The line as an item row, when it ends on an amount."""
    tokens = _tokens(line)
    while len(tokens) > 1 and _TAX_CODE.match(tokens[-1].text):
        tokens = tokens[:-1]
    while len(tokens) > 1 and _CURRENCY.fullmatch(tokens[-1].text):
        tokens = tokens[:-1]
    if not tokens:
        return None
    last = tokens[-1]
    core = _CURRENCY.sub("", last.text).strip()
    if not _AMOUNT.match(core):
        return None
    amount = _number(last.text)
    if amount is None:
        return None
    rest = tokens[:-1]
    if rest and _CURRENCY.fullmatch(rest[-1].text):
        rest = rest[:-1]
    row = _Row(index, amount, last, rest)
    row.discount = bool(_DISCOUNT.search(line.text)) or (
        amount < 0 and not any(t.text in _TIMES for t in rest)
    )
    _read_figures(row)
    return row


def _read_figures(row: _Row) -> None:
    """Quantity and price before the amount: "2 x 3.50", "2 @ 3.50" or a bare "2 3.50"."""
    rest = row.name
    # A tax code printed between the figures and the amount ("18 @ 7.30 SR 131.40").
    if len(rest) >= 2 and _TAX_CODE.match(rest[-1].text) and _number(rest[-2].text) is not None:
        rest = rest[:-1]
    times = [i for i, t in enumerate(rest) if t.text in _TIMES]
    if times:
        at = times[-1]
        if 0 < at < len(rest) - 1 and at + 2 >= len(rest):
            qty, price = _pair(rest[at - 1].text, rest[at + 1].text)
            if qty is not None and price is not None and _product_ok(qty, price, row.amount):
                row.quantity, row.price, row.checked = qty, price, True
                row.name = rest[: at - 1]
                return
        if at == 0 and len(rest) == 2:  # "@ 3.50 7.00": price with a count elsewhere
            return
    if len(rest) >= 2:
        qty, price = _pair(rest[-2].text, rest[-1].text)
        if qty and price is not None and _product_ok(qty, price, row.amount):
            row.quantity, row.price, row.checked = qty, price, True
            row.name = rest[:-2]
            return
    if rest and re.search(r"\d[.,]\d{2}$", rest[-1].text):
        row.broken = True  # figures before the amount that do not multiply to it: misread
    elif len(rest) >= 2 and re.fullmatch(r"\d{1,3}", rest[0].text) and _has_letters(rest[1:]):
        row.lead_quantity = Decimal(rest[0].text)


def _pair(left: str, right: str) -> tuple[Decimal | None, Decimal | None]:
    """Count and price from two figures: "2 x 3.50", or "3.50 x 2" (a whole count second)."""
    if _AMOUNT.match(_CURRENCY.sub("", left)) and re.fullmatch(r"\d{1,4}", right):
        return _count(right), _number(left)
    return _count(left), _number(right)


def _count(text: str) -> Decimal | None:
    """A quantity token's value ("2", "2pc", "13,5"); None when it is no count."""
    if not _QTY.match(text):
        return None
    return _number(_UNIT.sub("", text))


def _product_ok(qty: Decimal, price: Decimal, amount: Decimal) -> bool:
    return abs(qty * price - amount) <= Decimal("0.02") and amount != 0


def _has_letters(words: Sequence[Word]) -> bool:
    return sum(ch.isalpha() for w in words for ch in w.text) >= 2


def _closes(line: Line, row: _Row) -> bool:
    """A subtotal / total / tax line: a sum label and no quantity x price on the row."""
    if row.checked:
        return False
    text = " ".join(w.text for w in row.name) or line.text
    if _SUM.search(text) or _CASH.search(text) or _NO_ITEM.search(text):
        return True
    return any(LABELS_BY_RANK[key].search(text) for key in _SUM_KEYS)


def _describe(rows: list[_Row], texts: list[int], lines: Sequence[Line], start: int) -> None:
    """Each row's description: its own words, else the text lines above (or below) it."""
    for row in rows:
        own = [w for w in row.name if not _CODE.match(w.text)]
        if _has_letters(own):
            row.description = own
    bare = [row for row in rows if not row.description and not row.discount]
    if not bare:
        return
    text_set = set(texts)
    bounds = [start - 1, *[r.index for r in rows]]
    # Names above the figures unless the first bare row has no text above it.
    first = bare[0]
    above = _text_run(lines, text_set, first.index, -1, bounds)
    direction = -1 if above else 1
    for row in bare:
        run = _text_run(lines, text_set, row.index, direction, bounds)
        row.description = [w for i in sorted(run) for w in lines[i].words]


def _text_run(
    lines: Sequence[Line], texts: set[int], index: int, step: int, rows: list[int]
) -> list[int]:
    """Text lines next to line `index` (upwards for step -1), up to another row or a gap."""
    out: list[int] = []
    previous = lines[index]
    at = index + step
    while at in texts and at not in rows and len(out) < _MAX_DESCRIPTION_LINES:
        line = lines[at]
        gap = previous.y0 - line.y1 if step < 0 else line.y0 - previous.y1
        if gap > _DESCRIPTION_GAP * previous.height or not _has_letters(line.words):
            break
        if _SEPARATOR.match(line.text) or _SUM.search(line.text) or _HEADER.search(line.text):
            break
        if _PARTY_LINE.match(line.text) or _town_line(line):
            break
        out.append(at)
        previous = line
        at += step
    return out


def _town_line(line: Line) -> bool:
    """A short line opening with a postcode and town ("8614 Graz", "Leeds LS1 4AB")."""
    return len(line.words) <= 4 and POSTCODE_TOWN.match(line.text.strip()) is not None


def _lead_quantities(rows: list[_Row], lines: Sequence[Line], start: int) -> None:
    """A leading count is a quantity when the captions say so or every row starts with one."""
    named = [r for r in rows if not r.discount and r.quantity is None]
    if not named:
        return
    captions = lines[start - 1].text if start > 0 else ""
    counted = _QTY_CAPTION.search(captions) is not None and re.match(
        r"\W*(QTY|QUANTITY|MENGE|QTÉ|CANT)", captions, re.IGNORECASE
    )
    if not counted and not all(r.lead_quantity is not None for r in named):
        return
    leads = [r.lead_quantity for r in named]
    if len(leads) >= 2 and leads == [Decimal(n) for n in range(1, len(leads) + 1)]:
        return  # 1, 2, 3...: line numbers, not counts
    for row in named:
        if row.lead_quantity is None or row.lead_quantity == 0:
            continue
        row.quantity = row.lead_quantity
        try:
            row.price = (row.amount / row.lead_quantity).quantize(Decimal("0.01"))
        except InvalidOperation:
            continue
        row.description = row.description[1:] if row.description else row.description


def _targets(lines: Sequence[Line], end: int, fields: dict[str, Value]) -> list[Decimal]:
    """Amounts the items may add up to: on the closing lines, and the net / total fields."""
    out: list[Decimal] = []
    for line in lines[end : end + _TOTALS_WINDOW]:
        if _CASH.search(line.text):
            continue
        for word in line.words[-3:]:
            value = _number(word.text) if _AMOUNT.match(_CURRENCY.sub("", word.text)) else None
            if value is not None and value != 0:
                out.append(value)
    for key in ("net_amount", "total_amount"):
        found = fields.get(key)
        if found is not None and isinstance(found.value, int | float) and found.value:
            out.append(Decimal(str(found.value)))
    return out


def _adds_up(rows: list[_Row], targets: list[Decimal]) -> bool:
    """The item amounts, with or without the discounts, equal a target."""
    items = [r for r in rows if not r.discount]
    gross = sum((r.amount for r in items), Decimal(0))
    net = gross + sum((r.amount for r in rows if r.discount), Decimal(0))
    if any(r.broken for r in items):
        return False
    return any(abs(total - target) <= _CENT for total in (gross, net) for target in targets)


def _item(row: _Row) -> dict[str, Value]:
    text = " ".join(w.text for w in row.description)
    boxes: tuple[Box, ...] = tuple(w.box for w in row.description)
    amount = Value(float(row.amount), row.amount_word.text, (row.amount_word.box,))
    if row.quantity is None:
        # No count printed: one unit at the row's amount, as on a till roll.
        quantity = Value(1.0, "", (), 0.6)
        price = Value(amount.value, amount.text, amount.boxes, 0.8)
    else:
        confidence = 1.0 if row.checked else 0.8
        quantity = Value(float(row.quantity), str(row.quantity), (), confidence)
        price_value = row.price if row.price is not None else row.amount
        price = Value(float(price_value), str(price_value), (), confidence)
    return {
        "description": Value(text, text, boxes),
        "quantity": quantity,
        "unit_price": price,
        "amount": amount,
    }
