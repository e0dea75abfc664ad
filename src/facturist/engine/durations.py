"""Durations billed as hours and minutes: "12:30 Std.", "1:15", "0:45 h", "1h30".

Agencies, software houses and consultants bill effort from their time tracking and print each
row's time as hours and minutes under an "Aufwand", "Dauer" or "Hours" caption: a quantity in
hours (12:30 is 12.5 h; 9:40 is 9.667 h), the amount being the rate per hour times it. The
amount shows it is one: within the rounding of the printed minutes (a tool rounding 9:40 to
9.67 h bills 754,26 at 78,00, one keeping the minutes 754,00). A time of day ("14:30" under
"Zeit" on a courier's row) gives no amount with the price, and is no count.
"""

from __future__ import annotations

import re

from facturist.engine.model import Value, Word

# "12:30", "1:15", "106:00"; a unit glued on ("7:15h", "7:15Std."). French and Belgian time
# sheets print the hours' mark between hours and minutes ("1h30", "0h45", "2 h 15").
_DURATION = re.compile(
    r"^(\d{1,3})(?::|\s?h\s?)([0-5]\d)(?:\s?(?:h|std\.?|hrs?\.?|min\.?))?$", re.IGNORECASE
)


def duration_count(word: Word) -> Value | None:
    """The hours a word prints as "h:mm", as a quantity (its text kept to tell it apart)."""
    match = _DURATION.match(word.text)
    if match is None:
        return None
    hours = int(match.group(1)) + int(match.group(2)) / 60
    return Value(round(hours, 4), word.text, (word.box,))


def is_duration(figure: Value) -> bool:
    return _DURATION.match(figure.text) is not None


def billed_duration(quantity: Value, price: Value | None, amount: Value | None) -> bool:
    """A duration the row bills: its price per hour times it gives the amount, within the
    rounding of minutes to hundredths of an hour (half a minute of the price each way)."""
    if price is None or amount is None:
        return False
    q, p, a = quantity.value, price.value, amount.value
    if not (isinstance(q, float) and isinstance(p, float) and isinstance(a, float)) or q <= 0:
        return False
    return abs(abs(q * p) - abs(a)) <= abs(p) / 120 + 0.011
