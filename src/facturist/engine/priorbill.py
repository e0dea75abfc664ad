"""An earlier bill named in a statement's account summary.

Utility and telecom bills open with the account's situation: "Solde de votre précédente
facture du 04/01/2024 | 91,35 €", "Importo non pagato fattura V2/2024/0301955 del 06/03/2024 |
€ 24,10", "Balance of previous invoice 2024-118 dated 02/01/2024", "Offener Betrag aus
Rechnung 4711 vom 03.02.2024". The invoice caption there names the earlier (or unpaid) bill:
its number and its date are that bill's, never this one's.
"""

from __future__ import annotations

import re

# The word for an invoice opening the caption ("facture du", "fattura n.", "Rechnung vom").
_INVOICE_WORD = re.compile(
    r"^\W*(?:rechnung|invoice|factuur|factur[ae]|fattura|fatura|faktura)\b", re.IGNORECASE
)
# An earlier bill's adjective just before the invoice word ("votre précédente facture",
# "previous invoice", "letzten Rechnung", "fattura precedente" reads after it, below).
_PRIOR_BEFORE = re.compile(
    r"\b(?:pr[ée]c[ée]dente|derni[èe]re|previous|prior|preceding|last|vorherige[nr]?"
    r"|letzte[nr]?|vorige|precedente|ultima|anterior|laatste|vorangegangene[nr]?)\s*$",
    re.IGNORECASE,
)
# ... or after it: "facture précédente", "fattura precedente", "factura anterior".
_PRIOR_AFTER = re.compile(
    r"^\W*\w+\s+(?:pr[ée]c[ée]dente|ant[ée]rieure|impay[ée]e|precedente|anterior|pendiente"
    r"|impagada|non pagata|insoluta)\b",
    re.IGNORECASE,
)
# An unpaid sum a few words before the invoice word: "Importo non pagato fattura",
# "Offener Betrag aus Rechnung", "Unpaid balance of invoice", "Montant impayé de la facture".
_UNPAID_BEFORE = re.compile(
    r"\b(?:non pagat[oa]|insolut[oa]|impay[ée]e?s?|unpaid|overdue|offene[rn]?"
    r"|r[üu]ckst[äa]ndige?[rn]?|impagad[oa]|onbetaalde?|openstaande?|achterstallige?)(?:\s+[^\s\d]+){0,3}\s*$",
    re.IGNORECASE,
)


def names_prior_bill(before: str, caption_on: str) -> bool:
    """Whether an invoice caption (`caption_on`: the text from the caption on; `before`: its
    cell's words before it) names an earlier or unpaid bill rather than this one."""
    if not _INVOICE_WORD.match(caption_on):
        return False
    return bool(
        _PRIOR_BEFORE.search(before)
        or _UNPAID_BEFORE.search(before)
        or _PRIOR_AFTER.match(caption_on)
    )
