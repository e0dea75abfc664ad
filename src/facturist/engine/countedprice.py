"""A count, a times sign and a price printed between an item's name and its amount, in cells
of their own or in one: "Thermostatkopf | 15 Stk | x | 22,40 € | 336,00 €", "Electricity
standing charge | 28 days x 53.35p | £14.94".

Collective invoices (Sammelrechnungen) and utility bills print their rows this way, under
order bands or meter headings and without a header naming the columns. The row says itself
what it bills: when the count times the price gives the amount, the count is the quantity and
the price the unit price (a rate in pence or cents in the currency's main unit), and only the
words before the count name the item.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.inlinecounts import HUNDREDTHS
from facturist.engine.layout import Cell
from facturist.engine.model import Box, Value, Word
from facturist.engine.parsing import parse_amount

# The price's currency: a sign, or any ISO code in capitals ("3 × CHF 29.00", "2 x 45,00 SEK").
_MONEY = r"(?:€|\$|£|EUR|(?-i:[A-Z]{3}))"
# The words after the name, joined: a count, perhaps its unit, a times sign, the price with
# its currency or a pence/cent mark, perhaps the unit it is quoted per ("/ h").
_COUNT_TIMES_PRICE = re.compile(
    r"^(?P<count>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,3})?|\d{1,7}(?:[.,]\d{1,3})?)\s*"
    # English letters join them with "at" ("3 visits at £450.00"); Swiss prices group
    # their thousands with an apostrophe ("1.00 Stk. à 4'850.00").
    rf"(?:[^\W\d_]{{1,8}}\.?\s*)?(?:[x×X*@]|à|(?<![^\W\d_])at)\s*{_MONEY}?\s*"
    r"(?P<price>\d{1,3}(?:[.,\u00a0 '’]\d{3})*(?:[.,]\d{1,6})?)\s*"
    rf"(?P<hundredths>p|c|ct|cents?|pence)?\s*{_MONEY}?(?:\s*/\s*[^\W\d_]{{1,8}}\.?)?$",
    re.IGNORECASE,
)
# A count, its unit perhaps, alone in its cell ("5,00 ud.", "46,00"), and a money figure in
# the next ("265,00 €"): the row's count and price columns, printed without a header or a
# times sign between them (Spanish "presupuesto"-style letters).
_COUNT_CELL = re.compile(r"^(?P<count>\d{1,7}(?:[.,]\d{1,3})?)\s*(?:[^\W\d_]{1,8}\.?)?$")
_PRICE_CELL = re.compile(
    rf"^{_MONEY}?\s*(?P<price>\d{{1,3}}(?:[.,\u00a0 '’]\d{{3}})*[.,]\d{{2,6}})\s*{_MONEY}?$",
    re.IGNORECASE,
)
# At most this many words make the count, its unit, the sign, the price and its currency.
_MOST_WORDS = 7
# A tax rate column's word for a charge exempt from the tax (es "Exento", fr "Exonéré", it
# "Esente", de "Steuerfrei", nl "Vrijgesteld", pt "Isento"): printed where other rows print
# their rate, between the working and the amount; no part of either.
_EXEMPT_CELL = re.compile(
    r"^(?:exent[oa]|exempt|exon[ée]r[ée]e?|esente|steuerfrei|befreit|vrijgesteld|isent[oa])\.?$",
    re.IGNORECASE,
)


def _without_exempt_rate(cells: list[Cell]) -> list[Cell]:
    """The cells less a last one saying the charge is exempt from the tax ("Exento")."""
    if len(cells) > 2 and _EXEMPT_CELL.match(cells[-1].text.strip()):
        return cells[:-1]
    return cells


def counted_price(cells: list[Cell], amount: Decimal) -> tuple[list[Word], Value, Value] | None:
    """Where the cells before a row's amount end in "count x price" multiplying to it: the
    name's words, the quantity and the unit price; None otherwise. The count opens a cell of
    its own: one written into the name's cell ("660 kWh @ 24.500p") is the name's
    (inlinecounts.py)."""
    cells = _without_exempt_rate(cells)
    words = [w for cell in cells for w in cell.words]
    apart = _count_and_price_cells(cells, amount)
    if apart is not None:
        return apart
    starts = [words.index(cell.words[0]) for cell in cells[1:] if cell.words]
    for keep in starts:
        if len(words) - keep > _MOST_WORDS:
            continue
        if not any(ch.isalpha() for w in words[:keep] for ch in w.text):
            continue  # the name needs words of its own
        tail = words[keep:]
        text = " ".join(w.text for w in tail)
        match = _COUNT_TIMES_PRICE.match(text)
        if match is None:
            continue
        priced = _priced(match, amount, tuple(w.box for w in tail))
        return None if priced is None else (words[:keep], *priced)
    return None


def bare_working(cells: list[Cell], amount: Decimal) -> tuple[Value, Value] | None:
    """Cells holding nothing but "count x price" multiplying to the amount ("146,00 m² à
    8,50 €"): the quantity and the unit price of an item named on a line of its own above;
    None otherwise."""
    words = [w for cell in cells for w in cell.words]
    if not words or len(words) > _MOST_WORDS:
        return None
    match = _COUNT_TIMES_PRICE.match(" ".join(w.text for w in words))
    return None if match is None else _priced(match, amount, tuple(w.box for w in words))


def _priced(
    match: re.Match[str], amount: Decimal, boxes: tuple[Box, ...]
) -> tuple[Value, Value] | None:
    """The count and the price of a working whose product is the amount."""
    price = parse_amount(match.group("price"))
    if price is None or not price:
        return None
    scale = 100 if (match.group("hundredths") or "").lower() in HUNDREDTHS else 1
    for count in _readings(match.group("count")):
        # The amount is the product rounded to cents.
        if count and abs(count * price / scale - abs(amount)) <= Decimal("0.011"):
            quantity = Value(float(count), match.group("count"), boxes, 0.8)
            unit_price = Value(float(price / scale), match.group("price"), boxes, 0.8)
            return quantity, unit_price
    return None


def _count_and_price_cells(
    cells: list[Cell], amount: Decimal
) -> tuple[list[Word], Value, Value] | None:
    """ "Puerta lacada | 5,00 ud. | 265,00 € | 1.325,00 €": the last two cells a count and a
    price, with no sign between them, whose product is the amount."""
    if len(cells) < 3 or not any(ch.isalpha() for cell in cells[:-2] for ch in cell.text):
        return None
    counted = _COUNT_CELL.match(cells[-2].text.strip())
    priced = _PRICE_CELL.match(cells[-1].text.strip())
    if counted is None or priced is None:
        return None
    price = parse_amount(priced.group("price"))
    if price is None or not price:
        return None
    boxes = cells[-2].boxes + cells[-1].boxes
    for count in _readings(counted.group("count")):
        if count and abs(count * price - abs(amount)) <= Decimal("0.011"):
            quantity = Value(float(count), counted.group("count"), boxes, 0.8)
            unit_price = Value(float(price), priced.group("price"), boxes, 0.8)
            return [w for cell in cells[:-2] for w in cell.words], quantity, unit_price
    return None


# A price in a cell of its own marked as the price of one ("€ 210,00 cad.", "12,50 € je",
# "$40.00 each", "15,00 € c/u"), the count written into the name ("n. 4 unità").
_EACH_PRICE = re.compile(
    rf"^{_MONEY}?\s*(?P<price>\d{{1,3}}(?:[.,\u00a0 '’]\d{{3}})*[.,]\d{{2,6}})\s*{_MONEY}?\s*"
    r"(?:cad\.?|cadauno|each|ea\.|je|pro\s+st(?:ü|ue)ck|per\s+stuk|c/u|cada|chacun|l'unit[ée])$",
    re.IGNORECASE,
)
_NAMED_COUNT = re.compile(r"(?<![\w.,/-])(\d{1,4})(?![\w.,/-])")


def each_price(cells: list[Cell], amount: Decimal) -> tuple[list[Word], Value, Value] | None:
    """ "Rilievo catastale, n. 4 unità | € 210,00 cad. | € 840,00": a price of one in the cell
    before the amount and a whole count in the name, their product the amount. The name stays
    whole (the count is part of its wording); None otherwise."""
    if len(cells) < 2:
        return None
    marked = _EACH_PRICE.match(cells[-1].text.strip())
    price = parse_amount(marked.group("price")) if marked is not None else None
    if marked is None or not price:
        return None
    name = [w for cell in cells[:-1] for w in cell.words]
    counts = {Decimal(m) for m in _NAMED_COUNT.findall(" ".join(w.text for w in name))}
    count = abs(amount) / price
    if count not in counts or count * price != abs(amount):
        return None
    boxes = cells[-1].boxes
    quantity = Value(float(count), str(count), boxes, 0.8)
    return name, quantity, Value(float(price), marked.group("price"), boxes, 0.8)


def _readings(text: str) -> list[Decimal]:
    """What a count may stand for: "5,5" five and a half, "1.000" a thousand or one."""
    readings: list[Decimal] = []
    for decimal_mark in (",", "."):
        parsed = parse_amount(text, decimal_hint=decimal_mark)
        if parsed is not None and parsed not in readings:
            readings.append(parsed)
    return readings


# One factor of a working: a figure and the unit it counts or is quoted per ("4,600 kW",
# "28 días", "0,081232 €/kW día"), a currency perhaps before it.
_FACTOR = re.compile(r"^(?:€|EUR|\$|£)?\s*(\d[\d.,]*)\s*(?:[^\d\s][^\d]{0,14})?$")
_TIMES = re.compile(r"\s+[x×X*]\s+")
# A rate of a base: "5,11269632 % s/ 56,78 €", "19 % of 120.00", "2 % auf 300,00 €".
_RATE_OF_BASE = re.compile(
    r"^(?P<rate>\d[\d.,]*)\s?%\s*(?:s/|sobre|of|on|auf|von|sur|su|de|op|van)\s*"
    r"(?:€|EUR|\$|£)?\s*(?P<base>\d[\d.,]*)\s*(?:€|EUR|\$|£)?$",
    re.IGNORECASE,
)
# At most this many words make a working.
_WORKING_WORDS = 14


def worked_name(cells: list[Cell], amount: Decimal) -> list[Word] | None:
    """The name's words where the cells before a row's amount end in the working that gives
    it, in a cell of its own: factors multiplied ("4,600 kW x 28 días x 0,081232 €/kW día",
    a power, the days and the price of a kW a day) or a rate of a base ("5,11269632 % s/
    56,78 €"). Utility bills print their charges so; the working is no part of the name,
    and no single count and price of one unit can be told from it. None otherwise."""
    cells = _without_exempt_rate(cells)
    words = [w for cell in cells for w in cell.words]
    starts = [words.index(cell.words[0]) for cell in cells[1:] if cell.words]
    for keep in starts:
        if len(words) - keep > _WORKING_WORDS:
            continue
        if not any(ch.isalpha() for w in words[:keep] for ch in w.text):
            continue
        text = " ".join(w.text for w in words[keep:])
        if _works_out(text, abs(amount)):
            return words[:keep]
    return None


def worked_price(cells: list[Cell], name: list[Word], amount: Decimal) -> Value | None:
    """The unit price a working of three factors or more quotes ("4,6 kW x 31 días x
    0,073782 €/kW día": the price of a kW a day, 0.073782): the one factor printed with a
    currency or a pence/cent mark; the count of units is the product of the others, no
    figure of the row, so the item's quantity stays unknown. None for a rate of a base or
    where no single factor is priced."""
    words = [w for cell in _without_exempt_rate(cells) for w in cell.words][len(name) :]
    parts = [part.strip() for part in _TIMES.split(" ".join(w.text for w in words))]
    if len(parts) < 3:
        return None
    priced = [i for i, part in enumerate(parts) if _PRICED_FACTOR.search(part)]
    matches = [_FACTOR.match(part) for part in parts]
    if len(priced) != 1 or any(match is None for match in matches):
        return None
    figures = [match[1] for match in matches if match is not None]
    scale = Decimal(100) if _HUNDREDTHS_FACTOR.search(parts[priced[0]]) else Decimal(1)
    others = figures[: priced[0]] + figures[priced[0] + 1 :]
    for price in _readings(figures[priced[0]]):
        counts = [Decimal(1)]
        for figure in others:
            counts = [c * r for c in counts for r in _readings(figure)][:64]
        if any(abs(c * price / scale - abs(amount)) <= Decimal("0.011") for c in counts):
            text = figures[priced[0]]
            return Value(float(price / scale), text, tuple(w.box for w in words), 0.8)
    return None


# A factor priced in a currency ("0,073782 €/kW día", "£0.25 per day") or in its hundredths
# ("26.84p/kWh", "3,2 ct/kWh"): the unit price among a working's factors.
_PRICED_FACTOR = re.compile(r"€|EUR|\$|£|\d\s?(?:p|c|ct)(?:\s?/|\s+per\b|$)", re.IGNORECASE)
_HUNDREDTHS_FACTOR = re.compile(r"\d\s?(?:p|c|ct)(?:\s?/|\s+per\b|$)", re.IGNORECASE)


def _works_out(text: str, amount: Decimal) -> bool:
    rate = _RATE_OF_BASE.match(text)
    if rate is not None:
        return _product([rate["rate"], rate["base"]], amount, Decimal(100))
    parts = _TIMES.split(text)
    if len(parts) < 2:
        return False
    figures = [match[1] for part in parts if (match := _FACTOR.match(part.strip()))]
    return len(figures) == len(parts) and _product(figures, amount, Decimal(1))


def _product(figures: list[str], amount: Decimal, scale: Decimal) -> bool:
    """Whether the figures, each read either way ("4,600": 4.6 or 4600), multiply to the
    amount, rounded to the cent."""
    products = [Decimal(1)]
    for figure in figures:
        readings = _readings(figure)
        products = [p * r for p in products for r in readings][:64]
    return any(p and abs(p / scale - amount) <= Decimal("0.011") for p in products)
