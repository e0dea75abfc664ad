"""A later row of a VAT recap whose label runs long: Italy's e-invoice print (the Agenzia
delle Entrate's FPR12 layout) labels each rate's row with its VAT's payability and, for a
reduced rate, the law that grants it,

    esigibilità iva / riferimenti normativi          | %IVA  | Totale imponibile | Totale imposta
    I (esigibilità immediata)                        | 22,00 |          2.177,50 |         479,05
    I (esigibilità immediata) / Tab. A parte II n. 18 DPR | 4,00 | 6.080,00 |         243,20

A totals grid's row label is a few words (totalgrid._LABEL_WORDS), so that prose with a
figure ends the grid; a row after the first whose label, however long, stands left of the
grid's columns and whose figures fill the first row's columns exactly is one more rate's
row, and the rows add up (totalgrid._base_and_tax_rows)."""

from __future__ import annotations

from facturist.engine.model import Value

# How many words such a later row's label may run to.
LONG_LABEL_WORDS = 16


def same_columns(row: dict[str, Value] | None, first: dict[str, Value]) -> dict[str, Value] | None:
    """The row read past a long label, kept only where it fills the first row's columns."""
    return row if row is not None and set(row) == set(first) else None
