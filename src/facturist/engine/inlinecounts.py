"""A count and a price written into an item's name ("ePaper-Zugang (2 × 24,00 €)") where the
table has no quantity or price column: the item's quantity and unit price, not its name.

Utility bills quote the usage and its rate in the name ("Electricity used 660 kWh @ 24.500p
per kWh"), the rate often in pence or cents: its count and rate are the quantity and the
unit price (in the currency's main unit) where they multiply to the amount; the name stays
whole, the rate being part of what the line says it bills."""

from __future__ import annotations

import re

from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount

# "(2 × 24,00 €)", "3 x EUR 12.50", "(0,5 Std. à 120,00 €)" closing the name: a count, its
# unit perhaps, a times sign and a price with cents, perhaps the unit it is quoted per
# ("(3 h à 95,00 €/h)").
_COUNT_TIMES_PRICE = re.compile(
    r"\s*\(?\s*(\d{1,5}(?:[.,]\d{1,3})?)\s*(?:[^\W\d_]{1,6}\.?\s*)?[x×à]\s*"
    r"(?:€|EUR|R\$|\$|£)?\s*(\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2})\s*(?:€|EUR|\$|£)?"
    r"(?:\s*/\s*[^\W\d_]{1,6}\.?)?\s*\)?$",
    re.IGNORECASE,
)


# "660 kWh @ 24.500p per kWh", "29 days @ 53.350p", "12 h @ €45.00/h": a count, its unit,
# an at sign and a rate, a "p" or "c"/"ct" after it quoting it in pence or cents.
_COUNT_AT_RATE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,7}(?:[.,]\d{1,3})?)\s*(?:[^\W\d_]{1,6}\.?\s*)?@\s*"
    r"(?:€|EUR|\$|£)?\s*(\d{1,5}(?:[.,]\d{1,6})?)\s*(p|c|ct|cents?|pence)?(?![\w.,])",
    re.IGNORECASE,
)
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")
# A hundredth of the currency: pence, cents, Eurocent.
HUNDREDTHS = frozenset({"p", "c", "ct", "cent", "cents", "pence"})


# "6 x Stainless steel pan": a count and a times sign opening the name, a space after.
_LEADING_COUNT = re.compile(r"^(\d{1,4})\s?[x×]\s+(?=\S)", re.IGNORECASE)


def inline_count(item: dict[str, Value], text: str) -> str:
    """The name without a closing "(2 × 24,00 €)" whose product is the item's amount; its
    count and price become the item's quantity and unit price when no column printed them."""
    if "quantity" not in item and "unit_price" in item:
        return _leading_count(item, text)
    if "quantity" in item or "unit_price" in item:
        return text
    if "@" in text:
        _count_at_rate(item, text)
        return text
    if text[-1:] not in ")€$£0123456789Rr":
        return text
    amount = item.get("amount")
    match = _COUNT_TIMES_PRICE.search(text)
    if amount is None or not isinstance(amount.value, float) or match is None:
        return text
    if match.start() == 0 or text[match.start() :].count("(") != text[match.start() :].count(")"):
        return text  # the name's own bracket left open: the count is part of it
    count = parse_amount(match.group(1).replace(",", "."))
    price = parse_amount(match.group(2))
    if count is None or price is None or abs(float(count * price) - abs(amount.value)) > 0.011:
        return text
    item["quantity"] = Value(float(count), match.group(1), amount.boxes, 0.8)
    item["unit_price"] = Value(float(price), match.group(2), amount.boxes, 0.8)
    if "(" not in match.group(0) and text[: match.start()].rstrip().endswith(","):
        # "Dokumentenpauschale, 62 Seiten à 0,15 EUR": the working, joined to the name by a
        # comma and in no brackets, is part of the row's wording; the name stays whole.
        return text
    return text[: match.start()].rstrip(" ,;-")


def _count_at_rate(item: dict[str, Value], text: str) -> None:
    """ "660 kWh @ 24.500p per kWh" in a name whose amount is 161.70: 660 at 0.245."""
    amount = item.get("amount")
    match = _COUNT_AT_RATE.search(text)
    if amount is None or not isinstance(amount.value, float) or match is None:
        return
    scale = 100 if (match.group(3) or "").lower() in HUNDREDTHS else 1
    # "7,500" is seven and a half or seven thousand five hundred: the amount decides.
    for count in _readings(match.group(1)):
        for rate in _readings(match.group(2)):
            # The amount is the product rounded to cents.
            if count and abs(count * rate / scale - abs(amount.value)) <= 0.011:
                item["quantity"] = Value(count, match.group(1), amount.boxes, 0.8)
                item["unit_price"] = Value(
                    round(rate / scale, 6), match.group(2), amount.boxes, 0.8
                )
                return


def _readings(text: str) -> list[float]:
    """The values a figure may stand for: its one mark a decimal mark, or thousands groups."""
    readings = [float(text.replace(",", "."))] if text.count(",") <= 1 else []
    if _GROUPED.match(text):
        readings.append(float(text.replace(",", "")))
    return readings


def _leading_count(item: dict[str, Value], text: str) -> str:
    """ "6 x Stainless steel pan" under a table with a price column and no count column:
    the count opening the name is the quantity where it times the price is the amount, and
    no part of the name ("2 x 4 m" measuring the item does not multiply to it)."""
    match = _LEADING_COUNT.match(text)
    price, amount = item["unit_price"], item.get("amount")
    if match is None or amount is None or len(text) == match.end():
        return text
    if not (isinstance(price.value, float) and isinstance(amount.value, float)):
        return text
    count = float(match.group(1))
    if not count or abs(count * price.value - amount.value) > 0.011:
        return text
    item["quantity"] = Value(count, match.group(1), amount.boxes, 0.8)
    return text[match.end() :]
