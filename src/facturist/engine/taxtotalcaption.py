"""A totals block's tax line captioned with a generic total word: sv "Moms totalt", da "Moms
i alt", no "Mva totalt", de "MwSt. gesamt", en "VAT total", "Total VAT". The word sums the tax
of every rate; the figure is the tax, never the invoice's gross total."""

from __future__ import annotations

import re

# The tax's word: VAT in the languages the engine reads.
_TAX = (
    r"(?:moms|mva|vat|mwst|ust|umsatzsteuer|mehrwertsteuer|iva|tva|btw|alv|gst|hst|dph|pdv"
    r"|ddv|pvm|pvn|k[äa]ibemaks|[áa]fa|sales tax|tax(?:es)?)\.?"
)
# The generic total's word.
_TOTAL = (
    r"(?:totalt?|totale?s?|totaal|gesamt|summa|summe|sum|i alt|yhteens[äa]|celkem|razem"
    r"|ukupno|skupaj|kokku|[öo]sszesen)"
)
# The caption alone, perhaps closed by a colon, a currency's code and its figure.
_TAX_TOTAL = re.compile(
    rf"^\s*(?:{_TAX}\s+{_TOTAL}|{_TOTAL}\s+{_TAX})\s*:?"
    r"(?:\s*(?:[A-Z]{3}|[€$£]))?(?:\s*-?\d[\d\s.,']*)?\s*$",
    re.IGNORECASE,
)


def names_tax_total(cell: str) -> bool:
    """Whether a caption's cell names the tax summed over its rates ("Moms totalt 988,97")."""
    return _TAX_TOTAL.match(cell) is not None
