"""Charges outside VAT listed under a heading of their own after the taxed part's total.

A phone bill sells the handset on instalments apart from the services: the services' VAT
total closes their part, then a heading says what follows bears no VAT and the instalment's
row comes under it, before the bill's total::

    Total servicios                                   28,40 €
    Otros conceptos no sujetos a IVA
    Pago aplazado terminal Galaxy A55 (cuota 8 de 24) 15,00 €
    TOTAL A PAGAR                                     43,40 €

The rows' own captions name no tax; the heading's words do ("no sujetos a IVA", "nicht
steuerbar", "not subject to VAT": nonvatlevies.says_no_vat). Each row's figure is a charge
outside VAT (NON_VAT_KEY), which the total below the taxed one holds
(totals._outlays_after). The section ends at a line with no figure or at a sum's caption.
"""

from __future__ import annotations

from collections.abc import Callable

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.nonvatlevies import says_no_vat
from facturist.engine.tableends import TABLE_STOP


def _heading(line: Line) -> bool:
    """A line of words alone (no figure, no date) saying what follows bears no VAT."""
    return (
        len(line.cells) == 1 and not any(c.isdigit() for c in line.text) and says_no_vat(line.text)
    )


def untaxed_section_charges(
    lines: list[Line], read: Callable[[list[Word]], Value | None]
) -> list[Value]:
    """The figures closing the rows under a heading of charges outside VAT, each read by
    `read` (an amount reader)."""
    found: list[Value] = []
    heading: Line | None = None
    for line in lines:
        if _heading(line):
            heading = line
            continue
        if heading is None:
            continue
        if line.page != heading.page or not line.cells or TABLE_STOP.match(line.cells[0].text):
            heading = None
            continue
        value = read(line.words[-2:]) if len(line.cells) > 1 else None
        if value is None or not isinstance(value.value, float) or value.value <= 0:
            heading = None
            continue
        found.append(value)
    return found
