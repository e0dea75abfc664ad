"""A correction note's summary: the figures before the correction, after it, and the
difference ("Przed korektą | Po korekcie | Różnica", "vor Korrektur | nach Korrektur |
Differenz"). The note corrects the invoice by the difference; the three rows are no
per-rate lines to add up."""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.model import Value

_TOLERANCE = Decimal("0.011")
_ROWS = 3


def correction_difference(rows: list[dict[str, Value]]) -> dict[str, Value] | None:
    """The last of three rows when, column by column, it is the second less the first
    (after less before) and some figure changed; else None."""
    if len(rows) != _ROWS:
        return None
    before, after, difference = rows
    keys = set(difference)
    if len(keys) < 2 or set(before) != keys or set(after) != keys:
        return None
    changes = [_num(after[key]) - _num(before[key]) - _num(difference[key]) for key in keys]
    if any(abs(change) > _TOLERANCE for change in changes):
        return None
    if all(_num(value) == 0 for value in difference.values()):
        return None
    return difference


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value))
