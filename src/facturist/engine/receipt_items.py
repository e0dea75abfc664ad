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
from decimal import Decimal, InvalidOperation
from itertools import pairwise

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Box, PageText, Value, Word
from facturist.engine.parties import POSTCODE_TOWN
from facturist.engine.receipt_namelines import names_over_workings
from facturist.engine.receipt_ratecolumn import without_rate_column
from facturist.engine.receipt_rows import (
    AMOUNT,
    CURRENCY,
    TIMES,
    Row,
    has_letters,
    number,
    read_colon_row,
    read_row,
)
from facturist.engine.receipt_scan import looks_like_receipt, main_receipt
from facturist.engine.settlingcaptions import opens_with_payment

# A code column before the name: a barcode or article number (digits only, 4 or more).
_CODE = re.compile(r"^#?\d{4,}$")
# A figure of a "qty x price" line, perhaps with its unit: "32.15", "L", "3.41/L", "2PC".
_FIGURE = re.compile(r"^(?:RM|S?\$)?[\d.,]*\d[\d.,]*(?:/?[A-Z]{1,3})?$|^[A-Z]{1,3}$", re.IGNORECASE)
# An article code or barcode before a name on the line above its figures; at least five
# digits, so not a model number ("2032 'ENERGIZER' BATTERY").
_ARTICLE = re.compile(r"^#?\d{5,}$")
# A serial / IMEI line printed under an article's name, above its figures.
_SERIAL = re.compile(r"^\W*(S/?N|SERIAL(\s*NO)?|IMEI)\b\s*[.:#]", re.IGNORECASE)
_GLUED_COUNT = re.compile(r"^(.*\))(\d{1,3})$")
# The caption of an article code on the row under the name ("EAN 8012345678901 22% 9,50",
# a pharmacy's "AIC 012345678 10% 4,90"): the row's words then name nothing.
_CODE_CAPTION = re.compile(
    r"^(?:EAN|AIC|PLU|SKU|GTIN|UPC|ART|ART\.?-?NR|COD|CODE|REF|MINSAN)[.:]?$", re.IGNORECASE
)
# Figures OCR ran together with their unit and multiplier ("1PC-x.25.0.0" for "1PC x 25.00"):
# no name, whatever letters the unit brings.
_FIGURE_WORD = re.compile(
    r"^(?=.*\d)[\d.,:;\-x×@*/]*(?:PC[S5]?|PKTS?|KG|L|LTR|EA)?[\d.,:;\-x×@*/]*$", re.IGNORECASE
)
_SEPARATOR = re.compile(r"^[\s\-=_*.~#]{5,}$")
# Column captions of an item block ("ITEM QTY AMOUNT", "Desc/Item Qty Price Amt(RM)").
_CAPTION = re.compile(
    r"\b(ITEMS?|DESC(RIPTION|RIZIONE|RIPCI[ÓO]N)?|QTY|QUANTITY|PRICE|AMO?U?N?T|AMT|TOTAL|RM|UNIT|RSP|"
    r"ARTIKEL|MENGE|PREIS|BETRAG|DÉSIGNATION|QTÉ|PRIX|MONTANT|CANT|PRECIO|IMPORTE|"
    r"ARTICOLO|PREZZO|IMPORTO)\b",
    re.IGNORECASE,
)
_QTY_CAPTION = re.compile(r"\b(QTY|QUANTITY|MENGE|QTÉ|CANT|QTA|ANZ)\b", re.IGNORECASE)
# Lines that close the item block: subtotals and totals in the languages served.
_SUM = re.compile(
    r"SUB\s?-?\s?TOTAL|T\s?[OE]\s?T\s?[AE]\s?L|\bTOT\b|TOTAAL|JUMLAH|SUMME|GESAMT|MONTANT|"
    r"RAZEM|SUMA|ZWISCHEN|NETTO|NETT?\b|AMOUNT\s*DUE|BALANCE|\bDUE\b",
    re.IGNORECASE,
)
_SUM_KEYS = ("net_amount", "tax_amount", "total_amount", "amount_due")
_DISCOUNT = re.compile(
    r"DISC|RABATT|REMISE|DESCUENTO|SCONTO|KORTING|RABAT|DESCONTO|VOUCHER|COUPON|PROMO|SAVING",
    re.IGNORECASE,
)
_CASH = re.compile(
    r"\b(CASH|TENDER|TENDERED|PAID|PAYMENT|CHANGE|BAKI|TUNAI|EDC|VISA|MASTER|DEBIT|CREDIT)\b"
    # German tills' card and cash tenders: "EC-Karte (girocard)", "Kartenzahlung".
    r"|\b(EC[- ]?KARTE|GIROCARD|KARTENZAHLUNG|BARZAHLUNG)\b"
    r"|^\W*CARDS?\b",  # a card payment line, not an article ("GREETING CARD")
    re.IGNORECASE,
)
# A deposit paid or held under the total ("DEPOSIT 30.00" on a laundry or repair ticket):
# the general readers take it for a row, but it is a payment.
_DEPOSIT = re.compile(r"^\W*(DEPOSIT|ANZAHLUNG|ACOMPTE|DEP[ÓO]SITO|DEPOSITO)\b", re.IGNORECASE)
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
# A row number before a name printed over its figures: "1.", "2)".
_NUMBERING = re.compile(r"^\d{1,3}[.)]$")
_DESCRIPTION_GAP = 1.6
# How far (in line heights) a sub-line of the item above starts right of a name's lines.
_INDENT = 0.5
# A note of a levy or deposit inside the item above it ("inkl. UrhG-Abgabe 2x 0,91", "incl.
# deposit 0.25", "davon Pfand 0,75"): its figure is part of that item's amount, no item.
_INCLUDED = re.compile(
    r"^\W*(?:inkl\.?|inklusive|incl\.?|including|inclusief|einschl\.?|davon|dont|waarvan)\s",
    re.IGNORECASE,
)
# Lines after the block's closing line that may carry the subtotal / total it adds up to.
_TOTALS_WINDOW = 8
_CENT = Decimal("0.011")


def receipt_items(
    pages: Sequence[PageText], lines: Sequence[Line], fields: dict[str, Value]
) -> list[dict[str, Value]]:
    """Items of a receipt-like document whose rows add up (see the module's docstring)."""
    if not _receipt_like(pages, lines):
        return []  # full pages are the table reader's
    lines = main_receipt(lines)  # not a second receipt's rows beside it on the scan
    start = _block_start(lines)
    rows: list[Row] = []
    texts: list[int] = []  # indexes of text-only lines in the block
    end = None
    for index in range(start, len(lines)):
        line = lines[index]
        if _SEPARATOR.match(line.text) and rows:
            end = index
            break
        if rows and _count_under(line, rows[-1], index):
            continue  # "QTY 2 @ RM 25.00" under its item's amount line: read into that row
        if _count_over(lines, index):
            continue  # "2 x 5,40" over its item's name and amount: read with that row
        row = read_row(line, index, _DISCOUNT)
        if row is not None and rows and _INCLUDED.match(line.text):
            continue  # "inkl. UrhG-Abgabe 2x 0,91" under its item: part of that amount
        if row is None and rows and not _HEADER.search(" ".join(w.text for w in line.words[:-1])):
            row = read_colon_row(line, index, _DISCOUNT)  # "88:00": no time after a name
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
        _counted_over(row, lines, index)
        rows.append(row)
    if not rows or end is None:
        return []
    # receipt_namelines.py: "9000025 PFAND EINWEG 0,25" over "72 x 0,25  18,00 B".
    rows, texts = names_over_workings(rows, texts, lines)
    without_rate_column(rows)  # "NASTRO AMERICANO 50M  22%  4,90": the rate is no name
    _describe(rows, texts, lines, start)
    _lead_quantities(rows, lines, start)
    _trail_quantities(rows, lines, start)
    rows = [r for r in rows if r.description or r.discount]
    targets = _targets(lines, end, fields)
    best: list[Row] = []
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


# A count and unit price printed under the item's amount line: "QTY 2 @ RM 25.00", or on a
# supermarket's roll "   2 X 6.49" alone under "DUTCH LADY UHT MILK 1L  12.98 SR"; a weighed
# item's weight and price per unit, "1,235 kg x 1,69 EUR/kg" (German tills, decimal commas);
# a count with its unit, "2 Stk x 8,99", "3 pz x 2,10".
_COUNT_UNDER = re.compile(
    r"^\W*(?:(?:QTY|QUANTITY)[.:]?\s*)?(?P<qty>\d{1,4}(?:[.,]\d{1,3})?)\s*"
    r"(?:kg|g|l|st(?:k|ück)?\.?|pcs?\.?|pz\.?|szt\.?|uds?\.?)?\s*"
    r"[@xX×]\s*(?:RM|\$|€)?\s*(?P<price>\d+[.,]\d{2})\s*(?:EUR|€)?\s*(?:/\s*(?:kg|l))?\s*$",
    re.IGNORECASE,
)


# The unit price alone under its row, the count printed before the name on the row itself:
# "2 Roast Hake, Mussels  68.00" over "@ 34.00" (restaurant bills).
_PRICE_UNDER = re.compile(r"^\W*@\s*(?:RM|\$|€|£)?\s*(?P<price>\d+[.,]\d{2})\s*$")


def _count_under(line: Line, above: Row, index: int) -> bool:
    """Fill `above` (the line before, an amount with no count) from a count-at-price line
    whose product is that amount; True when the line is taken."""
    if _price_under(line, above, index):
        return True
    match = _COUNT_UNDER.match(line.text)
    if match is None or above.index != index - 1 or above.quantity is not None:
        return False
    quantity = Decimal(match.group("qty").replace(",", "."))
    price = Decimal(match.group("price").replace(",", "."))
    if (quantity * price).quantize(Decimal("0.01")) != above.amount:
        return False
    above.quantity, above.price, above.checked = quantity, price, True
    return True


def _price_under(line: Line, above: Row, index: int) -> bool:
    """An "@ 34.00" line under a row whose leading count times that price is its amount: the
    count is the quantity (it leaves the name) and the figure the unit price."""
    match = _PRICE_UNDER.match(line.text)
    if match is None or above.index != index - 1 or above.quantity is not None:
        return False
    count = above.lead_quantity
    price = Decimal(match.group("price").replace(",", "."))
    if count is None or count == 0 or (count * price).quantize(Decimal("0.01")) != above.amount:
        return False
    above.quantity, above.price, above.checked = count, price, True
    above.name = above.name[1:]  # the count, read as lead_quantity
    return True


# How many lines under a count-at-price line its item's amount may stand (the name between).
_COUNT_REACH = 3


def _count_at_price(line: Line) -> tuple[Decimal, Decimal] | None:
    match = _COUNT_UNDER.match(line.text)
    if match is None:
        return None
    return (
        Decimal(match.group("qty").replace(",", ".")),
        Decimal(match.group("price").replace(",", ".")),
    )


def _count_over(lines: Sequence[Line], index: int) -> bool:
    """Line `index` is a count at a price printed over its item ("2 x 5,40" over the name and
    the "AIC ... 10,80" line, as Italian tills print it): its product is the amount of a row
    within the next lines, which has no count of its own."""
    found = _count_at_price(lines[index])
    if found is None:
        return False
    product = (found[0] * found[1]).quantize(Decimal("0.01"))
    for below in range(index + 1, min(len(lines), index + 1 + _COUNT_REACH)):
        row = read_row(lines[below], below, _DISCOUNT)
        if row is not None:
            return row.amount == product and row.quantity is None
    return False


def _counted_over(row: Row, lines: Sequence[Line], index: int) -> None:
    """`row` takes the count and price printed over it (`_count_over`), if any."""
    if row.quantity is not None:
        return
    for above in range(index - 1, max(-1, index - 1 - _COUNT_REACH), -1):
        found = _count_at_price(lines[above])
        if found is not None and _count_over(lines, above):
            row.quantity, row.price, row.checked = found[0], found[1], True
            # The count over it gives the amount: a price-like figure in the name line is
            # the article's own ("Pfand 0,25" under "6 x 0,25"), no misread count.
            row.broken = False
            return
        if read_row(lines[above], above, _DISCOUNT) is not None:
            return  # another item's row: the count over it, if any, is its own


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
    mine = receipt_items(pages, lines, fields)
    if kept and _sums_to_target(kept, lines, fields):
        # The same amounts read as till rows that split a count or code from the name ("2
        # Flat White", "MILK 2L 1x6.95") where the table reader left it in the description.
        same = _amounts(mine) == _amounts(kept)
        start = _block_start(lines)
        captions = {w.text for w in lines[start - 1].words} if start > 0 else set()
        named = all(_better_named(m, k, captions) for m, k in zip(mine, kept, strict=False))
        return mine if same and (named or _names_above(mine, kept)) else kept
    return mine or kept


def _names_above(mine: list[dict[str, Value]], kept: list[dict[str, Value]]) -> bool:
    """The till's first name stands on the line over its figures ("PVC PIPE 1/2" 6M" over
    "4 X 7.80 31.20 SR") where the table reader named that row from the line under it: the
    reader paired each figures row with the next item's name, so every name is one row off.
    Decided once per receipt, from the first item."""
    if not mine or not kept:
        return False
    own, other = mine[0], kept[0]
    amount = own["amount"].boxes
    if not amount or not own["description"].boxes or not other["description"].boxes:
        return False
    row = amount[0]
    above = all(
        b.page == row.page and b.y1 <= row.y0 + 0.2 * (row.y1 - row.y0)
        for b in own["description"].boxes
    )
    below = any(b.y0 >= row.y1 - 0.2 * (row.y1 - row.y0) for b in other["description"].boxes)
    return above and below


def _better_named(mine: dict[str, Value], kept: dict[str, Value], captions: set[str]) -> bool:
    """`mine` names the row as well as `kept` does, or `kept` took the figures line under
    the name for one ("32.15 L @ 3.41/L" under "PREMIUM 98")."""
    return _split_figures(mine, kept, captions) or (
        bool(_words(mine)) and _figures_only(_words(kept))
    )


def _figures_only(words: list[str]) -> bool:
    """Count, multiplier and price, no name: "32.15 L @ 3.41/L", "2 X 3.70"."""
    return (
        bool(words)
        and any(w in TIMES for w in words)
        and all(w in TIMES or _FIGURE.match(w) for w in words)
    )


def _split_figures(mine: dict[str, Value], kept: dict[str, Value], captions: set[str]) -> bool:
    """`mine` names the row with `kept`'s words less some that carry figures (and their
    multiplier), or less the column captions above the rows that the table reader ran into
    the first name."""
    own = _words(mine)
    # A count glued to the name's last word ("(12 STALKS)1") counts as split off.
    other = [w for word in _words(kept) for w in _GLUED_COUNT.sub(r"\1 \2", word).split()]
    extra = [w for w in other if w not in own]
    return (
        bool(own)
        and set(own) <= set(other)
        # "2 x NASI KANDAR": the count's multiplier went with it; "EAN 8001234567890 22%":
        # the article's code line under its name went with the code.
        and all(
            re.search(r"\d", w) or w in captions or w in TIMES or _CODE_CAPTION.match(w)
            for w in extra
        )
    )


def _words(item: dict[str, Value]) -> list[str]:
    found = item.get("description")
    return str(found.value).split() if found is not None and found.value else []


def _amounts(items: list[dict[str, Value]]) -> list[Decimal | None]:
    out: list[Decimal | None] = []
    for item in items:
        found = item.get("amount")
        value = found.value if found is not None else None
        out.append(
            Decimal(str(value)).quantize(Decimal("0.01"))
            if isinstance(value, int | float)
            else None
        )
    return out


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
        _SUM.search(text)
        or _CASH.search(text)
        or _NO_ITEM.search(text)
        or _LABEL_TAIL.search(text)
        or _DEPOSIT.search(text)
        or opens_with_payment(text)  # "Resto", "Pagamento elettronico" (settlingcaptions.py)
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
    # Not the column captions ("Description Qty U.price Total"): the rows follow them.
    first = _block_start(lines)
    sum_lines = [i for i, line in enumerate(lines) if i >= first and _SUM.search(line.text)]
    targets = [t for i in sum_lines for t in _targets(lines, i, fields)]
    if not sum_lines:
        targets = _targets(lines, len(lines), fields)
    return any(abs(total - target) <= _CENT for target in targets)


def _block_start(lines: Sequence[Line]) -> int:
    """The line after the item block's column captions, if the receipt prints them."""
    for index, line in enumerate(lines):
        words = [w.text for w in line.words]
        # Captions carry no figures ("TOTAL QTY : 15" under the items is a count line).
        if len(words) > 6 or any(AMOUNT.match(w) or w.isdigit() for w in words):
            continue
        if len(_CAPTION.findall(line.text)) >= 2 and (
            _QTY_CAPTION.search(line.text) or re.search(r"\bITEM|DESC", line.text, re.I)
        ):
            return index + 1
    return 0


def _closes(line: Line, row: Row) -> bool:
    """A subtotal / total / tax line: a sum label and no quantity x price on the row."""
    if row.checked:
        return False
    text = " ".join(w.text for w in row.name) or line.text
    if _SUM.search(text) or _CASH.search(text) or _NO_ITEM.search(text):
        return True
    return any(LABELS_BY_RANK[key].search(text) for key in _SUM_KEYS)


def _describe(rows: list[Row], texts: list[int], lines: Sequence[Line], start: int) -> None:
    """Each row's description: its own words, else the text lines above (or below) it."""
    for row in rows:
        # A code column stands before the name; a four-digit figure inside it is the name's
        # ("Chablis 1er Cru 2021 btl": a vintage, a year, a model number).
        lead = 0
        while lead < len(row.name) and not any(ch.isalpha() for ch in row.name[lead].text):
            lead += 1
        own = [w for w in row.name[:lead] if not _CODE.match(w.text)] + row.name[lead:]
        worded = [w for w in own if any(ch.isalpha() for ch in w.text)]
        if worded and all(_CODE_CAPTION.match(w.text) for w in worded):
            continue  # "EAN 8012345678901 22%": the code line under the article's name
        if has_letters(own) and not all(_FIGURE_WORD.match(w.text) for w in own):
            row.description = _rejoined(own)
    bare = [row for row in rows if not row.description and not row.discount]
    if not bare:
        return
    text_set = set(texts)
    bounds = [start - 1, *[r.index for r in rows]]
    # Names above the figures unless the first bare row has no text above it.
    first = bare[0]
    above = _text_run(lines, text_set, first.index, -1, bounds)
    direction = -1 if above else 1
    runs = [_text_run(lines, text_set, row.index, direction, bounds) for row in bare]
    if len(runs) >= 2 and direction < 0:
        # The first name has no row above to stop it: it stops at a wider gap than the
        # other names leave (not into column captions a scan misread, "ITEN ANT(RMI TAX").
        runs[0] = _spaced_like(
            lines, bare[0].index, runs[0], list(zip(bare[1:], runs[1:], strict=True))
        )
    for row, run in zip(bare, runs, strict=True):
        words = [w for i in sorted(run) for w in lines[i].words]
        if len(words) >= 2 and _NUMBERING.match(words[0].text):
            words = words[1:]  # "1. ENGINE OIL 10W40 4L": the row's number is no name
        if len(words) >= 2 and _ARTICLE.match(words[0].text) and has_letters(words[1:]):
            words = words[1:]  # "100234 PANADOL ACTIFAST 20S": an article code
        row.description = words


def _spaced_like(
    lines: Sequence[Line], index: int, run: list[int], others: list[tuple[Row, list[int]]]
) -> list[int]:
    """The upward `run` above line `index`, cut at a gap wider than any inside the others."""
    widest = max(
        (_gap(lines, below, above) for row, other in others for below, above in _steps(row, other)),
        default=None,
    )
    if widest is None:
        return run
    kept: list[int] = []
    below = index
    for above in run:
        if _gap(lines, below, above) > widest + 0.3 * lines[below].height:
            break
        kept.append(above)
        below = above
    return kept or run[:1]


def _steps(row: Row, run: list[int]) -> list[tuple[int, int]]:
    chain = [row.index, *run]
    return list(pairwise(chain))


def _gap(lines: Sequence[Line], below: int, above: int) -> float:
    return lines[below].y0 - lines[above].y1


def _rejoined(words: list[Word]) -> list[Word]:
    """Tokens split off one word ("3X" read as "3", "X") joined again, for the text."""
    out: list[Word] = []
    for word in words:
        if out and out[-1].box is word.box:
            out[-1] = Word(out[-1].text + word.text, word.box, word.confidence)
        else:
            out.append(word)
    return out


def _text_run(
    lines: Sequence[Line], texts: set[int], index: int, step: int, rows: list[int]
) -> list[int]:
    """Text lines next to line `index` (upwards for step -1), up to another row or a gap."""
    out: list[int] = []
    previous = lines[index]
    at = index + step
    # Under an item row, a name is no receipt's head: "Design / artwork time" names an item.
    under_row = step < 0 and any(rows[0] < other < index for other in rows[1:])
    while at in texts and at not in rows and len(out) < _MAX_DESCRIPTION_LINES:
        line = lines[at]
        gap = previous.y0 - line.y1 if step < 0 else line.y0 - previous.y1
        if gap > _DESCRIPTION_GAP * previous.height or not has_letters(line.words):
            break
        if _SEPARATOR.match(line.text) or _SUM.search(line.text):
            break
        if not under_row and _HEADER.search(line.text):
            break
        if _SERIAL.match(line.text):
            previous, at = line, at + step  # "S/N: 0AXH3CBK400213" under the name: no name
            continue
        if _PARTY_LINE.match(line.text) or _town_line(line):
            break
        if step < 0 and out and _indented(line, lines[out[-1]]):
            break  # "S/N ...", "Auftrag ..." indented under the item above: its sub-lines
        out.append(at)
        previous = line
        at += step
    return out


def _indented(line: Line, name: Line) -> bool:
    """`line` starts clearly right of the name line under it: the item above's sub-line
    (its serial number, an order reference), set in like the figures lines, not the first
    line of this item's name, which starts where the name's other lines start."""
    return line.words[0].box.x0 > name.words[0].box.x0 + _INDENT * name.height


def _town_line(line: Line) -> bool:
    """A short line opening with a postcode and town ("8614 Graz", "Leeds LS1 4AB")."""
    return len(line.words) <= 4 and POSTCODE_TOWN.match(line.text.strip()) is not None


def _lead_quantities(rows: list[Row], lines: Sequence[Line], start: int) -> None:
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
    numbered = leads == [Decimal(n) for n in range(1, len(leads) + 1)]
    if len(leads) >= 2 and numbered and not counted:
        return  # 1, 2, 3...: line numbers, not counts (unless captioned QTY)
    for row in named:
        if row.lead_quantity is None or row.lead_quantity == 0:
            continue
        try:
            price = (row.amount / row.lead_quantity).quantize(Decimal("0.01"))
        except InvalidOperation:
            continue
        if price * row.lead_quantity != row.amount:
            continue  # no whole-cent price: an article code ("809 Metal Name Badge Clip")
        row.quantity, row.price = row.lead_quantity, price
        row.description = row.description[1:] if row.description else row.description


def _trail_quantities(rows: list[Row], lines: Sequence[Line], start: int) -> None:
    """A count after the name is a quantity under captions that print Qty after the name
    column ("Service  Qty  RM", "Item  Qty  Amount"): "WAX POLISH 1  35.00"."""
    captions = lines[start - 1].text if start > 0 else ""
    found = _QTY_CAPTION.search(captions)
    if found is None or not captions[: found.start()].strip():
        return  # no Qty caption, or Qty first (a leading count: _lead_quantities)
    for row in rows:
        if row.discount or row.quantity is not None or not row.trail_quantity:
            continue
        price = (row.amount / row.trail_quantity).quantize(Decimal("0.01"))
        if price * row.trail_quantity != row.amount or not row.description:
            continue
        last = row.description[-1]
        kept = re.sub(r"\d{1,3}$", "", last.text)
        rest = row.description[:-1]
        row.description = [*rest, Word(kept, last.box, last.confidence)] if kept else rest
        row.quantity, row.price = row.trail_quantity, price


def _targets(lines: Sequence[Line], end: int, fields: dict[str, Value]) -> list[Decimal]:
    """Amounts the items may add up to: on the closing lines, and the net / total fields."""
    out: list[Decimal] = []
    for line in lines[end : end + _TOTALS_WINDOW]:
        if _CASH.search(line.text):
            continue
        for word in line.words[-3:]:
            value = number(word.text) if AMOUNT.match(CURRENCY.sub("", word.text)) else None
            if value is not None and value != 0:
                out.append(value)
    for key in ("net_amount", "total_amount"):
        found = fields.get(key)
        if found is not None and isinstance(found.value, int | float) and found.value:
            out.append(Decimal(str(found.value)))
    return out


def _adds_up(rows: list[Row], targets: list[Decimal]) -> bool:
    """The item amounts, with or without the discounts, equal a target."""
    items = [r for r in rows if not r.discount]
    gross = sum((r.amount for r in items), Decimal(0))
    net = gross + sum((r.amount for r in rows if r.discount), Decimal(0))
    if any(r.broken for r in items):
        return False
    return any(abs(total - target) <= _CENT for total in (gross, net) for target in targets)


def _item(row: Row) -> dict[str, Value]:
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
