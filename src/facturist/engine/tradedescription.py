"""A letterhead line describing the firm's trade by what it is: "Distributeur de matériel
électrique - Agences Lyon 7e, Vénissieux, Villefranche", "Wholesale distributor of fasteners",
"Großhandel für Sanitärbedarf".

Wholesalers and manufacturers print what they are under their name, often with their
branches' towns, and the line sits right over the street. It opens with the trade's own noun
(a distributor, a wholesaler, a manufacturer, an importer), which no street or building line
does, and its digits are an arrondissement's or a district's ("Lyon 7e"), no house number:
the line is no part of the address.
"""

from __future__ import annotations

import re

# The trade's noun opening the line, perhaps after "Votre" / "Your" / "Ihr": fr, en, de, it,
# es, pt, nl.
_TRADE_NOUN = re.compile(
    r"^(?:(?:votre|your|ihr|il vostro|su|o seu|uw)\s+)?"
    r"(?:distributeur|grossiste|n[ée]gociant|fabricant|importateur|n[ée]goce"
    r"|(?:wholesale\s+)?distributors?|wholesalers?|manufacturers?|importers?|stockists?"
    r"|gro(?:ß|ss)h[äa]ndler|gro(?:ß|ss)handel|fachgro(?:ß|ss)handel|fachh[äa]ndler|hersteller"
    r"|distributore|grossista|produttore|importatore|distribuidor|mayorista|fabricante"
    r"|importador|groothandel|groothandelaar|fabrikant)\b",
    re.IGNORECASE,
)
# A house number: a figure standing alone, not an ordinal ("7e", "2ème", "3rd", "XVe").
_HOUSE_NUMBER = re.compile(r"(?<![\w])\d{1,5}(?:[a-d]|bis|ter)?(?![\w])", re.IGNORECASE)


def trade_description(text: str) -> bool:
    """Whether the line says what trade the firm is in, opening with the trade's noun, with
    no house number in it."""
    text = text.strip()
    return _TRADE_NOUN.match(text) is not None and _HOUSE_NUMBER.search(text) is None
