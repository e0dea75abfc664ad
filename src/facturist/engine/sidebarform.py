"""A practice's name stacked large at the head of a sidebar ("ROUVIÈRE" over "& ASSOCIÉS"),
its profession and bare legal form further down the same column ("Géomètres-Experts" over
"SELARL"). The form's line names no one by itself; the stack over it is the firm's name when
the page prints the two lines as one run elsewhere ("à l'ordre de Rouvière & Associés")."""

from __future__ import annotations

import itertools

from facturist.engine.layout import Line, line_holding
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.stackedfullname import printed_run

_FLUSH = 4.0  # points: a column's lines start flush
_LINES_UP = 8  # how far up the column the stack may stand


def name_over_bare_form(name: Value, page: list[Line]) -> Value:
    """The stack at the head of the column whose bare legal form `name` ends with, as printed
    elsewhere on the page; else `name`."""
    words = str(name.value).split()
    if not words or not name.boxes or LEGAL_FORM.fullmatch(words[-1]) is None:
        return name
    index = line_holding(page, name.boxes[-1])
    if index is None or not any(
        LEGAL_FORM.fullmatch(cell.text.strip()) and name.boxes[-1] in cell.boxes
        for cell in page[index].cells
    ):
        return name  # the form is no line of its own: the name on its line is the firm's
    left = min(b.x0 for b in name.boxes)
    column = [
        cell.text.strip()
        for line in page[max(0, index - _LINES_UP) : index]
        if line.page == page[index].page
        for cell in line.cells
        if abs(cell.x0 - left) < _FLUSH
    ]
    for upper, lower in itertools.pairwise(column):
        if any(ch.isdigit() for ch in upper + lower):
            continue
        printed = printed_run(page, f"{upper} {lower}", max(0, index - _LINES_UP), index)
        if printed is not None:
            return Value(printed, name.text, name.boxes, name.confidence)
    return name
