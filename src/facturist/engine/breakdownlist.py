"""A breakdown of one sum into its taxes and surcharges is no list of items.

Insurers' premium receipts and similar one-charge bills print the way from the net to the
gross as a list that adds up like an item list::

    Prima neta                                          412,30 €
    Recargo Consorcio de Compensación de Seguros          6,18 €
    Impuesto sobre Primas de Seguros (IPS 8 %)           32,98 €
    Recargo CLEA (0,15 %)                                 0,62 €

The first line names itself the net of the one thing billed ("Prima neta", "Nettoprämie",
"Net premium") and every line after it a tax or a surcharge on it: the lines itemise the
total, not what was bought. Nor are such taxes and surcharges alone, under their own sum
("Total impuestos y recargos"). (A folio's "Room | City tax" stays a list: its first line is
an item, not a net.)
"""

from __future__ import annotations

import re

# A net named as such: the first line of a breakdown ("Prima neta", "Nettobeitrag").
# An airline's "Base fare" before its taxes, fees and charges, too.
_NET = re.compile(
    r"\b(?:net[oa]?|netto|nette|netta|ht|base fares?)\b|\bnetto(?:beitrag|pr[äa]mie)", re.I
)
# A tax, a levy or a surcharge on the net ("Recargo CLEA", "IPS 8 %", "Versicherungsteuer",
# "Insurance premium tax").
_LEVY = re.compile(
    r"\b(?:impuesto|imposto|imposta|recargo|sobretaxa|taxe?s?|\w*steuer|abgabe|\w*zuschlag"
    r"|surcharge|levy|iva|vat|tva|mwst|ust|ips|ipt|contributo)\b",
    re.IGNORECASE,
)


def is_breakdown(names: list[str]) -> bool:
    """Names of a list's lines, in order: a net followed only by taxes and surcharges, or
    taxes and surcharges alone (the same breakdown's part under "Total impuestos y
    recargos")."""
    if len(names) < 2 or not all(_LEVY.search(name) for name in names[1:]):
        return False
    return _LEVY.search(names[0]) is not None or _NET.search(names[0]) is not None
