"""The invoice's number under a bare "Nummer" in the box about the invoice.

E-invoice viewers and ERP layouts print the document's data as a box of its own beside the
parties' boxes, titled for the invoice ("Angaben zur Rechnung", "Rechnungsdaten",
"Belegdaten", "Invoice data", "Invoice details", "Données de la facture"), its rows short
captions | values: "Nummer | WDM-24-0930", "Datum | 30.09.2024", "Fällig | 14.10.2024". In a
box about the invoice, "Nummer" / "Nr." / "Number" captions the invoice's own number, even
where the row does not open its line (a party's box stands to its left).
"""

from __future__ import annotations

import re

from facturist.engine.idread import read_id
from facturist.engine.layout import Line
from facturist.engine.model import Value

_INVOICE_BOX = re.compile(
    r"^(?:angaben\s+zur\s+rechnung|rechnungs(?:daten|angaben|details|informationen)"
    r"|beleg(?:daten|angaben)|dokument(?:daten|angaben)"
    r"|invoice\s+(?:data|details|information|info)|document\s+(?:data|details)"
    r"|(?:donn[ée]es|d[ée]tails|informations)\s+de\s+(?:la\s+)?facture"
    r"|datos\s+de\s+(?:la\s+)?factura|dati\s+(?:della\s+)?fattura|factuurgegevens)\s*:?$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(
    r"^(?:nummer|number|no\.?|nr\.?|n[°º]|num[ée]ro|n[úu]mero|numer)\s*:?$", re.IGNORECASE
)
# How far (points) a row's caption may stand from the box's title, how many rows a box
# holds, and how far apart (top to top, in line heights) its rows may stand.
_ALIGNED = 6.0
_ROWS = 10
_STEP = 3.0


def invoice_box_number(lines: list[Line]) -> Value | None:
    """The number a bare "Nummer" captions in a box titled for the invoice, if any."""
    for index, line in enumerate(lines):
        for cell in line.cells:
            if _INVOICE_BOX.match(cell.text.strip()):
                found = _number_under(lines, index, cell.x0)
                if found is not None:
                    return found
    return None


def _number_under(lines: list[Line], start: int, x: float) -> Value | None:
    last = lines[start]
    for line in lines[start + 1 : start + 1 + _ROWS]:
        if line.page != last.page or line.y0 - last.y0 > _STEP * max(line.height, last.height):
            return None
        for position, cell in enumerate(line.cells[:-1]):
            if abs(cell.x0 - x) <= _ALIGNED and _BARE_NUMBER.match(cell.text.strip()):
                return read_id(line.cells[position + 1].words)
        last = line
    return None
