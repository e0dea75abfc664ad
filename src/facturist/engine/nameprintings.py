"""How a letterhead's name is printed again elsewhere on the page: alone with its legal form
(a footer's block), or shorter / longer by its last words; and the post-office box that may
stand where a street would."""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.partyblocks import owner_after_name

# A post-office box where a street stands ("Postfach 30 02 11", "PO Box 1234", "B.P. 45").
PO_BOX = re.compile(
    r"^(?:postfach|p\.?\s?o\.?\s?box|postbus|apartado(?: de correos)?|casella postale"
    r"|bo[iî]te postale|b\.\s?p\.)\s*\d",
    re.IGNORECASE,
)


def bare_name(text: str, folded: str) -> bool:
    """The name alone on its line, perhaps with its legal form after it: a footer's block
    ("Nidelva Kraft AS" over its street) for the header's brand "Nidelva Kraft"."""
    rest = text.strip(" ,")[len(folded.strip(" ,")) :].strip(" ,")  # "AS", not "as"
    if not rest or owner_after_name(rest):
        return True
    return len(rest.split()) <= 2 and bool(
        LEGAL_FORM.fullmatch(rest) or _NORDIC_FORM.fullmatch(rest)
    )


# Nordic legal forms LEGAL_FORM leaves out, in capitals as printed (an English "as" is no
# form): no "AS"/"ASA", dk "IVS", "I/S", "K/S", "P/S", se "HB", "KB", fi "Oyj", "Ky", is "ehf.".
_NORDIC_FORM = re.compile(r"AS|ASA|IVS|[IKP]/S|HB|KB|Oyj|Ky|e?hf\.?")


def same_start(text: str, name: str) -> bool:
    """A letterhead's printing of a name known from elsewhere, shorter or longer by its
    last words ("Officina Grafica Brianza" for "... Brianza S.r.l.", "Maison Garance
    Traiteur" for "Maison Garance"): two words or more the same, the rest of one no more."""
    printed, known = text.casefold().split(), name.casefold().split()
    if len(known) >= 3 and LEGAL_FORM.fullmatch(name.split()[0]) and printed == known[1:]:
        # "PLOMBERIE GIRARD & FILS" for the footer's "SARL Plomberie Girard & Fils": the
        # legal form France and Poland print before the name.
        return not any(ch.isdigit() for ch in text)
    shared = min(len(printed), len(known))
    if shared < 2 or printed[:shared] != known[:shared] or len(printed) == len(known):
        return False
    return not any(ch.isdigit() for ch in text) and abs(len(printed) - len(known)) <= 2
