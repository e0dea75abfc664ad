"""Which CFA franc a "FCFA", "F CFA" or "francs CFA" is: West Africa's or Central Africa's.

Two currencies share the name and the signs. The West African franc (XOF, issued by the
BCEAO) is Senegal's, Côte d'Ivoire's, Mali's, Burkina Faso's, Niger's, Togo's, Benin's and
Guinea-Bissau's; the Central African franc (XAF, the BEAC's) is Cameroon's, Gabon's, the
Republic of the Congo's, Chad's, the Central African Republic's and Equatorial Guinea's. The
page's country, a capital or an IBAN of the zone names the Central one; the West one is the
rest (the more often billed of the two).
"""

from __future__ import annotations

import re

# The signs the francs are printed with beside their figures ("9 982 000 FCFA", "TOTAL TTC
# (F CFA)", "5 000 000 F.CFA"), each then read as West Africa's unless the page says Central.
CFA_SIGNS = ("F CFA", "F.CFA", "FCFA", "CFA")

# Central Africa: its countries (French and English), capitals and main ports, the zone's
# names, and its IBANs ("CM21 10005 ...", "GA21 ...").
_CENTRAL = re.compile(
    r"\b(?:Cameroun|Cameroon|Gabon|Tchad|Chad|Centrafrique|Centrafricaine|Central African"
    r"|Guin[ée]e [ée]quatoriale|Equatorial Guinea|Congo[- ]Brazzaville|Brazzaville"
    r"|Pointe[- ]Noire|Yaound[ée]|Douala|Libreville|Port[- ]Gentil|N'?Djam[ée]na|Bangui|Malabo"
    r"|CEMAC|BEAC|XAF)\b"
    r"|\b(?:CM|GA|CG|TD|CF|GQ)\d{2}[ \u00a0]?\d{4,5}\b"
)


def cfa_franc(context: str) -> str:
    """The code of the CFA franc a page with that text bills in."""
    return "XAF" if _CENTRAL.search(context) else "XOF"
