"""The invoice's number under a bare "Nummer" in the box about the invoice.

E-invoice viewers and ERP layouts print the document's data as a box of its own beside the
parties' boxes, titled for the invoice ("Angaben zur Rechnung", "Rechnungsdaten",
"Belegdaten", "Invoice data", "Invoice details", "Données de la facture"), its rows short
captions | values: "Nummer | WDM-24-0930", "Datum | 30.09.2024", "Fällig | 14.10.2024". In a
box about the invoice, "Nummer" / "Nr." / "Number" captions the invoice's own number, even
where the row does not open its line (a party's box stands to its left).

A panel titled with the document's bare name ("FACTURE", "INVOICE", "RECHNUNG") does the
same: its first caption under the title, flush with it, "Numéro | E5F0A9C1-0007", numbers
the document; so does a tax portal's box titled "Documento" ("N.º | FR ATSIRE01FR/23").
Only that first caption: a table's "No." column further down is no row of it.
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
# The document's bare name as a panel's title; also a tax portal's box titled "Documento"
# (pt "Fatura-Recibo": "Documento" over "N.º | FR ATSIRE01FR/23", "ATCUD | ...").
_TITLE = re.compile(
    r"^(?:(?:tax\s+)?invoice|facture|rechnung|factura|fattura|factuur|faktura|fatura"
    r"|lasku|faktúra|documento)\s*:?$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(
    r"^(?:nummer|number|no\.?|nr\.?|n\.?\s?[°º]\.?|num[ée]ro|n[úu]mero|numer)\s*:?$",
    re.IGNORECASE,
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
            text = cell.text.strip()
            titled = _TITLE.match(text) is not None
            if titled or _INVOICE_BOX.match(text):
                found = _number_under(lines, index, cell.x0, first_only=titled)
                if found is not None:
                    return found
    return None


def _number_under(
    lines: list[Line], start: int, x: float, *, first_only: bool = False
) -> Value | None:
    """The value of a bare number caption flush with the box's title under it; under a bare
    document title (`first_only`), only as the first caption flush with it."""
    last = lines[start]
    for line in lines[start + 1 : start + 1 + _ROWS]:
        if line.page != last.page or line.y0 - last.y0 > _STEP * max(line.height, last.height):
            return None
        for position, cell in enumerate(line.cells):
            if abs(cell.x0 - x) > _ALIGNED:
                continue
            if position + 1 < len(line.cells) and _BARE_NUMBER.match(cell.text.strip()):
                found = read_id(line.cells[position + 1].words)
                if not first_only or (found and any(ch.isdigit() for ch in str(found.value))):
                    return found
            if first_only:
                return None
        last = line
    return None
