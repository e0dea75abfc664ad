"""The due date of the invoice a credit note or correction refers to.

A credit note quotes the invoice it credits in a block of references, the invoice's due date
among them::

    Vos références
    Facture d'origine  : FA-2025-0188
    Date facture       : 02/05/2025
    Échéance facture   : 01/06/2025

The due date captioned for the invoice ("Échéance facture", "Fälligkeit Rechnung") under a
caption naming the original invoice, in the same column a few lines up, is that invoice's;
so is one captioned with the original invoice outright ("Échéance facture d'origine"). The
note itself may have no due date at all (it is deducted from the next invoice).
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# A caption naming the invoice referred to: fr, en, de, it, es, pt, nl, pl.
_ORIGIN = re.compile(
    r"\b(?:facture (?:d'origine|d’origine|initiale|rectifi[ée]e|corrig[ée]e)"
    r"|(?:original|corrected|credited) invoice|invoice (?:corrected|credited)"
    r"|ursprungsrechnung|originalrechnung|urspr[üu]ngliche rechnung|korrigierte rechnung"
    r"|fattura (?:originale|d'origine|di origine|rettificata)|factura (?:original|rectificada)"
    r"|fatura (?:original|retificada)|oorspronkelijke factuur|faktur\w* (?:pierwotn|korygowan)\w*)",
    re.IGNORECASE,
)
# The invoice named in the due date's own caption ("Échéance facture").
_INVOICE = re.compile(r"\b(?:factur\w*|rechnung\w*|invoice|fattur\w*|factuur|fatur\w*|faktur\w*)")
# Lines up the block may run to, and the gap between its lines in line heights.
_REACH = 5
_GAP = 1.5


def origin_due_date(lines: list[Line], index: int, start: int) -> bool:
    """Whether the due-date caption at `start` of lines[index] is the referenced invoice's."""
    line = lines[index]
    if not line.cells:
        return False
    first = line.words[min(len(line.text[:start].split()), len(line.words) - 1)]
    cell = next((c for c in line.cells if first in c.words), line.cells[0])
    if _ORIGIN.search(cell.text):
        return True
    if not _INVOICE.search(cell.text):
        return False
    below = line
    for above in reversed(lines[max(0, index - _REACH) : index]):
        if above.page != line.page or below.y0 - above.y1 > _GAP * below.height:
            return False
        if any(abs(c.x0 - cell.x0) < 4 and _ORIGIN.search(c.text) for c in above.cells):
            return True
        below = above
    return False
