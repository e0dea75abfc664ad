"""One till-roll line read as an item row: [code] [description] [qty x price] amount [tax code].

The shapes tills print (receipt_items.py finds the block and checks the sums)::

    Coffee beans 250 g       2 x 3.50     7.00 S
    2  Chicken McMuffin                  11.00
    3  BUTTER CROISSANT       3.80       11.40     (count, name, price, amount)
    1 PC @ 69.90                         69.90 SR  (a count with its unit)
    18.182L x 2.20                       40.00 Z   (litres of fuel)
    QTY 4   x RM9.50                     38.00     (the name on the line above)

A quantity and price are only taken when they multiply to the amount. Thermal print read by
OCR loses small glyphs: "@" comes back as "0" ("1 0 11.00", "011.90 2"), a tax code "Z" / "S"
as "2" / "5", a lone count digit not at all ("6.50  26.00" under a Qty column); each repair
is kept only when the row's arithmetic then holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.parsing import parse_amount

# An amount with two decimals: "7.00", "1,614.60", "1 614,60", "2'442.18", "5.59-", "(5.59)".
AMOUNT = re.compile(r"^\(?[-−]?\d{1,3}(?:[.,'’\u00a0\u202f ]?\d{3})*[.,]\d{2}\)?-?$")
_UNITS = r"PC[S5]?|PKTS?|EA|UNITS?|KG|L|LTR"  # "PC5": OCR's "PCS"
# A quantity: "2", "13,5", "0.250", "-9,5" (credit notes), "2pc", "3PKT", "18.182L".
_QTY = re.compile(rf"^[-−]?\d{{1,4}}(?:[.,]\d{{1,3}})?(?:{_UNITS})?$", re.IGNORECASE)
_UNIT = re.compile(rf"(?:{_UNITS})$", re.IGNORECASE)
_UNIT_WORD = re.compile(rf"^(?:{_UNITS}|BOX|BTL|SET|PAIR)\.?$", re.IGNORECASE)
# A price per unit: "3.41/L", "8.90/KG" (fuel, weighed goods).
_PER_UNIT = re.compile(r"/(?:KG|G|L|LTR|M|PCS?|EA|UNIT)$", re.IGNORECASE)
# The same unit printed apart after the price, with its currency: "1,799 EUR/l", "€/kg"; OCR
# reads a thermal print's litre "l" as a "1" ("EUR/1").
_PRICE_UNIT = re.compile(r"^(?:EUR|€|CHF|£|\$)?(/(?:KG|G|L|LTR|M|PCS?|EA|UNIT|1))$", re.IGNORECASE)
# A decimal count (litres, kilos) before its multiplier: "42,37 l x 1,799", OCR's "l" a "1".
_DECIMAL_COUNT = re.compile(r"^\d{1,4}[.,]\d{1,3}$")
# A unit-of-measure column between count and price on wholesale bills ("3  BAG  32.00").
_UOM = re.compile(r"^[A-Z]{2,4}\.?$")
# A unit price may carry more decimals than an amount ("0.685").
_PRICE = re.compile(r"^[-−]?\d{1,3}(?:[.,'’\u00a0\u202f ]?\d{3})*(?:[.,]\d{1,4})?$")
TIMES = {"x", "X", "×", "@", "*"}
# "2x3.50", "2@", "x2", "@3.50": the multiplier glued to its figures; OCR may read a speck
# of a thermal print's "×" as "=" or ":" after it ("1 x=42.50").
_GLUED_TIMES = re.compile(
    r"(?<=\d)\s*([xX×@*])[=:]?\s*(?=\d)|^([xX×@])[=:]?(?=\d)|(?<=\d)([xX×@])$"
)
CURRENCY = re.compile(r"^(?:RM|S?\$|€|£|EUR|USD|GBP|CHF|MYR|SGD)|(?:€|\$|£|EUR|RM)$")
# Tax-code letters after the amount: any one capital ("S", "Z", "A"/"B" on German tills, with
# a "*" or without), "SR", "ZR", a lone "*"; OCR may read the Malaysian / Singapore codes in
# lower case ("z", "sr").
_TAX_CODE = re.compile(r"^(?:SR|ZR|[A-Z]\*?|\*|[sz]r?)$")
# A tax code OCR ran into the amount before it: "19.80SR", "7.00Z"; the code letters only, not
# a unit ("32.15L" of fuel is a count).
_GLUED_CODE = re.compile(r"^(\d[\d.,]*[.,]\d{2})(SR|ZR|[SZETNABCD])$")
# The codes "Z" / "S" as OCR may read them: digits, trusted only when the row multiplies.
_CODE_AS_DIGIT = {"2", "5"}
# "@" as OCR reads it alone between count and price ("1 0 11.00", "2 pc & 6.90"); glued
# before the price it comes back as a zero ("011.90").
_AT_MISREAD = {"0", "o", "O", "&"}
# A caption word before the count: "QTY 1  x RM68.00" (the name is on the line above).
_QTY_WORD = re.compile(r"^(?:QTY|QUANTITY|KTY)[.:]?$", re.IGNORECASE)
# The most a count derived from amount / price may be (a lost count digit).
_MAX_DERIVED_COUNT = 999
_CENTS = Decimal("0.01")


@dataclass
class Row:
    """A line ending on an amount, read as [code] [description] [qty x price] amount."""

    index: int
    amount: Decimal
    amount_word: Word
    name: list[Word]
    quantity: Decimal | None = None
    price: Decimal | None = None
    lead_quantity: Decimal | None = None  # "2 Coffee 7.00": a leading count, if it is one
    # "WAX POLISH 1  35.00", "(12 STALKS)1  168.00": a count after the name, if it is one
    trail_quantity: Decimal | None = None
    checked: bool = False  # quantity x price = amount held on this row
    broken: bool = False  # figures that do not multiply to the amount
    discount: bool = False
    description: list[Word] = field(default_factory=list)


def has_letters(words: Sequence[Word]) -> bool:
    return sum(ch.isalpha() for w in words for ch in w.text) >= 2


def number(text: str) -> Decimal | None:
    core = CURRENCY.sub("", text).strip()
    if not _PRICE.match(core.strip("()").rstrip("-")) and not AMOUNT.match(core):
        return None
    negative = core.startswith("(") or core.endswith("-")
    value = parse_amount(core.strip("()").rstrip("-").replace("−", "-"))
    if value is None:
        return None
    return -value if negative else value


def _tokens(line: Line) -> list[Word]:
    """The line's words, with glued multipliers ("2x3.50") split off."""
    out: list[Word] = []
    for word in line.words:
        text = word.text
        if not _GLUED_TIMES.search(text) or text in TIMES:
            out.append(word)
            continue
        spaced = _GLUED_TIMES.sub(lambda m: f" {next(g for g in m.groups() if g)} ", text)
        parts = spaced.split()
        for part in parts:
            out.append(Word(part, word.box, word.confidence))
    return out


def read_row(line: Line, index: int, discount: re.Pattern[str]) -> Row | None:
    """The line as an item row, when it ends on an amount (`discount` marks discount lines)."""
    tokens = _tokens(line)
    glued = _GLUED_CODE.match(tokens[-1].text) if tokens else None
    if glued:
        tokens = [*tokens[:-1], Word(glued.group(1), tokens[-1].box, tokens[-1].confidence)]
    while len(tokens) > 1 and _TAX_CODE.match(tokens[-1].text):
        tokens = tokens[:-1]
    while len(tokens) > 1 and CURRENCY.fullmatch(tokens[-1].text):
        tokens = tokens[:-1]
    if tokens and re.search(r"\d[.,]\d{2}\.$", tokens[-1].text):
        # "15.00.": a speck after the amount read as a period.
        last = tokens[-1]
        tokens = [*tokens[:-1], Word(last.text[:-1], last.box, last.confidence)]
    row = _row(tokens, index, line, discount)
    if (row is None or not row.checked) and len(tokens) > 2 and tokens[-1].text in _CODE_AS_DIGIT:
        # "40.00 2": a tax code "Z" read as a digit, when the row then multiplies, or when
        # the line ends on it after an amount ("BERAS 10KG  32.50 2", the sums decide).
        retried = _row(tokens[:-1], index, line, discount)
        if retried is not None and (retried.checked or row is None):
            return retried
    return row


def _row(tokens: list[Word], index: int, line: Line, discount: re.Pattern[str]) -> Row | None:
    if not tokens:
        return None
    last = tokens[-1]
    core = CURRENCY.sub("", last.text).strip()
    if not AMOUNT.match(core):
        return None
    amount = number(last.text)
    if amount is None:
        return None
    rest = tokens[:-1]
    if rest and CURRENCY.fullmatch(rest[-1].text):
        rest = rest[:-1]
    row = Row(index, amount, last, rest)
    row.discount = bool(discount.search(line.text)) or (
        amount < 0 and not any(t.text in TIMES for t in rest)
    )
    _read_figures(row)
    return row


def _with_units(words: Sequence[Word]) -> list[Word]:
    """A count and its unit word before a multiplier as one token: "1 PC @ 69.90" ->
    "1PC @ 69.90" (a unit word inside the name, "BERAS 10 KG", stays apart); a price and
    its unit after it ("17,90 /kg") too."""
    out: list[Word] = []
    for index, word in enumerate(words):
        following = words[index + 1].text if index + 1 < len(words) else ""
        if (
            out
            and _UNIT_WORD.match(word.text)
            and re.fullmatch(r"\d{1,4}(?:[.,]\d{1,3})?", out[-1].text)
            and (following in TIMES or following in _AT_MISREAD or _priced(following))
        ):
            out[-1] = Word(out[-1].text + word.text, out[-1].box, out[-1].confidence)
        elif (
            out
            and word.text == "1"
            and _DECIMAL_COUNT.fullmatch(out[-1].text)
            and following in TIMES
        ):
            # "42,37 l x 1,799": the litre's "l" OCR read as a "1" after a decimal count.
            out[-1] = Word(out[-1].text + "L", out[-1].box, out[-1].confidence)
        elif out and (unit := _PRICE_UNIT.fullmatch(word.text)) and number(out[-1].text):
            # "17,90 /kg", "1,799 EUR/l": the price's unit printed apart, as a weighed item's
            # or a fuel pump's price reads.
            per = unit.group(1).replace("1", "L")
            out[-1] = Word(out[-1].text + per, out[-1].box, out[-1].confidence)
        else:
            out.append(word)
    return out


def _priced(text: str) -> bool:
    """A price after a weight whose "@" OCR lost ("0.620 KG  5.49/KG")."""
    return bool(text) and number(_PER_UNIT.sub("", text)) is not None


def _read_figures(row: Row) -> None:
    """Quantity and price before the amount: "2 x 3.50", "2 @ 3.50" or a bare "2 3.50"."""
    rest = _with_units(row.name)
    # A tax code printed between the figures and the amount ("18 @ 7.30 SR 131.40").
    if len(rest) >= 2 and _TAX_CODE.match(rest[-1].text) and number(rest[-2].text) is not None:
        rest = rest[:-1]
    times = [i for i, t in enumerate(rest) if t.text in TIMES]
    if times:
        at = times[-1]
        if (
            0 < at < len(rest) - 1
            and at + 2 >= len(rest)
            and _take(row, rest[at - 1].text, rest[at + 1].text, repair=True)
        ):
            row.name = _without_qty_word(rest[: at - 1])
            return
        if at == 0 and len(rest) == 2:  # "@ 3.50 7.00": price with a count elsewhere
            _derive_count(row, rest[1].text)
            return
    if (
        len(rest) >= 3
        and rest[-2].text in _AT_MISREAD
        and _take(row, rest[-3].text, rest[-1].text, True)
    ):
        row.name = rest[:-3]  # "1 0 11.00": the "@" misread
        return
    # A figures-only line under its name ("1  8.90  8.99"): count, price and amount by their
    # place, so one misread digit is repaired as after a multiplier.
    if len(rest) >= 2 and _take(row, rest[-2].text, rest[-1].text, repair=len(rest) == 2):
        row.name = _without_qty_word(rest[:-2])
        return
    if (
        len(rest) >= 4
        and _UOM.match(rest[-2].text)
        and _take(row, rest[-3].text, rest[-1].text, True)
    ):
        row.name = rest[:-3]  # "ONION INDIA BESAR  3  BAG  32.00": a unit column
        return
    middle = _name_words(rest[1:-1])
    if (
        len(rest) >= 3
        and re.fullmatch(r"\d{1,3}", rest[0].text)
        and has_letters(middle)
        and _take(row, rest[0].text, rest[-1].text)
    ):
        row.name = middle  # "3 BUTTER CROISSANT 3.80 11.40": count, name, price
        return
    if len(rest) == 1 and _derive_count(row, rest[0].text):
        return  # "6.50  26.00" under a Qty column whose small "4" OCR lost
    if _counted_name(row, rest):
        return  # "Latte x2  11.00", "2x Cappuccino  12.00": a count, no price
    if rest and _glued_pair(row, rest[-1].text):
        row.name = _without_qty_word(rest[:-1])  # "0.15180.00": count and price run together
        return
    if (
        len(rest) >= 2
        and has_letters(rest[:-1])
        and AMOUNT.match(CURRENCY.sub("", rest[-1].text))
        and number(rest[-1].text) == row.amount
    ):
        # "Bird Nest Drink 6s  29.90  29,90": the unit price is the amount, the count's
        # small "1" lost.
        row.quantity, row.price, row.checked = Decimal(1), row.amount, True
        row.name = rest[:-1]
        return
    if rest and re.search(r"\d[.,]\d{2}$", rest[-1].text):
        row.broken = True  # figures before the amount that do not multiply to it: misread
    elif len(rest) >= 2 and re.fullmatch(r"\d{1,3}", rest[0].text) and has_letters(rest[1:]):
        row.lead_quantity = Decimal(rest[0].text)
    else:
        glued = re.fullmatch(r"(?:.*\))?(\d{1,3})", rest[-1].text) if rest else None
        if glued and has_letters(rest[:-1] if glued.group(0) == glued.group(1) else rest):
            row.trail_quantity = Decimal(glued.group(1))


def read_colon_row(line: Line, index: int, discount: re.Pattern[str]) -> Row | None:
    """The line as a row when its amount's point was read as a colon ("88:00"); only for
    lines among rows already read (a time "16:12" in the header looks the same)."""
    if not line.words or not re.fullmatch(r"\d{1,4}:\d{2}", line.words[-1].text):
        return None
    last = line.words[-1]
    fixed = Word(last.text.replace(":", "."), last.box, last.confidence)
    row = _row([*_tokens(line)[:-1], fixed], index, line, discount)
    return row if row is not None and has_letters(row.name) else None


def _take(row: Row, left: str, right: str, repair: bool = False) -> bool:
    """Set the row's count and price from two figures when they multiply to its amount,
    or (`repair`: a multiplier or a unit printed between them says they are count and
    price) when they do after one misread digit of the amount or the price; the
    receipt's sums then decide whether the rows hold."""
    pairs = _pairs(left, right)
    for qty, price in pairs:
        if _product_ok(qty, price, row.amount):
            row.quantity, row.price, row.checked = qty, price, True
            return True
    if not repair or row.amount <= 0:
        return False
    for qty, price in pairs:
        if qty <= 0 or price <= 0:
            continue  # "7.50 0", "1 12.90 0.00": a zero discount column, no misread
        product = (qty * price).quantize(_CENTS)
        if one_digit_slip(product, row.amount_word.text):
            row.amount = product  # "1 @ 12.90  12.96": the amount's last digit misread
            row.quantity, row.price, row.checked = qty, price, True
            return True
        exponent = price.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        repaired = (row.amount / qty).quantize(Decimal(1).scaleb(-places))
        if one_digit_slip(repaired, right) and _product_ok(qty, repaired, row.amount):
            row.quantity, row.price, row.checked = qty, repaired, True  # "2 x 140.00  296.00"
            return True
    return False


def one_digit_slip(value: Decimal, text: str) -> bool:
    """`text` prints `value` but for one digit (the same number of digits)."""
    read = re.sub(r"\D", "", _PER_UNIT.sub("", CURRENCY.sub("", text)))
    wanted = re.sub(r"\D", "", format(value, "f"))
    return len(read) == len(wanted) and sum(a != b for a, b in zip(read, wanted, strict=True)) == 1


def _pairs(left: str, right: str) -> list[tuple[Decimal, Decimal]]:
    """Readings of two figures as (count, price): "2 x 3.50", or "3.50 x 2" (a whole count
    second); a price may carry the "@" before it read as a zero ("011.90")."""
    out: list[tuple[Decimal, Decimal]] = []
    if AMOUNT.match(CURRENCY.sub("", left)) and re.fullmatch(r"\d{1,4}", right):
        out += [(Decimal(right), price) for price in _prices(left)]
    out += [(qty, price) for qty in _counts(left) for price in _prices(right)]
    return out


def _prices(text: str) -> list[Decimal]:
    per_unit = _PER_UNIT.search(text) is not None
    text = _PER_UNIT.sub("", text)
    found = number(text)
    out = [found] if found is not None else []
    core = CURRENCY.sub("", text)
    if per_unit and re.fullmatch(r"\d[.,]\d{3}", core):
        out.append(Decimal(core.replace(",", ".")))  # "1,799/L": a litre's price, not 1799
    if re.fullmatch(r"0\d{1,3}[.,]\d{2}", core):
        out.append(Decimal(core[1:].replace(",", ".")))  # "011.90": "@11.90"
    return out


def _counts(text: str) -> list[Decimal]:
    """A quantity token's readings ("2", "2pc", "13,5", "18.182L"); none when it is no count."""
    if not _QTY.match(text):
        return []
    core = _UNIT.sub("", text)
    out: list[Decimal] = []
    if re.fullmatch(r"[-−]?\d{1,4}[.,]\d{1,3}", core):
        out.append(Decimal(core.replace(",", ".").replace("−", "-")))  # a decimal count
    found = number(core)
    if found is not None and found not in out:
        out.append(found)
    return [count for count in out if count != 0]


def _glued_pair(row: Row, text: str) -> bool:
    """Count and price that OCR ran together ("0.15180.00" for a weight 0.15 at 180.00): the
    one cut whose figures multiply to the amount."""
    point = re.search(r"[.,]", text)
    if point is None or not re.fullmatch(r"\d+[.,]\d+[.,]\d{2}", text):
        return False
    found: list[tuple[Decimal, Decimal]] = []
    for cut in range(point.start() + 2, len(text) - 3):
        left, right = text[:cut], text[cut:]
        if not (
            re.fullmatch(r"\d{1,4}[.,]\d{1,3}", left)
            and re.fullmatch(r"(?:0|[1-9]\d*)[.,]\d{2}", right)
        ):
            continue
        qty, price = Decimal(left.replace(",", ".")), Decimal(right.replace(",", "."))
        if qty > 0 and (qty * price).quantize(_CENTS) == row.amount:
            found.append((qty, price))
    if len(found) != 1:
        return False
    row.quantity, row.price, row.checked = found[0][0], found[0][1], True
    return True


def _derive_count(row: Row, text: str) -> bool:
    """A price alone before the amount: the count is their ratio, when it is whole."""
    if not AMOUNT.match(CURRENCY.sub("", text)):
        return False  # "1 D 15.00": a count, or a code, but no price
    price = number(text)
    if price is None or price <= 0 or row.amount <= 0:
        return False
    try:
        ratio = row.amount / price
    except InvalidOperation:
        return False
    if ratio != ratio.to_integral_value() or not 1 <= ratio <= _MAX_DERIVED_COUNT:
        return False
    row.quantity, row.price, row.checked = ratio.to_integral_value(), price, True
    row.name = []
    return True


def _name_words(words: list[Word]) -> list[Word]:
    """The words between a count and a price that name the article: no unit word ("pc")
    and no multiplier left at its end ("1/4 Chic+1sd-T @17.90")."""
    kept = [w for w in words if not _UNIT_WORD.match(w.text) and any(c.isalnum() for c in w.text)]
    while kept and kept[-1].text in TIMES:
        kept = kept[:-1]
    return kept


def _counted_name(row: Row, rest: list[Word]) -> bool:
    """A count joined to the name by a multiplier at either end, the price left out: the
    unit price is the amount over the count, when that is whole cents."""
    if len(rest) < 3:
        return False
    texts = [w.text for w in rest]
    if texts[1] in TIMES and re.fullmatch(r"\d{1,3}", texts[0]):
        count, name = texts[0], rest[2:]
    elif texts[-2] in TIMES and re.fullmatch(r"\d{1,3}", texts[-1]):
        count, name = texts[-1], rest[:-2]
    elif texts[-1] in TIMES and re.fullmatch(r"\d{1,3}", texts[-2]):
        count, name = texts[-2], rest[:-2]
    else:
        return False
    quantity = Decimal(count)
    if quantity == 0 or not has_letters(name) or any(number(w.text) for w in name[-1:]):
        return False
    price = (row.amount / quantity).quantize(Decimal("0.01"))
    if price * quantity != row.amount:
        return False
    row.quantity, row.price, row.checked, row.name = quantity, price, True, name
    return True


def _without_qty_word(words: list[Word]) -> list[Word]:
    return [w for w in words if not _QTY_WORD.match(w.text)]


def _product_ok(qty: Decimal, price: Decimal, amount: Decimal) -> bool:
    return abs(qty * price - amount) <= Decimal("0.02") and amount != 0
