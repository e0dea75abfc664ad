"""A VAT grid's sum row that sums some of its columns only.

A grid of complete rate rows (base + tax = gross each) may close on a row that adds up the
tax column alone::

    Aliquota IVA  Imponibile    IVA   Totale
    3.8 %             693.64  26.36   720.00
    8.1 %             568.46  46.04   614.50
    esente             21.00   0.00    21.00
    Totale IVA                72.40

The sum row vouches for the rows above it: each column it fills is their sum. The rows
themselves, added up, are the invoice's net, tax and gross (totalgrid._chosen_row).
"""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.model import Value

# Per row summed, how far a printed sum may stray from the rows' exact sum.
_CENT = Decimal("0.011")


def sums_some_columns(rows: list[dict[str, Value]]) -> bool:
    """The last row fills fewer columns than every row above it (two or more), and each of
    its figures is the sum of their figures in its column."""
    return len(rows) > 2 and sums_columns(rows[-1], rows[:-1])


def sums_columns(last: dict[str, Value], above: list[dict[str, Value]]) -> bool:
    """`last` fills fewer columns than every row of `above`, and each of its figures is the
    sum of theirs in its column (a cent of slack per row summed)."""
    if not above or not last or not all(set(last) < set(row) for row in above):
        return False
    tolerance = _CENT * len(above)
    return all(
        abs(sum(_num(row[key]) for row in above) - _num(value)) <= tolerance
        for key, value in last.items()
    )


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value))
