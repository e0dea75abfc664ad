"""An item table's header: which caption heads which column, and the columns' x-ranges.

`find_header` looks for the line (or the lines, when captions are stacked or wrap) naming the
table's columns and settles what less usual headers leave open: two amount or price
captions, a bare currency over the amounts, a code caption beside the description's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from facturist.engine.amountcolumnchoice import (
    caption_span,
    fee_price_column,
    net_over_gross,
    repeated_net_caption,
    tax_amount_column,
)
from facturist.engine.amountread import AMOUNT_TOKEN
from facturist.engine.centreddescription import widen_centred_description
from facturist.engine.chargetext import charge_text_column
from facturist.engine.column_captions import (
    PRICE_BASE,
    SHIPMENT_CAPTION,
    WEIGHT_CAPTION,
    classify_text,
    classify_word,
    header_words,
)
from facturist.engine.commissiontable import commission_columns, commission_rate
from facturist.engine.convertedcharges import converted_charges, currency_caption_left
from facturist.engine.creditcaptions import credit_amount_column, names_credit
from facturist.engine.daygrid import day_grid_header
from facturist.engine.feecaptions import fee_rate_caption, names_fee_column
from facturist.engine.firstcolumntext import text_at_left_edge
from facturist.engine.gluedcaptions import unglued_captions
from facturist.engine.goodscolumn import goods_amount
from facturist.engine.headersidebar import sidebar_cells_apart
from facturist.engine.hyphencaptions import continues_caption, joined_captions
from facturist.engine.itemamountcaption import item_amount_caption
from facturist.engine.labelbesideheader import without_labelled_side
from facturist.engine.layout import Cell, Line
from facturist.engine.meterreadings import meter_reading_header
from facturist.engine.model import Word
from facturist.engine.namesoverfigures import name_lines
from facturist.engine.netcolumn import same_caption
from facturist.engine.numberedrows import numbered_item_column
from facturist.engine.packcolumn import pack_spans
from facturist.engine.parse.currency import without_currency
from facturist.engine.phrasetitle import phrase_title
from facturist.engine.positiontext import position_text_table
from facturist.engine.postingdates import date_caption
from facturist.engine.priceunitbase import base_caption_word
from facturist.engine.progresscolumns import (
    names_progress,
    progress_caption,
    progress_figures,
    this_period_amount,
)
from facturist.engine.rowsplitcaptions import split_by_rows
from facturist.engine.sectiontitles import titled_section
from facturist.engine.sharecolumns import share_rows
from facturist.engine.shipmentlist import shipment_list, shipment_text
from facturist.engine.shopprices import price_as_total
from facturist.engine.sidebarcolumn import sidebar_line, sidebar_opener, without_sidebar_cells
from facturist.engine.stackedcaptions import group_captions, heading_over_header
from facturist.engine.stagefees import stage_fee_rows
from facturist.engine.statementcaptions import statement_columns
from facturist.engine.tableledger import ledger_columns
from facturist.engine.taggedcaptions import tagged_spans
from facturist.engine.textamounttable import text_amount_table
from facturist.engine.textcolumn import unnamed_description
from facturist.engine.tollcaptions import names_route, toll_route
from facturist.engine.uncaptionedcount import counted_text
from facturist.engine.uncaptioneddescription import clip_to_header
from facturist.engine.workingcolumn import working_column

# A column caption naming only a currency: "EUR", "(CHF)", "in €", "₹".
_CURRENCY_CAPTION = re.compile(
    r"^(?:in\s+)?\(?(?:€|\$|£|₹|¥|eur|usd|gbp|chf|inr|pln|czk|sek|nok|dkk|huf|aud|cad|zł)\)?$",
    re.IGNORECASE,
)


@dataclass
class Columns:
    """A table's columns: each caption's x-range, the description's, where the header ends."""

    centers: dict[str, tuple[float, float]]
    description: tuple[float, float]
    bottom: float
    page: int
    left: float = 0.0  # where the header line starts: the table's left edge
    # Lines an item spans below its figures' line when the header is stacked (_stack_columns),
    # and the x-spans of code columns over the description on the figures' line.
    stacked: int = 0
    blocked: list[tuple[float, float]] = field(default_factory=list)
    # Where item text starts when it starts left of a centred description header, and the
    # x-spans of the header's captions left of the description's ("Pos.", "Art.-Nr.").
    text_left: float | None = None
    lead: list[tuple[float, float]] = field(default_factory=list)
    # The x-spans of captions between the description's and the figures' that name no known
    # column ("Licence period", "Ordered", "B/O"): their cells are no part of the name.
    others: list[tuple[float, float]] = field(default_factory=list)
    # The x-span of a second amount caption left of the line amount's ("SUBTOTAL | TOTAL"):
    # where a row's net stands beside its gross.
    net_span: tuple[float, float] | None = None
    # The x-spans of all header cells that name no column ("RSP", "Item No."): a figure under
    # one belongs to no neighbouring column.
    unnamed: list[tuple[float, float]] = field(default_factory=list)
    # The document's decimal mark where its amounts show it ("1.850,00"): a row whose own
    # figures leave it open ("01.01  1,000 LS  1.850,00") reads "1,000" by it.
    decimal: str | None = None
    # A ledger's payments column beside the charges (tableledger.py): its rows are no items.
    payments: tuple[float, float] | None = None
    # The x-span of a date caption ("Datum"): a date under it opens no name (postingdates.py).
    dated: tuple[float, float] | None = None
    # Where the header's last caption ends: text starting well right of it is another block's.
    right: float = 0.0
    # Rows of a text and its lump sum only (textamounttable.py): each one unit at its amount.
    lump_sums: bool = False
    # The base a price caption quotes its price for ("je 100kg": "100"), its rows' prices
    # staying per that base.
    price_base: str | None = None
    # namesoverfigures.py: where an item's figures line starts, the header naming the text
    # columns on a line over the figures' captions (each item's name over its figures).
    name_lines: float | None = None
    # convertedcharges.py: the amount is converted, its count times price the foreign one.
    converted: bool = False
    # shipmentlist.py: where a shipment list's text captions start ("Waybill | Destination").
    texts: list[float] = field(default_factory=list)
    # The smallest blank seen between an item's line and its name's wrapped next line on one
    # page (tables.py): the table's own leading, kept across its pages' repeated headers.
    wrap_gap: float | None = None


# A caption's second line naming its unit or currency only.
_UNIT_OR_CURRENCY = re.compile(
    # Eastern European forms' currencies in dashes or brackets ("-lei-", "(PLN)", "Kč").
    r"^[(\-]?(?:kg|t|mt|to|m|m2|m²|m3|m³|ldm|km|l|h|std\.?|stk\.?|pcs|%|€|\$|£|eur|usd|gbp|chf"
    r"|lei|ron|pln|zł|czk|kč|huf|ft|bgn|лв\.?)[)\-]?$",
    re.IGNORECASE,
)
# A tax rate alone: "9%", "19 %", "7,5%".
# A word saying a tax caption heads rates: "Taux TVA", "VAT rate", "MwSt-Satz", "IVA %".
_RATE_WORD = re.compile(r"taux|rate|satz|%|aliquota|tasa|taxa|tarief|stawka|sazba", re.IGNORECASE)
_RATE_CAPTION = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?\s?%$")
_LABELLED_VALUE = re.compile(r":\s*\S*\d")
# A caption naming the unit of measure, which the quantity vocabulary also reads as a count.
_UNIT_CAPTION = re.compile(r"^units?\.?$", re.IGNORECASE)
# The last word of a caption naming a number or code ("Item #", "Product code", "Item No.").
_NUMBER_MARK = re.compile(r"^(?:#|no\.?|nr\.?|n[°º]|number|code|id|ref\.?|sku)$", re.IGNORECASE)
# A bare "Name" caption (en/de, fr "Nom", es "Nombre", it "Nome", nl "Naam", Nordic "Navn",
# "Namn"): beside an item number's caption, the column of the item's name.
_NAME_CAPTION = re.compile(r"^(?:name|nom|nombre|nome|naam|navn|namn)$", re.IGNORECASE)
# A word before a caption naming its code: "Cod. articolo", "Code article", "Código artículo".
_CODE_MARK = re.compile(r"^(?:cod\.?|codice|code|c[óo]digo|n[°º]|nr\.?|no\.?)$", re.IGNORECASE)


_COLUMNS_NO_SENTENCE = 5


def _prose(line: Line) -> bool:
    """A sentence: six words or more, under a third of them column captions; a line of five
    cells or more is columns, however few captions the reader knows ("LPh | Leistungsphase |
    Bewertung | Anteil in € | erbracht | Honorar erbracht")."""
    words = line.words
    if len(words) < 6 or len(line.cells) >= _COLUMNS_NO_SENTENCE:
        return False
    return 3 * sum(1 for w in words if classify_word(w)) < len(words)


def _sentence(line: Line) -> bool:
    """Prose closing a sentence ("Thank you for your order."): a note over the table, which
    a title above it must not join to the header under it."""
    return _prose(line) and _SENTENCE_END.search(line.text.strip()) is not None


# A word closing the line with a full stop: no abbreviation ("crt.", "Nr.", "zzgl.").
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}[.!?]$")


# A money figure with cents ("29,42", "1.234,00 €"): a sum, which no caption prints.
_MONEY = re.compile(r"^[-+]?(?:\d{1,3}(?:[.,' \u00a0]\d{3})+|\d+)[.,]\d{2}$")
# The end every such sum has: a digit, the decimal mark and the cents.
_CENTS_END = re.compile(r"\d[.,]\d\d")


def _priced(line: Line) -> bool:
    """A line printing a sum beside its caption ("Montant total à payer | 29,42 €") over a
    table: a header names its columns, their figures stand under it."""
    # A sum ends in a digit, a mark and two digits; stripping signs and currency keeps a part
    # of the word, so the word, and the line's text, holds those four characters in a row.
    if _CENTS_END.search(line.text) is None:
        return False
    return any(_MONEY.match(without_currency(w.text.strip("€$£"))) for w in line.words)


def find_header(lines: list[Line], start: int) -> tuple[int, Columns] | None:
    """The first item table header at or after `start`: its last line's index, its columns."""
    for index in range(start, len(lines)):
        line = unglued_captions(lines[index])  # gluedcaptions.py: "MengeEinzelpreis"
        line = split_by_rows(line, lines[index + 1 : index + 4])  # rowsplitcaptions.py
        line = without_labelled_side(line)  # labelbesideheader.py: "| Data intervento: 12/11"
        if not _may_open_header(line) or sidebar_opener(lines, index):
            continue  # sidebarcolumn.py: "Unit 7, Riverside" beside the header's line
        group, last_index = _header_group(lines, index, line)
        group = joined_captions(group)  # hyphencaptions.py: "Ra-" over "batt %"
        line = group[0]
        if heading_over_header(group) or titled_section(group) or phrase_title(group):
            continue  # "Kosten (bedragen exclusief btw)" over the header: the table's title
        if meter_reading_header(group):
            continue  # "Previous reading | Present reading": no charges (meterreadings.py)
        captions = _Captions.read(group)
        found = captions.found
        if day_grid_header(group, found):
            continue  # daygrid.py: "Worker | Mon | Tue | ... | Sun | Total", hours, no charges
        goods_amount(found, captions.descriptions)  # goodscolumn.py: "Qty | Price | Goods"
        item_amount_caption(found, captions.descriptions, captions.amounts)  # "Item subtotal"
        _settle_quantity_column(found, captions.counts)
        codes = _settle_description_column(found, captions.descriptions)
        # numberedrows.py: "Item | Article No. | Description" over "1 | NM-89041 | Hose".
        numbered_item_column(found, codes, captions.descriptions, lines[last_index + 1 :])
        _settle_amount_columns(found, captions.amounts)
        this_period_amount(found, captions.amounts, group)  # progresscolumns.py: "This period"
        fee_price_column(found, captions.amounts)
        net_over_gross(found, captions.amounts, group)
        repeated_net_caption(found, captions.amounts, group)  # "Prämie netto | VersSt | Prämie"
        tax_amount_column(found, captions.amounts, group)
        _settle_price_columns(found, captions.prices)
        price_as_total(found, group)  # shopprices.py: "Product | Qty | Price"
        unnamed_description(found, group)
        toll_route(found, group)  # tollcaptions.py: "Entrata | Uscita"
        _currency_amount_column(found, group)
        payments = ledger_columns(found, group)  # tableledger.py: "Cargo | Abono"
        credit_amount_column(found, group)  # creditcaptions.py: "Qty | Price | Credit"
        commission = commission_columns(found, group)  # commissiontable.py: "Kunde | Provision"
        counted, lump_sums = None, False
        listed = shipment_list(found, group)  # shipmentlist.py: "Waybill | Kg | Amount"
        # convertedcharges.py: "Curr. | Amount | ROE | Amount EUR", the converted amount.
        converted = converted_charges(found, group, captions.amounts)
        if not (
            converted or listed or commission or statement_columns(found, group, captions.amounts)
        ) and (
            "amount" not in found or not _enough_columns(found, group, captions.amounts, payments)
        ):
            # uncaptionedcount.py: "Cena za MJ | ... | Celkem" over "1,00 | ks | Návrh loga".
            counted = counted_text(found, group, lines[last_index + 1 :])
            # workingcolumn.py: "Leistung | Berechnung | Betrag" over "3 Tagessätze à 1.150,00";
            # positiontext.py: "Pos. | Leistung | Betrag" over "LPH 3 | Entwurfsplanung | ...".
            below = lines[last_index + 1 :]
            lump_sums = text_amount_table(found, group, below)  # textamounttable.py
            if counted is None and not (
                working_column(found, group, below)
                or position_text_table(found, group, below)
                or share_rows(found, group, below)  # sharecolumns.py: "40 % | 24.860,00"
                # stagefees.py: "Stage fee £ | % complete | Fee to date £" over "45 %".
                or stage_fee_rows(found, group, below)
                or lump_sums
            ):
                continue
        columns = _columns(line, group, captions, codes, payments)
        columns.lump_sums = lump_sums
        columns.converted = converted
        currency_x0 = currency_caption_left(group, columns.description[0]) if converted else None
        if currency_x0 is not None and currency_x0 - 2 < columns.description[1]:
            columns.description = (columns.description[0], currency_x0 - 2)
        if listed:
            shipment_text(columns, group, found)
        if counted is not None:
            counted.apply(columns)
        widen_centred_description(columns, group, lines[last_index + 1 :])  # centreddescription.py
        text_at_left_edge(columns, group, lines[last_index + 1 :])  # firstcolumntext.py
        charge_text_column(columns, lines[last_index + 1 :])  # chargetext.py: "Charge" names
        return last_index, columns
    return None


def _may_open_header(line: Line) -> bool:
    """A header starts with a line naming a column, not with data above it, nor with a
    caption and its value ("Service period: 28/06/2023 - 05/07/2023") or a sentence ("... the
    following goods and services:"), nor with a caption and its sum ("Montant total à payer
    29,42 €"). The dearest test, reading the line's captions, comes last."""
    return not (_LABELLED_VALUE.search(line.text) or _prose(line) or _priced(line)) and bool(
        header_words(line)
    )


@dataclass
class _Captions:
    """A header's captions by the column each names; the first of a kind heads it."""

    found: dict[str, list[Word]] = field(default_factory=dict)
    amounts: list[list[Word]] = field(default_factory=list)
    prices: list[list[Word]] = field(default_factory=list)
    descriptions: list[tuple[list[Word], Line]] = field(default_factory=list)
    counts: list[list[Word]] = field(default_factory=list)

    @classmethod
    def read(cls, group: list[Line]) -> _Captions:
        captions = cls()
        # stackedcaptions.py: "Unit" over "Price" is one caption, no count's.
        for category, words, member in group_captions(group):
            if category == "amount":
                captions.amounts.append(words)
            if category == "unit_price":
                captions.prices.append(words)
            if category == "description":
                captions.descriptions.append((words, member))
            if category == "quantity":
                captions.counts.append(words)
            captions.found.setdefault(category, words)
        return captions


def _columns(
    line: Line,
    group: list[Line],
    captions: _Captions,
    codes: list[list[Word]],
    payments: tuple[float, float] | None,
) -> Columns:
    """The settled captions' columns: x-ranges, the description's, and the spans of the
    captions that name no item column."""
    found = captions.found
    progress = progress_caption(found)  # progresscolumns.py: "% complete", no VAT rate
    progress += fee_rate_caption(found, group, captions.prices)  # feecaptions.py: "Satz"
    progress += commission_rate(found)  # commissiontable.py: "Satz" over "5,0 %"
    progress += progress_figures(group, captions.amounts, found["amount"])
    centers = {k: (min(w.box.x0 for w in v), max(w.box.x1 for w in v)) for k, v in found.items()}
    tagged_spans(centers, found, group)  # taggedcaptions.py: "Preis (BT-146)" less its tag
    weight = found.get("quantity", [])
    weighed = "unit_price" not in found and any(SHIPMENT_CAPTION.match(w.text) for w in weight[:1])
    if weighed:
        # A shipment's weight with no rate per weight beside it: information, no count.
        del centers["quantity"]
    description = _descriptioncaption_span(centers)
    last = group[-1] if len(group) > 1 else line
    kept = [c for member in group for c in member.cells if not _figure_beside(c)]
    left = min((c.x0 for c in kept), default=line.words[0].box.x0)
    columns = Columns(centers, description, last.y1, line.page, left)
    columns.right = max((c.x1 for member in group for c in member.cells), default=0.0)
    base = PRICE_BASE.match(" ".join(w.text for w in found.get("unit_price", [])))
    columns.price_base = base.group(1) if base else None
    columns.lead = [(c.x0, c.x1) for c in kept if c.x1 < description[0] + 6] + [
        (min(w.box.x0 for w in code), max(w.box.x1 for w in code)) for code in codes
    ]
    columns.others = _count_spans(group, captions) + progress
    # packcolumn.py: "Pack" beside "Qty" over "10kg | 1": the pack's size, no count.
    columns.others += [span for span in pack_spans(group) if span not in columns.others]
    if weighed:
        columns.others.append(caption_span(weight))
    if payments is not None:
        # A payment's figure is no item's: its column's cells are no part of a name.
        columns.payments = payments
        columns.others.append(payments)
    columns.dated = date_caption(group)  # postingdates.py: "Datum" over "02.03.2024"
    columns.net_span = _netcaption_span(captions, group)
    _clip_description(columns)
    _stack_columns(columns, group, found)
    name_lines(columns, group, found)  # namesoverfigures.py: "Pos | Bezeichnung" over "Menge"
    columns.unnamed = [
        (cell.x0, cell.x1)
        for member in group
        for cell in member.cells
        if not header_words(Line(member.page, list(cell.words), [cell]))
        and cell.words != found["amount"]  # a ledger's "Cargo", read as the amounts'
    ]
    # headersidebar.py: "Yht. € | FI64 5000 0120", the sidebar's IBAN beside the last caption.
    apart = sidebar_cells_apart(group, centers.get("amount"), columns.unnamed)
    if apart is not None:
        columns.right, columns.unnamed = apart
    return columns


def _descriptioncaption_span(centers: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """The description's x-range: from its caption to the next caption right of it, or from
    the page's edge to the first caption when no caption names it."""
    if "description" in centers:
        x0 = centers["description"][0]
        right = [c[0] for k, c in centers.items() if c[0] > x0 + 5]
        return (x0 - 8, (min(right) - 2) if right else x0 + 250)
    return (0.0, min(c[0] for c in centers.values()) - 2)


def _count_spans(group: list[Line], captions: _Captions) -> list[tuple[float, float]]:
    """Spans of captions naming no item column, and of count columns besides the
    quantity's ("Qty ordered | Qty shipped"): figures to choose the billed count from
    (`_unlabelled_quantity`). A count caption over or under the quantity's ("Ilość / Qty" in
    a bilingual header) names the same column."""
    found = captions.found
    quantity = caption_span(found["quantity"]) if "quantity" in found else (0.0, 0.0)
    return _other_captions(group, found) + [
        caption_span(words)
        for words in captions.counts
        if words is not found.get("quantity") and not _overlap(caption_span(words), quantity)
    ]


def _netcaption_span(captions: _Captions, group: list[Line]) -> tuple[float, float] | None:
    """A second amount caption left of the line amount's ("SUBTOTAL | TOTAL"): where a
    row's net stands beside its gross; not a word of the amount's own cell ("Total Amount",
    netcolumn.py)."""
    amount = captions.found["amount"]
    amount_x0 = min(w.box.x0 for w in amount)
    nets = [
        words
        for words in captions.amounts
        if max(w.box.x1 for w in words) < amount_x0 and not same_caption(words, amount, group)
    ]
    if not nets:
        return None
    net = max(nets, key=lambda words: words[0].box.x0)
    return (min(w.box.x0 for w in net), max(w.box.x1 for w in net))


def _enough_columns(
    found: dict[str, list[Word]],
    group: list[Line],
    amounts: list[list[Word]],
    payments: tuple[float, float] | None = None,
) -> bool:
    """Besides the amount, two of description, quantity and price; or the description beside
    a fee schedule's number or factor (feecaptions.py), which bills no count; or the
    description beside a per-row tax rate and the net and gross amounts ("Désignation |
    Montant HT | Taux TVA | TVA | Montant TTC"): airline and telecom bills print each
    charge's rate, no count. A ledger's description beside its charges and payments
    ("Description | Charges | Credits", tableledger.py) bills no count either."""
    named = set(found) & {"description", "quantity", "unit_price"}
    if len(named) >= 2:
        return True
    return named == {"description"} and (
        names_fee_column(group)
        or names_route(found)
        or (len(amounts) >= 2 and _names_rates(found))
        or payments is not None
        or names_progress(group)  # progresscolumns.py: "Fertigstellung | Leistungsstand"
        or names_credit(found.get("amount", []))  # "Gutschrift netto" (creditcaptions.py)
    )


def _names_rates(found: dict[str, list[Word]]) -> bool:
    """A tax caption saying it heads rates ("Taux TVA", "VAT rate"): a bare "VAT" may head
    tax amounts, and "VAT 20%" names the one rate of the tax amounts under it."""
    caption = " ".join(w.text for w in found.get("vat_rate", []))
    return _RATE_WORD.search(caption) is not None and not any(ch.isdigit() for ch in caption)


def _overlap(one: tuple[float, float], two: tuple[float, float]) -> bool:
    return min(one[1], two[1]) > max(one[0], two[0])


def _figure_beside(cell: Cell) -> bool:
    """ "+44 113 496 0731" on the header's line in a sidebar left of the table: digits and no
    letter, a value printed beside the header, never a column's caption."""
    return any(ch.isdigit() for ch in cell.text) and not any(ch.isalpha() for ch in cell.text)


def _clip_description(columns: Columns) -> None:
    """The description ends where the first caption right of its own starts, an unknown one
    included ("Description | Ordered | Shipped | B/O"): a figure under "B/O" is no text."""
    x0, x1 = columns.description
    caption = columns.centers.get("description")
    if caption is None:
        clip_to_header(columns)  # "UM | Q.TA | PREZZO" (uncaptioneddescription.py)
        return
    # A net's caption left of the gross's ("Contract sum | % complete | Value to date"):
    # a figure column too.
    spans = [*columns.others, *([columns.net_span] if columns.net_span else [])]
    right = [left for left, _right in spans if left > caption[1]]
    if right and min(right) - 2 < x1:
        columns.description = (x0, min(right) - 2)


def _other_captions(group: list[Line], found: dict[str, list[Word]]) -> list[tuple[float, float]]:
    """Captions on the description's header line, right of it and left of the figures',
    that name no column the reader knows ("Licence period", "Ordered | Shipped | B/O")."""
    caption = found.get("description")
    if caption is None:
        return []
    start = max(w.box.x1 for w in caption)
    figures = [min(w.box.x0 for w in words) for key, words in found.items() if key != "description"]
    end = min((x for x in figures if x > start), default=float("inf"))
    member = next((m for m in group if caption[0] in m.words), None)
    if member is None:
        return []
    return [
        (cell.x0, cell.x1)
        for cell in member.cells
        if cell.x0 > start + 2
        and cell.x1 < end
        and not header_words(Line(member.page, list(cell.words), [cell]))
        and not _CURRENCY_CAPTION.match(cell.text)
    ]


def _header_group(lines: list[Line], index: int, line: Line) -> tuple[list[Line], int]:
    """The header's lines: the first (`line`, at `index`), and those under it naming columns,
    each close to the one above ("GTIN  Art-Nr  Menge ... Nettowert" over "Art-Nr-Kunde
    Artikelbezeichnung"); and the index of the last."""
    group = [line]
    last = index
    for at in range(index + 1, min(index + 4, len(lines))):
        # sidebarcolumn.py: the sidebar's caption level with a caption's second line.
        other = without_sidebar_cells(lines, index, unglued_captions(lines[at]))
        close = other.page == line.page and other.y0 - group[-1].y1 < 1.6 * line.height
        priced = any(
            AMOUNT_TOKEN.match(without_currency(w.text.strip("€$£%")))
            for w in other.words
            if any(ch.isdigit() for ch in w.text)
            and not _caption_rate(w, group[-1])
            and not base_caption_word(w, other)  # priceunitbase.py: "je 100 St."
        )
        if close and priced:
            # A row's figures under the header: the rows have begun, and a wrapped name's
            # tail under the first row ("beurten)") closes no caption.
            break
        if (
            close
            and not _sentence(other)  # "Goods delivered 07/03/2025. Thank you for your order."
            and not sidebar_line(lines, index, at)  # sidebarcolumn.py: "STEUER" left of it
            and (
                any(classify_word(w) for w in other.words)
                # The tails of captions wrapped onto a second line ("Unit price (excl." /
                # "VAT)"): they close what the line above opened.
                or all(w.text.endswith(")") and len(w.text) <= 12 for w in other.words)
                # Units and currencies under their captions ("Gewicht / kg", "Fracht / EUR").
                or all(_UNIT_OR_CURRENCY.match(w.text) for w in other.words)
                # The second halves of captions a hyphen breaks ("Men-" / "ge").
                or continues_caption(group[-1], other)
            )
        ):
            group.append(other)
            last = at
    return group, last


def _caption_rate(word: Word, above: Line) -> bool:
    """ "9%" under "CGST", "19 %" under "MwSt": a tax column's rate stacked under its
    caption names the column, no figure of an item."""
    if not _RATE_CAPTION.match(word.text):
        return False
    center = (word.box.x0 + word.box.x1) / 2
    return any(cell.x0 - 4 <= center <= cell.x1 + 4 for cell in above.cells)


def _stack_columns(columns: Columns, group: list[Line], found: dict[str, list[Word]]) -> None:
    """A stacked header: the description named on a line below the amount's header line.

    Each item then prints one line per header line: its figures under the first, its name
    under the description header below. On the figures' line, the cells above the
    description column ("Art-Nr-Lieferant") name codes, and lines past the item's last
    header line are details ("Liefer-Datum: ...", "Abrechnungszeitraum KW 36").
    """
    rows = {
        key: next(n for n, member in enumerate(group) if words[0] in member.words)
        for key, words in found.items()
    }
    # Every figure's header above the description's: a header of two rows, not one row of
    # cells whose words wrap ("Positions / betrag" beside "Beschreibung  Nettopreis  Menge").
    figures = [n for key, n in rows.items() if key != "description"]
    if "description" not in rows or rows["description"] <= max(figures):
        return
    columns.stacked = rows["description"] - rows["amount"]
    left, right = columns.description
    columns.blocked = [
        (cell.x0, cell.x1)
        for cell in group[rows["amount"]].cells
        if left <= (cell.x0 + cell.x1) / 2 <= right and classify_text(cell.text) is None
    ]


def _settle_description_column(
    found: dict[str, list[Word]], descriptions: list[tuple[list[Word], Line]]
) -> list[list[Word]]:
    """ "Item # | Description", "Cod. articolo  Descrizione": the caption naming a number or
    code heads the item's code, beside the one naming its text. Returns the code captions'
    words (with the word marking them)."""
    codes: list[list[Word]] = []
    named: list[list[Word]] = []
    for words, member in descriptions:
        marked = _code_caption(words, member)
        (named if marked is None else codes).append(marked or words)
    if codes and named:
        found["description"] = named[0]
        return codes
    if codes and not named:
        # "Item no. | Name": e-invoice viewers print the item's number and its name in
        # columns of their own; the name's caption, right of the number's, heads the text.
        member = descriptions[0][1]
        right_of = codes[0][-1].box.x1
        name = next(
            (c for c in member.cells if c.x0 > right_of and _NAME_CAPTION.match(c.text)), None
        )
        if name is not None:
            found["description"] = list(name.words)
            return codes
    if len(named) > 1 and len({id(member) for _words, member in descriptions}) == 1:
        # "Artigo | Descrição", "Tuote | Nimike": two captions naming the item on one line.
        # Its name runs in the wide column; the narrow one holds its code.
        member = descriptions[0][1]
        widest = max(named, key=lambda words: _column_width(words, member))
        found["description"] = widest
        return [words for words in named if words is not widest]
    return []


def _column_width(caption: list[Word], member: Line) -> float:
    """From a caption's left edge to the next caption's on its line (or the line's end)."""
    x0, x1 = caption[0].box.x0, caption[-1].box.x1
    right = [cell.x0 for cell in member.cells if cell.x0 > x1 + 1]
    return (min(right) if right else member.words[-1].box.x1) - x0


def _code_caption(words: list[Word], member: Line) -> list[Word] | None:
    """The caption with its marking word, when a number mark follows it ("Item #") or a
    code mark comes before it in its cell ("Cod. articolo")."""
    if _NUMBER_MARK.match(words[-1].text):
        return words
    cell = next((c for c in member.cells if words[0] in c.words), None)
    position = cell.words.index(words[0]) if cell is not None else 0
    if cell is not None and position and _CODE_MARK.match(cell.words[position - 1].text):
        return [cell.words[position - 1], *words]
    return None


def _settle_quantity_column(found: dict[str, list[Word]], counts: list[list[Word]]) -> None:
    """ "Unit | Qty": beside another count caption, "Unit" names the unit of measure."""
    if len(counts) < 2:
        return
    named = " ".join(w.text for w in found["quantity"])
    # "Weight | Qty": the goods' weight is information, the count the billed quantity.
    caption = _UNIT_CAPTION if _UNIT_CAPTION.match(named) else WEIGHT_CAPTION
    if not caption.match(named):
        return
    others = [words for words in counts if not caption.match(" ".join(w.text for w in words))]
    if others:
        found["quantity"] = others[0]


def _settle_price_columns(found: dict[str, list[Word]], prices: list[list[Word]]) -> None:
    """Two price headers and no amount ("Prijs per stuk ... Prijs incl. BTW"): the rightmost
    price is the line's price, i.e. its amount; the unit price stands left of it."""
    if "amount" in found or len(prices) < 2:
        return
    by_x = sorted(prices, key=lambda words: min(w.box.x0 for w in words))
    found["unit_price"], found["amount"] = by_x[0], by_x[-1]


def _currency_amount_column(found: dict[str, list[Word]], group: list[Line]) -> None:
    """A bare currency as the last caption ("Menge | ME | Preis | EUR"): the amount's column.

    With no caption naming the amount, the rightmost column headed only by its currency
    holds the line amounts, right of the price it is quantity times.
    """
    if "amount" in found or not found:
        return
    cells = [cell for member in group for cell in member.cells]
    last = max(cells, key=lambda cell: cell.x1)
    named_right = max(max(w.box.x1 for w in words) for words in found.values())
    if _CURRENCY_CAPTION.match(last.text) and last.x0 > named_right:
        found["amount"] = list(last.words)
        return
    # "Fracht / EUR | USt": the currency under a caption the reader does not know, right of
    # the count and price, left only of the rate column: the line's money column.
    figures = [words for key, words in found.items() if key not in ("vat_rate", "discount")]
    if "description" not in found or len(group) < 2 or len(figures) < 2:
        return
    figures_right = max(max(w.box.x1 for w in words) for words in figures)
    money = [c for c in cells if _CURRENCY_CAPTION.match(c.text) and c.x0 > figures_right]
    if len(money) == 1:
        found["amount"] = list(money[0].words)


def _settle_amount_columns(found: dict[str, list[Word]], amounts: list[list[Word]]) -> None:
    """Two "amount" headers ("Amount ... Total"): the line amount is the rightmost one.

    The line amount is quantity times price, so it stands right of the unit price; an
    "amount" header left of the price column names the quantity ("Amount" for "Anzahl").
    """
    if len(amounts) < 2:
        return
    by_x = sorted(amounts, key=lambda words: min(w.box.x0 for w in words))
    found["amount"] = by_x[-1]
    price = found.get("unit_price")
    # Only beside the item's name: a tax summary's "Taxable Value | CGST Rate | CGST Amount"
    # names no count.
    if "quantity" in found or price is None or "description" not in found:
        return
    price_x = min(w.box.x0 for w in price)
    left = [words for words in by_x[:-1] if max(w.box.x1 for w in words) < price_x]
    if left:
        found["quantity"] = left[0]
