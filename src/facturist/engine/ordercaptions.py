"""Captions naming an order or the customer ("Commande n°", "Kunde Nr. 4711", "Numer
zamówienia:"): the number beside them is a shop's or a portal's, printed beside the invoice's
own, and the title's number outranks it (fields.py).
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# Words naming an order, whose number a shop or portal prints beside the invoice's.
_ORDER_WORD = re.compile(
    r"\b(?:order|commande|bestell\w*|auftrag\w*|pedido|ordine|bestelling|encomenda"
    r"|zam[óo]wieni\w*|objedn[áa]v\w*|rendel[ée]s\w*|best[äa]llning\w*|bestilling\w*"
    r"|tilaus\w*)\b",
    re.IGNORECASE,
)


# Words naming the customer, whose account number a bill prints beside the invoice's
# ("Client n° 00318", "Kunde Nr. 4711", "Customer No."): the title's number outranks it.
_CUSTOMER_WORD = re.compile(
    r"\b(?:customer|client|cliente|kunde|kunden|klant|klient|kund|asiakas|z[áa]kazn[íi]k"
    r"|odb[ěe]ratel|odberate[ľl]|nabywca|[üu]gyf[ée]l)\b",
    re.IGNORECASE,
)


def names_an_order(line: Line, label: list[Word]) -> bool:
    """The caption, read in its cell up to its last word, names an order ("Commande n°") or
    the customer ("Client n°"), or the words after it up to the value do ("Numer
    zamówienia:", "Número de pedido")."""
    cell = next((c for c in line.cells if label and label[-1] in c.words), None)
    if cell is None:
        return False
    end = cell.words.index(label[-1]) + 1
    caption = cell.words[:end]
    for word in cell.words[end : end + 3]:
        if any(ch.isdigit() for ch in word.text):
            break  # the value
        caption.append(word)
        if word.text.endswith(":"):
            break
    named = " ".join(w.text for w in caption)
    return _ORDER_WORD.search(named) is not None or _CUSTOMER_WORD.search(named) is not None
