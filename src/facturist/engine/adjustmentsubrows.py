"""A discount or surcharge sub-row under an item of an ERP print ("Rabatt | -5,00 % | -42,10",
"Korting 6% | -12,90", "Majoration alliage : 1,20 €/kg | 54,00", "Legierungszuschlag 1,80
EUR/KG | 36,00"): part of the item above it, never an item of its own nor the end of the
table. The item keeps the amount printed on its own row; the sub-row's sum is summed with the
rows in the totals below (the vendor's "Summe Positionen").

ERP layouts (SAP, Exact, Oracle) print the condition under the item's text and its delivery
notes, set in, its figure in the amount column; credit notes print it unsigned under a
negative item. It is told from the whole document's allowance under the last item
(tableallowances.py) by what follows it or by its figure: another item follows in the table,
or the figure is its rate of the item's amount ("-5,00 %" of 842,00 is -42,10) or its rate per
unit times the item's count ("1,20 €/kg" of 45 kg is 54,00).
"""

from __future__ import annotations

import re

from facturist.engine.itemrow import ItemRow
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.positionnets import is_position_net
from facturist.engine.tablecolumns import look_ahead
from facturist.engine.tableends import TABLE_STOP
from facturist.engine.tableheader import Columns
from facturist.engine.tablesections import RowReader

# The sub-row's caption: an allowance or a charge word, German compounds ending in it
# ("Mengenrabatt", "Legierungszuschlag"); de, en, fr, it, es, nl.
_CAPTION = re.compile(
    r"^\w*(?:rabatt|nachlass|zuschlag|aufschlag|abschlag)\b"
    r"|^(?:discount|surcharge|allowance|remise|rabais|majoration|sconto|maggiorazione"
    r"|descuento|dto\.?|recargo|korting|toeslag)\b",
    re.IGNORECASE,
)
# A tax line of a totals block ("zzgl. 19 % USt"), or a sum's: no sub-row of an item.
_TAX = re.compile(r"\b(?:ust|mwst|vat|tax|steuer|tva|iva|btw|summe|total)\b", re.IGNORECASE)
# Figures the sub-row may print besides its sum: its rate, read as VAT's or a discount's.
_FIGURES = frozenset({"amount", "vat_rate", "discount"})
# A rate of the item's amount ("-5,00 %", "6%") or a rate per unit ("1,27 €/kg", "1,84 EUR/KG").
_PERCENT = re.compile(r"([-+]?\d{1,3}(?:[.,]\d{1,4})?)\s?%")
_PER_UNIT = re.compile(
    r"(\d{1,6}(?:[.,]\d{1,5})?)\s?(?:€|eur|chf|\$|£)?\s?/\s?[^\W\d_]{1,5}\b", re.IGNORECASE
)
# The sum a rate is reckoned on: fr "sur", it "su", en "on" / "of", de "auf" / "von", nl "op",
# es "sobre", perhaps after the currency ("su € 639,27").
_BASE = re.compile(
    r"\b(?:sur|su|on|of|auf|von|op|sobre)\s+(?:€|eur|chf|\$|£)?\s?"
    r"(\d{1,3}(?:[ \u00a0.,]\d{3})*[.,]\d{2})(?!\d)",
    re.IGNORECASE,
)
# A position number: "4", "04", "4.", "2.10".
_POSITION = re.compile(r"^\d{1,4}(?:\.\d{1,3})*\.?$")
# How many lines below the sub-row the next item may open.
_REACH = 6
_CENT = 0.011


def adjustment_sub_row(
    lines: list[Line],
    index: int,
    rows: list[ItemRow],
    description: list[Word],
    numbers: dict[str, Value],
    columns: Columns,
) -> bool:
    """Whether lines[index] is a discount or surcharge of the item above (rows[-1]) in a table
    whose items carry a number or code left of their text (`columns.lead`: "Pos.", "Artikel",
    an ERP print's); it then closes the item, which keeps the amount on its own row."""
    line = lines[index]
    if not columns.lead or not rows or not description or not rows[-1].description:
        return False
    if not {"quantity", "unit_price"} & columns.centers.keys():
        return False  # a table of charges, amounts only: "Surcharge gazole 9,8 % | 18,23" bills
    row = rows[-1]
    amount, base = numbers.get("amount"), row.numbers.get("amount")
    if amount is None or base is None or not set(numbers) <= _FIGURES or row.page != line.page:
        return False
    if not isinstance(amount.value, float) or not isinstance(base.value, float):
        return False
    if description[0].box.x0 < row.description[0].box.x0 - 2:
        return False  # at the margin or under another column: no sub-row of the item's text
    if _numbered(line, columns.lead, description[0].box.x0):
        return False  # "4 | Frühbucherrabatt 10 % ... | -387,00": a position of its own
    caption = " ".join(w.text for w in description)
    if not _CAPTION.match(caption) or _TAX.search(caption):
        return False
    reader = look_ahead(columns)
    if _net_below(lines, index, reader):
        return False  # positionnets.py: "Positionswert netto" takes the conditions in
    if _other_base(caption, abs(base.value)):
        return False  # "Surcharge carburant 12,4 % sur 1 737,00": a charge on several items
    if not (_works_out(line.text, row, abs(amount.value)) or _item_follows(lines, index, reader)):
        return False
    row.closed = True
    row.last_y = line.y1
    return True


def _numbered(line: Line, lead: list[tuple[float, float]], text_x0: float) -> bool:
    """Whether the line prints a position number of its own under a lead caption ("Pos."),
    left of its text: an item of the table, which a condition under an item never has."""
    return any(
        _POSITION.match(w.text) and any(w.box.x0 < x1 + 2 and w.box.x1 > x0 - 2 for x0, x1 in lead)
        for w in line.words
        if w.box.x1 <= text_x0
    )


def _number(text: str) -> float | None:
    text = text.lstrip("+-")
    if "," in text and "." in text:
        # "1.234,50" or "1,234.50": the mark further right is the decimal one.
        comma_last = text.rfind(",") > text.rfind(".")
        text = text.replace(".", "") if comma_last else text.replace(",", "")
    text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _works_out(text: str, row: ItemRow, figure: float) -> bool:
    """The sub-row's figure is its percentage of the item's amount, or its rate per unit
    times the item's count."""
    base = row.numbers["amount"].value
    quantity = row.numbers.get("quantity")
    count = quantity.value if quantity is not None else None
    for match in _PERCENT.finditer(text):
        rate = _number(match.group(1))
        if rate and isinstance(base, float) and abs(abs(base) * rate / 100 - figure) <= _CENT:
            return True
    for match in _PER_UNIT.finditer(text):
        rate = _number(match.group(1))
        if rate and isinstance(count, float) and abs(abs(count) * rate - figure) <= _CENT:
            return True
    return False


def _other_base(caption: str, base: float) -> bool:
    """The sub-row names the sum it is reckoned on ("12,4 % sur 1 737,00", "9,5% su €
    639,27", "27.25% on 942.20"), and that sum is not the item's amount: a charge of its own
    on several items' sum, not the item's condition."""
    if not any(ch.isdigit() for ch in caption):
        return False
    named = [
        _number(m.group(1).replace(" ", "").replace("\u00a0", "")) for m in _BASE.finditer(caption)
    ]
    figures = [f for f in named if f is not None]
    return bool(figures) and all(abs(f - base) > _CENT for f in figures)


def _net_below(lines: list[Line], index: int, read_row: RowReader) -> bool:
    """The position's net value printed under its conditions, before the next item."""
    page = lines[index].page
    for line in lines[index + 1 : index + 1 + _REACH]:
        if line.page != page:
            return False
        description, numbers = read_row(line)
        if {"quantity", "unit_price"} & numbers.keys():
            return False  # the next item
        if is_position_net(" ".join(w.text for w in description)):
            return True
    return False


def _item_follows(lines: list[Line], index: int, read_row: RowReader) -> bool:
    """Another item opens below on the same page, within a few lines: a row with its own
    count or price beside its amount. A sum caption ("Summe netto") ends the items first:
    the figures under the totals (a footer's register and account numbers) open none."""
    page = lines[index].page
    for line in lines[index + 1 : index + 1 + _REACH]:
        if line.page != page or (line.cells and TABLE_STOP.match(line.cells[0].text)):
            return False
        _, numbers = read_row(line)
        if "amount" in numbers and ({"quantity", "unit_price"} & numbers.keys()):
            return True
    return False
