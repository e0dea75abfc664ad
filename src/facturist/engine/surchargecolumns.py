"""Spain's recargo de equivalencia as a column of a totals grid.

A retailer under Spain's equivalence surcharge scheme (arts. 154-163 of the Ley del IVA) is
charged a surcharge besides the IVA on each base, and the invoice prints it in its own
columns beside the IVA's::

    Base imponible | % IVA | Cuota IVA | % R.E. | Cuota R.E. | TOTAL FACTURA
            750,00 | 21,00 |    157,50 |   5,20 |      39,00 |        946,50

The surcharge is tax the total holds besides the IVA: its cuota is added to the tax of the
row, so that base + tax = total holds. Its rate column ("% R.E.") holds no amount.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.layout import Cell
from facturist.engine.model import Value

# The grid column the surcharge's figures are read under (totalgrid._grid_rows).
SURCHARGE_KEY = "equivalence_surcharge"

# The surcharge's amount caption: "Cuota R.E.", "Importe RE", "R.E.", "Recargo de
# equivalencia", "Rec. equiv.", perhaps with its rate ("R.E. 5,2%", as "IVA 21%" heads the
# IVA's amount beside it); never its rate alone ("% R.E.", "Tipo R.E.").
_SURCHARGE_CAPTION = re.compile(
    r"^(?:(?:cuota|importe|imp\.|total)\s+r\.?\s?e\.?|r\.\s?e\.?"
    r"|(?:(?:cuota|importe)\s+)?(?:recargo|rec\.)\s*(?:de\s+)?equiv(?:alencia|\.)?)"
    r"(?:\s*\(?\d{1,2}(?:[.,]\d{1,2})?\s?%\)?)?$",
    re.IGNORECASE,
)


def surcharge_column(cells: list[Cell], columns: dict[str, Cell]) -> dict[str, Cell]:
    """The surcharge's amount column, keyed for the grid's rows, where the grid reads a tax
    column beside it; else nothing."""
    if "tax_amount" not in columns:
        return {}
    for cell in cells:
        if cell not in columns.values() and _SURCHARGE_CAPTION.match(cell.text.strip()):
            return {SURCHARGE_KEY: cell}
    return {}


def with_surcharge(row: dict[str, Value] | None) -> dict[str, Value] | None:
    """The row with its surcharge added to its tax (and no longer a figure of its own)."""
    if row is None or SURCHARGE_KEY not in row:
        return row
    surcharge = row.pop(SURCHARGE_KEY)
    tax = row.get("tax_amount")
    if tax is None:
        return row or None
    summed = Decimal(str(tax.value)) + Decimal(str(surcharge.value))
    row["tax_amount"] = Value(float(summed), "", tax.boxes + surcharge.boxes, tax.confidence)
    return row
