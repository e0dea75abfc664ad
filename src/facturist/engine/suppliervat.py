"""A VAT ID captioned with the supplier's role ("USt-IdNr. Lieferant", "USt-IdNr.
Frachtführer", "Supplier VAT Reg No", "BTW-nr aanvoerder", "N° TVA du prestataire"): the
seller's, whoever printed the page. A self-billed invoice (selfbilling.py) prints the
supplier's ID so in the buyer's header, where the layout reads the addressee's data."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.vatread import read_vat_id

# The supplier's role in the languages self-billing documents are printed in: de
# "Lieferant", "Frachtführer", "Leistungserbringer", "Leistender"; en "Supplier", "Producer";
# fr "Fournisseur", "Prestataire"; nl "Leverancier", "Aanvoerder".
_ROLE = (
    r"(?:lieferant(?:en)?|frachtf(?:ü|ue|u)hrers?|leistungserbringers?|leistenden?"
    r"|supplier(?:'s)?|producer(?:'s)?|fournisseur|prestataire|leverancier|aanvoerder)"
)
_VAT = (
    r"(?:ust[\s\-]*id(?:ent)?[\s\-]*(?:nr|nummer)?\.?|umsatzsteuer[\s\-]*id\w*\.?"
    r"|vat(?:\s+reg(?:istration)?\.?)?(?:\s+(?:no|nr|number|id)\b)?\.?"
    r"|btw[\s\-]*(?:nr|nummer|id)?\b\.?|n°\s*(?:de\s+)?tva(?:\s+intracom\w*\.?)?"
    r"|tva(?:\s+intracom\w*\.?)?)"
)
_SUPPLIER_VAT = re.compile(
    rf"(?<!\w)(?:{_ROLE}\s*-?\s*{_VAT}|{_VAT}\s*(?:(?:des|der|du|de la|of the|van de)\s+)?"
    rf"{_ROLE})(?!\w)\s*:?",
    re.IGNORECASE,
)


def supplier_vat_id(lines: list[Line]) -> Value | None:
    """The VAT ID after a caption naming the supplier: the rest of its cell, else the next."""
    for line in lines:
        for index, cell in enumerate(line.cells):
            match = _SUPPLIER_VAT.search(cell.text)
            if match is None:
                continue
            found = read_vat_id(_words_from(cell, match.end()), match.group(0))
            if found is None and index + 1 < len(line.cells):
                found = read_vat_id(line.cells[index + 1].words, match.group(0))
            if found is not None:
                return found
    return None


def _words_from(cell: Cell, end: int) -> list[Word]:
    offset = 0
    out: list[Word] = []
    for word in cell.words:
        if offset >= end:
            out.append(word)
        offset += len(word.text) + 1
    return out
