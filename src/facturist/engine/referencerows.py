"""Reference rows of an invoice's details ("Er referens | Lina Ek", "Your reference | ..."):
their value is a contact person of either side, never a party's name, even where a surname
reads like a legal form ("Ek", "AS") and the row stands beside the buyer's block."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell

# "Er referens", "Ert ref.", "Vår referens" (sv), "Deres ref.", "Vores ref.", "Vår ref." (da,
# no), "Viitteenne", "Viitteemme" (fi), "Ihr Zeichen", "Unser Zeichen", "Ihre Referenz",
# "Ansprechpartner", "Ihre Bestellung" (de), "Your reference", "Your order", "Our ref.",
# "Contact person" (en), "Uw referentie", "Onze ref." (nl), "Votre référence", "V/Réf." (fr),
# "Teie viide" (et).
REFERENCE_CAPTION = re.compile(
    r"^(?:(?:er|ert|vår|v[åa]rt|deres|vores|your|our|uw|onze|ihre?|unsere?|votre|notre|teie"
    r"|meie)\s+(?:referens|referanse|reference|referentie|referenz|r[ée]f[ée]rence|ref\.?"
    r"|zeichen|viide|kontakt(?:person)?|contact"
    # The reader's order ("Ihre Bestellung | BV Kita Lehe / Grün", "Your order | ..."):
    # the order's reference, never a party's name, though "BV" (a building project,
    # "Bauvorhaben") reads like the Dutch legal form.
    r"|bestellung|bestellnummer|bestell-nr\.?|auftrag|order|commande|bestelling|ordine)"
    r"|[vn]\s?/\s?r[ée]f\.?|viitteenne|viitteemme|yhteyshenkil[öo]|kontaktperson"
    r"|(?:ihr |unser )?ansprechpartner(?:in)?|contact person|referensperson)\s*:?$",
    re.IGNORECASE,
)


def reference_value(cells: list[Cell], position: int) -> bool:
    """Whether the cell is the value beside a reference row's caption (no colon needed)."""
    if position == 0:
        return False
    return REFERENCE_CAPTION.match(cells[position - 1].text.strip()) is not None
