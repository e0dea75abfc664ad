"""A corrective invoice's title, and when such a document is a credit note.

France's "Facture rectificative", Italy's "Fattura rettificativa", Germany's
"Rechnungskorrektur", the English "Corrective invoice", Poland's "Faktura korygująca": a new
document that corrects an invoice already issued. Its title stands where an invoice's does,
its number under or beside it, so it is a document title (ownnumber.py reads that number).

Whether it is a credit note depends on what it does, not on its title: one that lowers the
amount billed prints its net, tax and total negative, and refunds the difference; one that
bills more is an invoice. Titles that already make a credit note on their own
(labels.CREDIT_NOTE: "Factura rectificativa", "Faktura korygująca") are left as they are.
Germany's "Rechnungskorrektur" stays an invoice whatever its sign: German e-invoicing
(ZUGFeRD, XRechnung) types it a corrected invoice (UNTDID 1001 code 384), not a credit note
(381), which German sellers title "Gutschrift" or "Stornorechnung" instead.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value

# The title alone in its cell, perhaps with its number sign: fr "Facture rectificative",
# "Facture corrective", es "Factura rectificativa", it "Fattura rettificativa", "Fattura di
# rettifica", pt "Fatura retificativa", de "Rechnungskorrektur", "Korrekturrechnung", en
# "Corrective invoice", "Correction invoice", nl "Correctiefactuur", pl "Faktura korygująca",
# cs/sk "Opravná faktura", "Opravný daňový doklad" (a corrective tax document).
CORRECTIVE_TITLE = re.compile(
    r"^(?:facture (?:rectificative|corrective)|fac?tura rectificativa|fattura rettificativa"
    r"|fattura di rettifica|fatura retificativa|rechnungs[\s\-]?korrektur|korrekturrechnung"
    r"|correct(?:ive|ion) invoice|correctiefactuur|faktura koryguj[aą]ca|opravn[áa] fakt[úu]ra"
    r"|opravn[ýy] da[ňn]ov[ýy] doklad)"
    r"(?:\s*(?:n[°º]|no|nr)\.?)?\s*:?$",
    re.IGNORECASE,
)
# The German corrected invoice's titles (see the module's docstring).
_CORRECTED_INVOICE = re.compile(r"^(?:rechnungs[\s\-]?korrektur|korrekturrechnung)", re.IGNORECASE)
# Lines searched for the title: the header's.
_TOP = 25


def corrective_credit(lines: list[Line], total: Value | None) -> bool:
    """Whether the document is a corrective invoice whose total is negative: a credit note."""
    amount = total.value if total is not None else None
    if isinstance(amount, bool) or not isinstance(amount, int | float) or amount >= 0:
        return False
    titles = (cell.text.strip() for line in lines[:_TOP] for cell in line.cells)
    return any(
        CORRECTIVE_TITLE.match(title) and not _CORRECTED_INVOICE.match(title) for title in titles
    )
