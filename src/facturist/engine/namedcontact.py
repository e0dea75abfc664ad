"""A contact's line inside a company's address block: a person's name with the role after a
comma ("Antoine Le Gall, gérant", "Marie Dubois – directrice financière", "Jana Novak,
Geschäftsführerin"), or a care-of line naming through whom the mail goes ("c/o M. Bertrand
Mercier", "chez Mme Roux", "p.a. Beheer BV").

A small firm is billed for the attention of its manager, named with the role after the
name, between the company's name and the street; a property company or an association
takes its mail in care of its manager or a managing agent. Neither line is part of the
postal address (readerlines.py strips them with the attention and department lines).
"""

from __future__ import annotations

import re

# The role after the name: French, English, German, Dutch, Italian, Spanish titles of a
# firm's officers and staff, perhaps with a word or two after it ("directrice financière",
# "responsable des achats", "Head of Finance").
_ROLE = (
    r"(?:co-?)?(?:g[ée]rante?|directeur|directrice|dirigeante?|pr[ée]sidente?|pdg|dg|daf"
    r"|comptable|responsable|assistante?|secr[ée]taire|tr[ée]sori(?:er|[èe]re)|associ[ée]e?"
    r"|fondat(?:eur|rice)|cheffe?|chef|manager|owner|director|ceo|cfo|coo|head|partner"
    r"|accountant|buyer|acheteuse|acheteur|gesch[äa]ftsf[üu]hrer(?:in)?|inhaber(?:in)?"
    r"|prokurist(?:in)?|leiter(?:in)?|einkäufer(?:in)?|eigenaar|directeur-eigenaar"
    r"|amministratore|titolare|gerente|administrador(?:a)?)"
)
# A person's name: two to four capitalised words, perhaps with particles or an initial,
# perhaps after a salutation ("M. Paul Blanc", "Dr. Jana Novak").
_NAME_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ'’\-]+|\.))"
_PARTICLE = r"(?:le|la|de|du|des|da|di|del|van|von|der|den|ter|zu)"
_SALUTATION = r"(?:(?:m\.|mme\.?|mlle\.?|monsieur|madame|mr\.?|mrs\.?|ms\.?|herr|frau|dr\.)\s+)?"
_PERSON_ROLE = re.compile(
    rf"^{_SALUTATION}{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}}"
    rf"\s*(?:,|\s[–\-]|\()\s*{_ROLE}(?:\s+[^\W\d_][\w'’\-]*){{0,3}}\)?$",
    re.IGNORECASE,
)
# A care-of line: "c/o", "c.o.", "chez", "p.a.", "per adres", "z. Hd." before a name; Dutch
# and Flemish write "per adres" "p/a" too ("p/a secretariaat").
_CARE_OF = re.compile(
    r"^(?:c/o|c\.\s?o\.|chez|p\.\s?a\.|p/a|per\s+adres|z\.\s?hd\.?|presso)\s+[^\W\d_]",
    re.IGNORECASE,
)


def named_contact(text: str) -> bool:
    """Whether a block's line names a contact with a role, or whom the mail goes through,
    and holds no digit (never a street)."""
    text = text.strip()
    if any(ch.isdigit() for ch in text):
        return False
    return _PERSON_ROLE.match(text) is not None or _CARE_OF.match(text) is not None
