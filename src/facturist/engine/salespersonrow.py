"""A salesperson's row among a header's "Caption: value" rows, under a word that also names
the seller.

Portuguese, Spanish, French, Italian, German and Dutch call the salesperson by the seller's
word: "Vendedor: Rui Almeida" stands in the customer details' column between "Condições:
devolução" and "V/ Ref.ª: OBRA 25/08", "Vendeur : Paul Martin" under "Code client : ...". A
person's name in such a row (capitalised words, no legal form, no digit) is the employee who
took the order; the seller is the letterhead's company.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import LEGAL_FORM

# The seller's words that also name the salesperson.
_SALES_WORD = re.compile(
    r"^(?:vendedor|vendedora|vendeur|vendeuse|venditore|venditrice|verk[äa]ufer(?:in)?"
    r"|verkoper|salesperson|sales rep)\s*:",
    re.IGNORECASE,
)
# A person's name: two or three capitalised words, an initial perhaps ("J. Hartley").
_PERSON = re.compile(r"[A-ZÀ-Þ][\w'’\-]*\.?(?:\s+[A-ZÀ-Þ][\w'’\-]*\.?){1,2}")
# A field row in one cell: a short caption, its colon, a value ("Cliente n.º: 2231").
_FIELD_ROW = re.compile(r"^[^\W\d][^:]{0,24}:\s*\S")


def salesperson_row(lines: list[Line], index: int, cell: Cell) -> bool:
    """Whether `cell` of lines[index] is "Vendedor: <person>" among a column of field rows
    flush with it above or below."""
    text = cell.text.strip()
    caption = _SALES_WORD.match(text)
    if caption is None:
        return False
    name = text[caption.end() :].strip()
    if LEGAL_FORM.search(name) or not _PERSON.fullmatch(name):
        return False
    line = lines[index]
    for near in (*lines[max(0, index - 3) : index], *lines[index + 1 : index + 4]):
        if near.page != line.page or abs(near.y0 - line.y0) > 4 * line.height:
            continue
        for other in near.cells:
            if abs(other.x0 - cell.x0) < 4 and _FIELD_ROW.match(other.text.strip()):
                return True
    return False
