"""A tax's name in a cell of its own right after a caption saying its figures are net.

Monospaced and tightly set headers split a caption's qualifiers into cells of their own
("PREZZO | UNIT.", "Betrag | netto"), which join the caption before them. A cell naming only
the tax ("TVA", "VAT", "MwSt") after a caption already saying its figures are without the tax
("Montant HT € | TVA", "Netto | MwSt") qualifies nothing: it heads the tax's own column (a
rate, or a tax code such as "1" for 20 %), whose figures are no part of the net's.
"""

from __future__ import annotations

import re

from facturist.engine.model import Word

_TAX_NAME = re.compile(
    r"^(?:tva|vat|iva|btw|mwst|ust|gst|moms|mva|alv|dph|ddv|pdv|pvn|pvm|áfa|afa)$", re.IGNORECASE
)
# Words saying a figure is without the tax: "HT" (hors taxes), "net", "excl.", "ohne".
_UNTAXED = re.compile(
    r"^(?:ht|hors|net|netto|nett|neto|excl|exkl|ex|ohne|sans|sin|senza|sem|zonder|bez|fara|fără)$",
    re.IGNORECASE,
)


def untaxed_then_tax(caption: list[Word], cell: list[Word]) -> bool:
    """Whether `cell` names only the tax and `caption` before it says it is without it."""
    return all(_TAX_NAME.match(w.text.strip(".:()")) for w in cell) and any(
        _UNTAXED.match(w.text.strip(".:()")) for w in caption
    )
