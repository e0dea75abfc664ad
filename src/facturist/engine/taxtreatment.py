"""A tax treatment said of an item after a comma, never a tax's caption: "Taxa de justiça e
certidões – despesas pagas em nome e por conta do cliente, não sujeitas a IVA", "Court fee,
not subject to VAT", "Gerichtskosten, nicht steuerbar", "Frais de greffe, exonérés de TVA".

Fee notes of lawyers and notaries bill disbursements (outlays paid in the client's name) after
the taxed fees, each saying why it bears no tax; the VAT word at the end of such a name reads
as a tax caption's (itemlist.py) unless the clause is taken out first."""

from __future__ import annotations

import re

_NEGATION = (
    r"(?:não|nao|not|no|non|nicht|ohne|hors|exempt|exempted|exento|exenta|exentos|exentas"
    r"|isento|isenta|isentos|isentas|esente|esenti|exon[ée]r[ée]e?s?|steuerfrei|befreit"
    r"|outside)"
)
_TAX = r"(?:iva|vat|tva|mwst|ust|umsatzsteuer|btw|igic|moms|mva|alv)"
# The clause after the name's last comma: a negation or exemption and the tax's name, in at
# most a few words ("não sujeitas a IVA", "not subject to VAT", "nicht steuerbar").
_CLAUSE = re.compile(
    rf",\s*(?=[^,]{{0,50}}$)(?=[^,]*\b{_NEGATION}\b)(?:[^,]*\b{_TAX}\b|[^,]*\bsteuerbar\b)"
    r"[^,\w]*$",
    re.IGNORECASE,
)


def without_tax_treatment(text: str) -> str:
    """The text less a closing clause saying the item bears no tax."""
    return _CLAUSE.sub("", text)
