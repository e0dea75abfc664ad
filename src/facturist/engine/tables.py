"""Line items: header words give column x-ranges; rows are lines with an amount."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from facturist.engine.fields import AMOUNT_TOKEN
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

_HEADER_WORDS: dict[str, re.Pattern[str]] = {
    "description": re.compile(
        r"^(?:beschreibung|artikelbeschreibung|bezeichnung|artikelbezeichnung|"
        r"leistungsbeschreibung|produkt|artikel|leistung"
        r"|description|item|items|product|service|services|details|particulars|désignation|"
        r"designation|libellé|descripción|concepto"
        r"|descrizione|omschrijving|descrição|descricao|opis|nazwa|towar)$",
        re.IGNORECASE,
    ),
    "quantity": re.compile(
        r"^(?:menge|anzahl|qty|quantity|quantité|quantite|qté|cantidad|cant|quantità|aantal|"
        r"quantidade|ilość|ilosc|ilosć|stück|units?|q\.?tà|qtà|qtd|qtde|st|stk|pcs|qté)$",
        re.IGNORECASE,
    ),
    "unit_price": re.compile(
        r"^(?:einzelpreis|nettopreis|preis|e-preis|stückpreis|price|unit price|rate|prix|pu|"
        r"precio|prezzo|prijs|preço|cena|netto-preis|preis/|prijs per stuk|einzelpreis netto"
        r"|ep|e-preis netto|price per unit|unit cost|cost)$",
        re.IGNORECASE,
    ),
    "amount": re.compile(
        r"^(?:betrag|gesamtbetrag|gesamt|gesamtpreis|nettobetrag|summe|entgelt|amount|total|"
        r"montant|importe|importo|bedrag|valor|wartość|positionsbetrag|positions|netto|"
        r"line total|wartosć|wartosc|wartość|totaal|subtotal|gesamtpreis netto|nettowert"
        r"|gesamtwert|positionswert|gesamt netto)$",
        re.IGNORECASE,
    ),
    "vat_rate": re.compile(
        # "MwSt-%", "USt.-%", "VAT %": the rate column often carries its percent sign.
        r"^(?:(?:ust|mwst|steuer|vat|tax|tva|iva|btw)\.?(?:\s*-?\s*%)?|steuersatz|ust\.-satz|%)$",
        re.IGNORECASE,
    ),
}
_NUMERIC_COLUMNS = ("quantity", "unit_price", "amount", "vat_rate")
_STOP = re.compile(
    r"^(?:summe|zwischensumme|gesamtsumme|gesamtbetrag|total|subtotal|sub-total|sub total|"
    r"netto|nettobetrag|rechnungssumme|positionssumme"
    r"|übertrag|carried forward|umsatzsteuer|mwst|vat|tax|steuer|grand total|montant total|"
    r"total ht|importe total|totale|totaal|base imponible|imponibile|subtotaal|subtotale"
    r"|total il[íi]quido|razem|suma|iva|btw|tva|ust|net total|amount due|balance)\b",
    re.IGNORECASE,
)
_CONTINUATION_NOISE = re.compile(r"^\W*[\w\-. ]{2,30}\s*:\s*\S|^[•·]")
_LABELLED = re.compile(r"^\W*[\w\-. ]{2,30}\s*:(?:\s|$)")
# A money figure with cents ("-8,10", "1.234,00"): no product is named by these alone.
_MONEY = re.compile(r"^[-+]?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}$")
_CURRENCY_WORD = re.compile(r"^(?:€|\$|£|eur|usd|gbp|chf|rm)$", re.IGNORECASE)


@dataclass
class _Columns:
    centers: dict[str, tuple[float, float]]
    description: tuple[float, float]
    bottom: float
    page: int


@dataclass
class _Row:
    description: list[Word] = field(default_factory=list)
    numbers: dict[str, Value] = field(default_factory=dict)
    last_y: float = 0.0
    page: int = 0


# Words that qualify a header ("Cena netto", "Prix unitaire HT") rather than name a column.
_QUALIFIERS = frozenset(
    {"netto", "net", "ht", "ttc", "brutto", "unit", "unitaire", "unitario", "unitário"}
    | {"unit.", "per", "stuk", "excl", "incl", "€", "eur", "(€)", "(eur)", "in"}
)


@functools.lru_cache(maxsize=4096)
def _classify_text(text: str) -> str | None:
    stripped = text.strip(".:")
    for category, pattern in _HEADER_WORDS.items():
        if pattern.match(stripped) or pattern.match(text):
            return category
    return None


def _classify(word: Word) -> str | None:
    return _classify_text(word.text)


def _header_words(line: Line) -> list[tuple[str, list[Word]]]:
    """(category, words) for a line's header cells: a whole cell first, then its words."""
    found: list[tuple[str, list[Word]]] = []
    for cell in line.cells:
        whole = _classify_text(cell.text)
        if whole is not None:
            found.append((whole, list(cell.words)))
            continue
        in_cell: list[tuple[str, list[Word]]] = []
        for position, word in enumerate(cell.words):
            if position > 0 and word.text.lower().strip(".:") in _QUALIFIERS:
                continue
            category = _classify(word)
            if category is not None:
                in_cell.append((category, [word]))
        if len(in_cell) == 1:
            # "Prix unitaire HT": the column spans the whole cell, not just its keyword.
            in_cell = [(in_cell[0][0], list(cell.words))]
        found.extend(in_cell)
    return found


def _find_header(lines: list[Line], start: int) -> tuple[int, _Columns] | None:
    for index in range(start, len(lines)):
        line = lines[index]
        group = [line] + [
            other
            for other in lines[index + 1 : index + 4]
            if other.page == line.page
            and other.y0 - line.y1 < 1.6 * line.height
            and not any(
                AMOUNT_TOKEN.match(w.text.strip("€$£%"))
                for w in other.words
                if any(ch.isdigit() for ch in w.text)
            )
            and any(_classify(w) for w in other.words)
        ]
        found: dict[str, list[Word]] = {}
        amounts: list[list[Word]] = []
        for member in group:
            for category, words in _header_words(member):
                if category == "amount":
                    amounts.append(words)
                if category not in found:
                    found[category] = words
        _settle_amount_columns(found, amounts)
        if "amount" not in found or len(set(found) & {"description", "quantity", "unit_price"}) < 2:
            continue
        centers = {
            k: (min(w.box.x0 for w in v), max(w.box.x1 for w in v)) for k, v in found.items()
        }
        if "description" in centers:
            x0 = centers["description"][0]
            right = [c[0] for k, c in centers.items() if c[0] > x0 + 5]
            description = (x0 - 8, (min(right) - 2) if right else x0 + 250)
        else:
            description = (0.0, min(c[0] for c in centers.values()) - 2)
        last = group[-1] if len(group) > 1 else line
        return lines.index(last), _Columns(centers, description, last.y1, line.page)
    return None


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
    if "quantity" in found or price is None:
        return
    price_x = min(w.box.x0 for w in price)
    left = [words for words in by_x[:-1] if max(w.box.x1 for w in words) < price_x]
    if left:
        found["quantity"] = left[0]


def _nearest_column(word: Word, columns: _Columns) -> str | None:
    center = (word.box.x0 + word.box.x1) / 2
    best, distance = None, 1e9
    for name in _NUMERIC_COLUMNS:
        span = columns.centers.get(name)
        if span is None:
            continue
        # Numbers sit under their header, usually right-aligned: compare with both edges.
        gap = (
            0.0
            if span[0] - 10 <= center <= span[1] + 10
            else min(abs(center - span[0]), abs(center - span[1]), abs(word.box.x1 - span[1]))
        )
        if gap < distance:
            best, distance = name, gap
    return best if distance < 60 else None


def _read_row_line(line: Line, columns: _Columns) -> tuple[list[Word], dict[str, Value]]:
    description: list[Word] = []
    numbers: dict[str, tuple[float, Value]] = {}
    for index, word in enumerate(line.words):
        center = (word.box.x0 + word.box.x1) / 2
        if columns.description[0] <= center <= columns.description[1]:
            description.append(word)
            continue
        text = word.text.strip("€$£")
        following = line.words[index + 1].text if index + 1 < len(line.words) else ""
        if not text or _CURRENCY_WORD.match(word.text):
            continue
        is_percent = text.endswith("%") or following.startswith("%")
        core = text.rstrip("%")
        if not AMOUNT_TOKEN.match(core):
            continue
        amount = parse_amount(core)
        if amount is None:
            continue
        column = (
            "vat_rate"
            if is_percent and "vat_rate" in columns.centers
            else _nearest_column(word, columns)
        )
        if column is None or (is_percent and column != "vat_rate"):
            continue
        span = columns.centers[column]
        gap = abs((word.box.x0 + word.box.x1) / 2 - (span[0] + span[1]) / 2)
        if column not in numbers or gap < numbers[column][0]:
            numbers[column] = (gap, Value(float(amount), word.text, (word.box,)))
    return description, {k: v for k, (_, v) in numbers.items()}


def line_items(lines: list[Line]) -> list[dict[str, Value]]:
    """Line items found in tables on the lines, keyed by canonical line keys (without "line.")."""
    items: list[dict[str, Value]] = []
    position = 0
    while position < len(lines):
        header = _find_header(lines, position)
        if header is None:
            break
        header_index, columns = header
        rows, position = _read_rows(lines, header_index + 1, columns)
        items.extend(_finish(row) for row in rows if "amount" in row.numbers)
    return items


def _read_rows(lines: list[Line], start: int, columns: _Columns) -> tuple[list[_Row], int]:
    rows: list[_Row] = []
    index = start
    while index < len(lines):
        line = lines[index]
        first = line.cells[0].text if line.cells else ""
        if _STOP.match(first) or _STOP.match(line.text):
            return rows, index + 1
        if line.page != columns.page and _find_header(lines[index : index + 4], 0) is not None:
            # The table goes on after a repeated header on the next page.
            header = _find_header(lines, index)
            if header is not None:
                index, columns = header[0] + 1, header[1]
                continue
        description, numbers = _read_row_line(line, columns)
        adjustment = not description and set(numbers) <= {"amount", "vat_rate"}
        if adjustment and _adjusts_previous(line, numbers, rows):
            index += 1
            continue
        if _is_summary_line(line, columns, description):
            return rows, index + 1
        lone_amount = not description and set(numbers) == {"amount"}
        if lone_amount and (not rows or "amount" in rows[-1].numbers):
            return rows, index + 1  # a bare sum under the amounts column: the table is over
        if "amount" in numbers and _only_money(description):
            return rows, index  # a totals grid under the table ("326,50  -8,10  ...  382,47")
        if "amount" in numbers:
            current = rows[-1] if rows else None
            if (
                current is not None
                and "amount" not in current.numbers
                and current.page == line.page
            ):
                current.description.extend(description)
                current.numbers.update(numbers)
                current.last_y = line.y1
            else:
                rows.append(_Row(description, numbers, line.y1, line.page))
        elif _starts_row(description, numbers, rows):
            # Price and quantity now, the amount on a line below ("198,00" under the GTIN).
            rows.append(_Row(description, numbers, line.y1, line.page))
        elif description and rows:
            current = rows[-1]
            text = " ".join(w.text for w in description)
            close = current.page == line.page and line.y0 - current.last_y < 2.2 * line.height
            if close and not _CONTINUATION_NOISE.match(text):
                current.description.extend(description)
                current.last_y = line.y1
        index += 1
    return rows, index


def _only_money(description: list[Word]) -> bool:
    """Whether the description cell holds nothing but money figures (a totals row)."""
    return bool(description) and all(_MONEY.match(w.text.strip("€$£")) for w in description)


def _starts_row(description: list[Word], numbers: dict[str, Value], rows: list[_Row]) -> bool:
    """A described line with a quantity or price opens an item once the one above is complete."""
    # Both numbers: a lone figure beside a wrapped description ("Karton 3 x 20") is text.
    if not description or not {"quantity", "unit_price"} <= numbers.keys():
        return False
    if _LABELLED.match(" ".join(w.text for w in description)):
        return False  # "Artikelrabatt 1: 2,00%  Basis: 75,00": a detail of the item above
    return not rows or "amount" in rows[-1].numbers


def _is_summary_line(line: Line, columns: _Columns, description: list[Word]) -> bool:
    """A label standing right of the description column ("Subtotal  1.234,00") ends the table."""
    if description or not line.words:
        return False
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


def _finish(row: _Row) -> dict[str, Value]:
    item = dict(row.numbers)
    quantity, amount = item.get("quantity"), item.get("amount")
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
    if row.description:
        text = " ".join(w.text for w in row.description)
        item["description"] = Value(text, text, tuple(w.box for w in row.description))
    return item
