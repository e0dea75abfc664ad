"""A name's caption printed alone in its cell ("Company | Northgate Capital Partners LLP", a
hotel folio's grey caption column): the word that asks for a party's name is never one,
though "Company" reads as a legal form and may sit on top of the page like a letterhead. (A
German letter's "Firma" over the addressee's name is its salutation, which the window's
block reads as such: the caption is only kept from counting as a legal-form name.)"""

from __future__ import annotations

import re

# en "Company", "Company name", "Company VAT", "Company reg. no."; de "Firma", "Firmenname";
# fr "Société", "Raison sociale", "Nom"; es/it/pt "Empresa", "Ditta", "Azienda"; nl "Bedrijf",
# "Naam"; "Name"; each with its colon or none.
_CAPTION_WORD = re.compile(
    r"(?:company|firma|firmenname|soci[ée]t[ée]|raison\s+sociale|empresa|ditta|azienda|bedrijf"
    r"|name|nom|naam|nombre|nome)"
    r"(?:\s+(?:name|vat(?:\s+(?:no\.?|number|id))?|no\.?|number|reg(?:istration)?\.?"
    r"(?:\s+no\.?)?|id))?\s*:?",
    re.IGNORECASE,
)


def name_caption_word(text: str) -> bool:
    """Whether a cell holds nothing but a caption asking for a party's name ("Company",
    "Firma", "Société", "Company VAT")."""
    return _CAPTION_WORD.fullmatch(text.strip()) is not None
