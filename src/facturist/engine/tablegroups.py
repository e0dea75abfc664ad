"""Group rows over indented item rows: a bold "Droplets  $72.91" heading the servers billed
under it ("web-01  696 h  $24.00", "db-01  696 h  $48.00", ...). The group row prints the
sum of its members and no count or price of its own: the members are the items."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facturist.engine.itemrow import ItemRow

# How far right of the group's text (points) a member's text starts, at least.
_INDENT = 4.0
_TOLERANCE = 0.011


def without_group_sums(rows: list[ItemRow]) -> list[ItemRow]:
    """The rows less those that sum the indented rows right under them."""
    kept: list[ItemRow] = []
    for index, row in enumerate(rows):
        if not _sums_members(row, rows[index + 1 :]):
            kept.append(row)
    return kept


def _sums_members(row: ItemRow, following: list[ItemRow]) -> bool:
    amount = row.numbers.get("amount")
    if (
        amount is None
        or not isinstance(amount.value, float)
        or not row.description
        or row.numbers.keys() & {"quantity", "unit_price"}
    ):
        return False
    x0 = row.description[0].box.x0
    total = 0.0
    for member in following:
        figure = member.numbers.get("amount")
        if (
            not member.description
            or member.description[0].box.x0 < x0 + _INDENT
            or figure is None
            or not isinstance(figure.value, float)
        ):
            break
        total += figure.value
        if abs(total - amount.value) <= _TOLERANCE:
            return True
    return False
