"""Column captions of item tables: which column a header word names, in eight languages.

Shared by the table reader (`tables`) and by the party-block reader (`parties`), which stops
a party's block at a table's header row.
"""

from __future__ import annotations

import functools
import re

from facturist.engine.captioncomplements import COUNT_NOMBRE, abridged_amount, completes_caption
from facturist.engine.column_caption_words import HEADER_WORDS, PALLET_WORDS
from facturist.engine.daycounts import counts_days
from facturist.engine.descriptionslash import joined_by_slash
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.taxnamecell import untaxed_then_tax

# Words that qualify a header ("Cena netto", "Prix unitaire HT") rather than name a column.
_QUALIFIERS = frozenset(
    {"netto", "net", "nett", "ht", "ttc", "brutto", "unit", "unitaire", "unitario", "unitário"}
    | {"unit.", "per", "stuk", "excl", "incl", "€", "eur", "(€)", "(eur)", "in"}
    # "Valor s/ IVA", "Total c/ IVA", "Preis inkl. MwSt": a tax named after the column's word.
    | {"s/", "c/", "iva", "vat", "btw", "mwst", "ust", "tva"}
    # "VK-Preis ohne MwSt.", "Betrag inkl. USt."
    | {"ohne", "inkl", "exkl", "zzgl"}
    # Nordic "À-pris inkl. moms", "Pris eks. mva", fi "Hinta sis. alv": the tax's name.
    | {"moms", "mva", "alv"}
    # "Cena MJ bez DPH" (sk), "Nettó egységár" (hu), "Pret unitar (fara TVA) -lei-" (ro),
    # "Ед. цена" (bg), "Summa EUR" (lv): units, "without" and the tax's local names.
    | {"mj", "bez", "dph", "ddv", "pdv", "pvn", "pvm", "nettó", "bruttó", "fara", "-lei-", "lei"}
    | {"ед", "vnt"}
)


# Words that may follow a caption's keyword inside its column ("Cena jedn. netto").
_QUALIFIERS_AND_UNITS = _QUALIFIERS | {"jedn", "einh", "stk"}

_PAREN_TAIL = re.compile(r"\s*\(.*$")
# A caption with the unit it is quoted per: "Rate/MT", "Price / kg", "Rate per hr".
# "Precio/palabra", "Prix par mot", "Preis pro Seite": the unit may be a whole word.
_PER_UNIT_CAPTION = re.compile(
    r"^(\w+)(?:\s?/\s?|\s?per\s?|\s(?:por|par|pro|je)\s)[^\W\d_]{1,12}\.?$", re.IGNORECASE
)
# An amount caption said of one unit in words ("Beitrag je Fzg.", "Betrag pro Stück").
_AMOUNT_PER_UNIT = re.compile(
    r"^\w+\s(?:je|pro|per|par)\s(?!(?:eur|euro|chf|usd|gbp|monat|month|jahr|year)\b)",
    re.IGNORECASE,
)
# The unit of measure a count is captioned with in one column ("Menge/Einh.", "Menge/ME",
# "Anzahl/Einheit", "Qty/UoM", "Qté/Unité", "Cant./Unidad", "Aantal/Eenheid", "Ilość/j.m.").
_UNIT_OF_MEASURE = re.compile(
    r"^(?:einh(?:eit)?|me|uom|unit[ée]?|unidad|unit[àa]|eenheid|j\.?\s?m)\.?$", re.IGNORECASE
)
# A caption of a currency per a unit ("€/km", "EUR/l", "CHF/h"): a rate, as road-charge and
# fuel-card statements caption the price of one kilometre or litre; a butcher's "€/kg bzw.
# Stk" (or per piece) names a second unit for the rows sold by the piece.
_CURRENCY_PER_UNIT = re.compile(
    r"^(?:€|\$|£|eur|chf|usd|gbp)\s?/\s?[^\W\d_]{1,5}\.?"
    r"(?:\s?(?:bzw\.|oder|or|ou|o|/)\s?[^\W\d_]{1,5}\.?)?$",
    re.IGNORECASE,
)
# A price caption and its currency per unit ("Rate £/hr", "Preis €/kg"): one caption, the
# price of one unit.
_PRICE_CURRENCY_PER_UNIT = re.compile(
    r"^([^\W\d_]+\.?)\s+(?:€|\$|£|eur|chf|usd|gbp)\s?/\s?[^\W\d_]{1,5}\.?$", re.IGNORECASE
)
# The currency after a comma ending a caption ("Price, EUR", "Suma, Eur", "Kwota, zł").
# Nordic captions name their crowns after a space ("I alt kr.", "Beløb DKK").
_COMMA_CURRENCY = re.compile(
    r"(?:,\s*(?:[A-Z]{3}|Eur|[€$£]|zł|kr\.?)|\s+(?:kr\.?|DKK|NOK|SEK|ISK))$"
)
# Currency signs a caption may carry glued on ("EP€").
_CURRENCY_SIGNS = frozenset("€$£")
# A caption naming only what one unit is ("je Flasche", "pro Stück", "per piece", "à"): the
# price of one, as small traders caption it.
# Carriers quote their rate per a hundred weight ("je 100kg", "per 100 kg", "pro 100 kg"):
# the price of that many units, its base printed in the caption (see PRICE_BASE).
_EACH_CAPTION = re.compile(
    r"^(?:(?:je|pro|per|par)\s(?:\d{1,5}\s?)?[^\W\d_]{2,12}\.?|[àá])$", re.IGNORECASE
)
# A price caption with the base it quotes for after a slash or "per" ("Preis/100", "EP / 1000
# Stk", "Price per 1000"), or that base alone on a caption's second line ("/100 St.").
_BASED_CAPTION = re.compile(
    r"^(.*?)(?:/\s?|\s(?:je|pro|per|par|pour)\s)(?:10|100|1000|10000)(?:\s?[^\W\d_]{1,6}\.?)?$",
    re.IGNORECASE,
)
# The base quantity a price caption quotes its price for: the "100" of "je 100kg".
PRICE_BASE = re.compile(r"^(?:je|pro|per|par)\s(10|100|1000|10000)\s?[^\W\d_]", re.IGNORECASE)
# A weight caption, which the quantity vocabulary reads as the billed count of freight.
# A bare "Kg" heads a shipment's weight too ("Items | Kg | Charge £").
WEIGHT_CAPTION = re.compile(r"^(?:wt|weight|gewicht|gew\.?|poids|peso|waga|kg)\b", re.IGNORECASE)
# A shipment's weight or pallet count: with no rate captioned beside it, no billed count.
SHIPMENT_CAPTION = re.compile(rf"{WEIGHT_CAPTION.pattern}|^(?:{PALLET_WORDS})$", re.IGNORECASE)


# Every rule that reads captions asks this of the words of every line: more distinct texts
# than 4096 go through it on a run of documents, so the memo keeps more.
@functools.lru_cache(maxsize=16384)
def classify_text(text: str) -> str | None:
    found = _classify(text)
    if found is None and text[:1] == "l":
        # OCR reads a capital I as a small l: "llość" is "Ilość", "ltem" is "Item".
        found = _classify("I" + text[1:])
    if found is None and "/" in text:
        # "Qty/Hrs", "Price/Rate": two names of one column, each a caption of the same kind.
        parts = {_classify(part) for part in text.split("/") if part.strip()}
        if len(parts) == 1:
            found = parts.pop()
        elif parts == {"quantity", None} and all(
            _classify(part) == "quantity" or _UNIT_OF_MEASURE.match(part.strip())
            for part in text.split("/")
        ):
            # "Menge/Einh.", "Menge/ME", "Qté/Unité": the count and its unit of measure in
            # one column, as ERP systems print them ("3 Stk", "12 Paar"): the quantity.
            found = "quantity"
    if found is None and text[-1:] in _CURRENCY_SIGNS and len(text) > 1:
        # "EP€", "GP€", "Betrag€": the currency glued to the caption by a narrow scan gap.
        found = _classify(text[:-1].rstrip())
    if found is None and _COMMA_CURRENCY.search(text):
        # "Price, EUR", "Amount, EUR": Baltic and Polish forms set the currency after a comma.
        found = _classify(_COMMA_CURRENCY.sub("", text))
    if found is None and text[-1:] == "," and len(text) > 2:
        # "Cena," over "EUR": a two-line caption, its currency wrapped to the line under it.
        found = _classify(text[:-1].rstrip())
    if found is None and _CURRENCY_PER_UNIT.match(text):
        found = "unit_price"  # "€/km", "EUR/l": the price of one unit, its currency first
    priced = _PRICE_CURRENCY_PER_UNIT.match(text) if found is None else None
    if priced and _classify(priced.group(1)) == "unit_price":
        found = "unit_price"  # "Rate £/hr": the price caption, its currency per unit after it
    per_unit = _PER_UNIT_CAPTION.match(text) if found is None else None
    if per_unit and _classify(per_unit.group(1)) == "unit_price":
        found = "unit_price"  # "Rate/MT", "Price/kg", "Rate per hr": a price per unit
    elif per_unit and _AMOUNT_PER_UNIT.match(text) and _classify(per_unit.group(1)) == "amount":
        # "Beitrag je Fzg.", "Betrag pro Stück", "Amount per unit": an amount said of one
        # unit in words is its price ("Betrag/EUR" names the currency, not a unit).
        found = "unit_price"
    if found is None and _EACH_CAPTION.match(text):
        found = "unit_price"  # "je Flasche", "pro Stück", "à": the price of one
    based = _BASED_CAPTION.match(text) if found is None else None
    if based and (not based.group(1) or classify_text(based.group(1).strip()) == "unit_price"):
        found = "unit_price"  # "Preis/100", "EP / 1000 Stk", "/100 St." under "Preis €"
    return found


def _classify(text: str) -> str | None:
    stripped = text.strip(".:")
    for category, pattern in HEADER_WORDS.items():
        if pattern.match(stripped) or pattern.match(text):
            return category
    return None


def classify_word(word: Word) -> str | None:
    return classify_text(word.text)


_BARE_WEIGHT = re.compile(r"^kgs?\.?$", re.IGNORECASE)
# A bill of quantities' (ÖNORM, GAEB) line amount right after its unit price ("EP | GB",
# "EP | PP"): "Gesamtbetrag" or "Positionspreis" abridged; alone, "GB" may be gigabytes.
_BOQ_AMOUNT = re.compile(r"^(?:gb|pp)\.?$", re.IGNORECASE)


def header_words(line: Line) -> list[tuple[str, list[Word]]]:
    """(category, words) for a line's header cells: a whole cell first, then its words."""
    found: list[tuple[str, list[Word]]] = []
    joined: Cell | None = None
    for index, cell in enumerate(line.cells):
        if cell is joined:
            continue
        if found and _qualifies_previous(line, index, found[-1][1]):
            found[-1][1].extend(cell.words)  # "PREZZO | UNIT.": one caption split in two cells
            continue
        if found and found[-1][0] == "description" and _spaced_on(line, index, found[-1][1]):
            found[-1][1].extend(cell.words)  # "Relation | / | Packstuecke" in Courier
            continue
        each = _each_split(line, index)
        if each is not None:
            joined = line.cells[index + 1]
            found.append(("unit_price", [*cell.words, *joined.words]))
            continue
        if _BARE_WEIGHT.match(cell.text) and not (
            index > 0 and WEIGHT_CAPTION.match(line.cells[index - 1].text)
        ):
            # A cell of its own reading "Kg" heads a shipment's weight ("Items | Kg |
            # Charge £"); inside a caption ("Gew. kg", "je 100kg", monospaced "Gew. | kg")
            # it only qualifies.
            found.append(("quantity", list(cell.words)))
            continue
        if found and found[-1][0] == "unit_price" and _BOQ_AMOUNT.match(cell.text):
            found.append(("amount", list(cell.words)))  # "EP | GB": a bill of quantities'
            continue
        if _count_nombre(line, cell, found):
            found.append(("quantity", list(cell.words)))  # fr "Nombre" (captioncomplements.py)
            continue
        if counts_days(line, cell, lambda: _captions_count(line)):
            found.append(("quantity", list(cell.words)))  # "Days | Day Rate" (daycounts.py)
            continue
        # "Unit price (excl. VAT)", "Stückpreis (netto)": the caption before its qualifier.
        whole = _whole_caption(cell.text)
        if whole is not None:
            found.append((whole, list(cell.words)))
            continue
        in_cell: list[tuple[str, list[Word]]] = []
        paired: Word | None = None
        for position, word in enumerate(cell.words):
            if word is paired:
                continue
            if abridged_amount(cell.words, position):
                paired = cell.words[position + 1]
                in_cell.append(("amount", [word, paired]))  # "Mt HT" (captioncomplements.py)
                continue
            # A word adds to the cell's captions only as a caption, as a discount's "%" or as
            # the first of a two-word caption after another (a word of letters); the tests
            # below only skip any other word, so it is passed over at once.
            if (
                word.text != "%"
                and classify_text(word.text) is None
                and not (in_cell and word.text.isalpha())
            ):
                continue
            if position > 0 and word.text.lower().strip(".:()") in _QUALIFIERS:
                continue
            if (
                in_cell
                and in_cell[-1][0] == "description"
                and completes_caption(cell.words, position)
            ):
                continue  # "Désignation des honoraires": what the items are (captioncomplements)
            if (
                in_cell
                and in_cell[-1][0] == "description"
                and joined_by_slash(cell.words, position, in_cell[-1][1], classify_word(word))
            ):
                continue  # "Artikelbezeichnung / Charge": the item's second line (descriptionslash)
            if _discount_sign(word, position, cell, in_cell):
                in_cell[-1][1].append(word)  # "Einzelpr. € Rab. %": the discount's sign
                continue
            category = classify_word(word)
            pair = _two_word_caption(cell.words, position) if category is None and in_cell else None
            if pair is not None:
                paired = cell.words[position + 1]
                in_cell.append((pair, [word, paired]))  # "Temps | Taux horaire" in one cell
            elif category is not None:
                in_cell.append((category, [word]))
        if len(in_cell) == 1 and in_cell[0][1][-1] is paired:
            pass  # "Mt HT | TVA Remb.": the abridged amount's two words, no more
        elif len(in_cell) == 1:
            # "Prix unitaire HT": the column spans the whole cell, not just its keyword; in
            # "Pos Art-Nr Beschreibung" the words before it name other columns, not this one.
            words = list(cell.words)
            start = words.index(in_cell[0][1][0])
            qualified = all(w.text.lower().strip(".:") in _QUALIFIERS for w in words[:start])
            # "Stage / item", "Phase / Leistung": a word the slash offers as the item's
            # alternative name heads the same column. Only the description's: "Größen / Stück"
            # over a size grid is a group caption, its count further right ("Menge").
            qualified = qualified or (
                in_cell[0][0] == "description" and _slashed_before(words, start)
            )
            in_cell = [(in_cell[0][0], words if qualified else words[start:])]
        elif in_cell:
            in_cell = _with_qualifiers(cell, in_cell)
        found.extend(in_cell)
    return found


def _slashed_before(words: list[Word], start: int) -> bool:
    """Whether the one word before a caption is joined to it by a slash ("Stage / item")."""
    return start == 2 and words[1].text == "/" and words[0].text.isalpha()


def _two_word_caption(words: list[Word], position: int) -> str | None:
    """A caption of two words neither names alone ("Taux horaire", "Precio hora") after
    another caption in one cell, as captions a bare space apart print ("Temps Taux horaire").
    Only in a short cell of words: a miss reads every caption pattern, dear per line."""
    if position + 1 >= len(words) or len(words) > _CAPTION_CELL_WORDS:
        return None
    first, second = words[position].text, words[position + 1].text
    if not (first.isalpha() and second.isalpha()) or classify_text(second) is not None:
        return None
    return classify_text(f"{first} {second}")


# The most words a cell of captions a bare space apart holds ("Qté Temps Taux horaire").
_CAPTION_CELL_WORDS = 6


@functools.lru_cache(maxsize=4096)
def _whole_caption(text: str) -> str | None:
    """What a whole cell's text names, its bracketed qualifier aside ("Unit price (excl.
    VAT)"); a pure function of the text, asked of every cell of every line a header may open."""
    return classify_text(text) or classify_text(_PAREN_TAIL.sub("", text))


def _captions_count(line: Line) -> bool:
    """Whether a cell of the line is a count's caption."""
    return any(classify_text(other.text) == "quantity" for other in line.cells)


def _count_nombre(line: Line, cell: Cell, found: list[tuple[str, list[Word]]]) -> bool:
    """French "Nombre" right of the description's caption, no other count captioned."""
    return (
        COUNT_NOMBRE.match(cell.text) is not None
        and any(category == "description" for category, _words in found)
        and not any(classify_text(other.text) == "quantity" for other in line.cells)
    )


def _discount_sign(
    word: Word, position: int, cell: Cell, in_cell: list[tuple[str, list[Word]]]
) -> bool:
    """A "%" right after a discount's caption in its cell ("Rab. %"): no tax rate's column."""
    return (
        word.text == "%"
        and bool(in_cell)
        and in_cell[-1][0] == "discount"
        and in_cell[-1][1][-1] is cell.words[position - 1]
    )


def _spaced_on(line: Line, index: int, caption: list[Word]) -> bool:
    """A word naming nothing one space after the text column's caption ("Relation | / |
    Packstuecke"): the caption going on, split word by word by a monospaced font's (Courier,
    typewriter-style forms) wide spaces."""
    cell = line.cells[index]
    if index == 0 or line.cells[index - 1].words[-1] is not caption[-1]:
        return False
    if cell.x0 - line.cells[index - 1].x1 > line.height or len(cell.words) != 1:
        return False
    return classify_text(cell.text) is None and not any(ch.isdigit() for ch in cell.text)


def _each_split(line: Line, index: int) -> Cell | None:
    """ "je | 100kg": a price's "per" caption split in two cells by a monospaced font's wide
    spaces, the word and its unit less than a line's height apart; its second cell."""
    cell = line.cells[index]
    if index + 1 >= len(line.cells) or cell.text.lower() not in ("je", "pro", "per", "par"):
        return None
    after = line.cells[index + 1]
    if after.x0 - cell.x1 > line.height or not _EACH_CAPTION.match(f"{cell.text} {after.text}"):
        return None
    return after


def _qualifies_previous(line: Line, index: int, caption: list[Word]) -> bool:
    """A cell of qualifiers only ("UNIT.", "netto") less than a line's height after a
    caption: the caption's tail, split off by a monospaced font's wide spaces."""
    cell = line.cells[index]
    if index == 0 or line.cells[index - 1].words[-1] is not caption[-1]:
        return False
    if cell.x0 - line.cells[index - 1].x1 > line.height:
        return False
    if untaxed_then_tax(caption, cell.words):
        return False  # "Montant HT € | TVA": the tax's own column after a net amount's
    return all(w.text.lower().strip(".:()") in _QUALIFIERS for w in cell.words)


def _with_qualifiers(
    cell: Cell, in_cell: list[tuple[str, list[Word]]]
) -> list[tuple[str, list[Word]]]:
    """Captions OCR joined into one cell ("Ilość Cena jedn. netto"): each keyword keeps the
    qualifiers after it up to the next keyword, so its column spans "Cena jedn. netto"."""
    words = list(cell.words)
    starts = [words.index(caption[0]) for _category, caption in in_cell]
    out: list[tuple[str, list[Word]]] = []
    ends = [*starts[1:], len(words)]
    for (category, caption), start, end in zip(in_cell, starts, ends, strict=True):
        tail = words[start + 1 : end]
        if all(w.text.lower().strip(".:()") in _QUALIFIERS_AND_UNITS for w in tail):
            caption = words[start:end]
        out.append((category, caption))
    return out


def names_columns(line: Line) -> bool:
    """A table's header row: its cells name at least two different columns, one of them
    a figure's ("Description  Qty  Unit Price  Amount")."""
    return _names_columns({category for category, _words in header_words(line)})


def names_item_columns(line: Line) -> bool:
    """An item table's header row: a description or quantity column among its captions.
    The figures under its "Net Amount" are line amounts, never the document's totals."""
    named = {category for category, _words in header_words(line)}
    return _names_columns(named) and bool(named & {"description", "quantity"})


def _names_columns(named: set[str]) -> bool:
    return len(named) >= 2 and bool(named & {"quantity", "unit_price", "amount"})


# Words qualifying an amount caption as net or gross, on its line or stacked under it
# (tableheader.py, statementcaptions.py). pt/es "Valor c/ IVA" (com/con: with the tax) and
# "Valor s/ IVA" (sem/sin: without it).
GROSS_WORD = re.compile(r"^(?:brutto|bruto|gross|ttc|lordo|brut|c/)$", re.IGNORECASE)
NET_WORD = re.compile(r"^(?:netto|neto|net|ht|nett|imponibile|s/)$", re.IGNORECASE)
