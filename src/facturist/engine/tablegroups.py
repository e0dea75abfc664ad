"""Group rows over indented item rows: a bold "Droplets  $72.91" heading the servers billed
under it ("web-01  696 h  $24.00", "db-01  696 h  $48.00", ...). The group row prints the
sum of its members and no count or price of its own: the members are the items. And the
groups' sums listed again under a table read in groups: a recap, no items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from facturist.engine.optionalpositions import optional_position

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


def charged(rows: list[ItemRow]) -> list[ItemRow]:
    """The rows less positions priced for information only (optionalpositions.py)."""
    return [row for row in rows if not optional_position(row)]


def without_recap(groups: list[list[ItemRow]], sums: list[float]) -> list[ItemRow]:
    """The rows of a table read in groups (each closed by its sum), less a last part that
    lists the groups' sums again: "Zusammenstellung / Titel 01 ... 2.663,60 / Titel 02 ...",
    a recap under the groups, one line per group with its sum and nothing else, no items.
    Positions priced for information only go too. `sums`: the sums of the groups of the
    table's part on earlier pages (a part under a header of its own), to which this part's
    groups' sums are added."""
    kept = [charged(group) for group in groups]
    totals = [_total(group) for group in kept]
    for index, group in enumerate(kept):
        if (index or sums) and _recaps(group, sums + totals[:index]):
            kept[index] = []
            totals[index] = 0.0
    sums.extend(total for total in totals if total)
    return [row for group in kept for row in group]


def _total(rows: list[ItemRow]) -> float:
    return sum(f for row in rows if isinstance(f := _amount(row), float))


def _amount(row: ItemRow) -> float | None:
    figure = row.numbers.get("amount")
    return figure.value if figure is not None and isinstance(figure.value, float) else None


def _recaps(group: list[ItemRow], totals: list[float]) -> bool:
    """Two lines or more, each a text and an amount alone, the amounts those of as many
    groups above (in their order or not)."""
    if len(group) < 2:
        return False
    left = list(totals)
    for row in group:
        amount = _amount(row)
        if amount is None or row.numbers.keys() - {"amount"} or not row.description:
            return False
        match = next((t for t in left if abs(t - amount) <= _TOLERANCE), None)
        if match is None:
            return False
        left.remove(match)
    return True
