"""Taxes paid on the customer's behalf, billed as disbursement rows of the item table.

Customs brokers and forwarders pay the import VAT, the duties and stamp duties for their
customer and bill them back among the items, under a heading such as "Débours",
"Anticipazioni" or "Verauslagte Beträge"::

    Droits de douane (3,0 %)                              444,60   —
    TVA à l'importation acquittée pour votre compte     3 052,92   —
    IVA all'importazione                               10.612,80   Esc.
    Imposta di bollo                                        2,00   Esc.

Such a row starts with a tax's name ("TVA", "IVA", "Umsatzsteuer"), which elsewhere ends
the items as the document's tax line; naming the import, a payment on the customer's behalf
or a stamp duty, it is a disbursement (an item), never the invoice's own tax.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# Import VAT: fr "TVA à l'importation" / "TVA import", it "IVA all'importazione", es "IVA
# de importación", de "Einfuhrumsatzsteuer" / "EUSt", "Umsatzsteuer (Einfuhr)", nl "btw bij
# invoer" / "invoer-btw", en "import VAT"; a payment on the customer's behalf: fr
# "acquittée pour votre compte" / "pour le compte", "avancée", en "paid on your behalf",
# de "verauslagt", it "anticipata per vostro conto", "per conto", es "por cuenta", nl
# "voorgeschoten"; a stamp duty: it "imposta di bollo", fr "droit de timbre", de
# "Stempelgebühr", en "stamp duty", es "impuesto de timbre".
_DISBURSED = re.compile(
    r"\b(?:[àa]\s+l['’\s]?importation|(?:tva|iva|vat|btw)\W+(?:import|einfuhr)"
    r"|all['’\s]?importazione|de\s+importaci[óo]n|einfuhr\w*|eust|import(?:-|\s+)(?:vat|tax|btw)"
    r"|(?:bij|der)\s+(?:invoer|einfuhr)|invoer-?btw"
    r"|pour\s+(?:votre|le)\s+compte|on\s+(?:your\s+|the\s+customer['’]s\s+)?behalf"
    r"|verauslagt\w*|vorgestreckt\w*|anticipat[aoie]\s+per|per\s+(?:vostro\s+)?conto"
    r"|por\s+cuenta|voorgeschoten|namens\s+u"
    r"|imposta\s+di\s+bollo|droits?\s+de\s+timbre|stempelgeb[üu]hr\w*|stamp\s+dut(?:y|ies)"
    r"|impuesto\s+(?:de|del)\s+timbre)",
    re.IGNORECASE,
)


# A sum of the disbursements ("Total débours pour votre compte", "Totale anticipazioni per
# conto del cliente") still ends the items.
_SUM = re.compile(
    r"^(?:sub-?\s?total\w*|total\w*|summe|zwischensumme|gesamt\w*|sous-total|somme|suma"
    r"|razem|balance|amount due|montant|importo totale|imponibile|base)\b",
    re.IGNORECASE,
)


def disbursed_tax(line: Line) -> bool:
    """Whether an item table's row names a tax paid on the customer's behalf (import VAT,
    a duty advanced, a stamp duty) and carries its amount: a disbursement item."""
    text = line.text
    return (
        any(ch.isdigit() for ch in text) and not _SUM.match(text) and bool(_DISBURSED.search(text))
    )
