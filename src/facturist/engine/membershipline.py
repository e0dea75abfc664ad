"""A professional's letterhead line naming their profession and their membership of its
professional body, under the name and over the street:

    Jordi Puigdomènech i Serra
    Arquitecte tècnic · Col·legiat núm. 11.482 CAATEEB
    Passeig de Sant Joan, 96, 4t 1a
    08009 Barcelona

Architects, lawyers, doctors, engineers and accountants in Spain, Portugal, Italy and France
print their college membership number so (es "Colegiado nº 2.345", ca "Col·legiat núm.", gl
"Colexiada n.º", pt "Cédula profissional n.º 12345", "inscrito na Ordem dos ...", it
"Iscritto all'Albo ... n. 1234", fr "Inscrit au Tableau de l'Ordre"). Its only digits are the
membership number's: no house number, and the line is no part of the address.
"""

from __future__ import annotations

import re

# The membership caption and the number after it, perhaps with the college's initials.
_MEMBERSHIP = re.compile(
    r"\b(?:n\.?\s?[º°o]\.?\s*(?:de\s+)?)?"
    r"(?:col[·.•‧]?legiad[ao]|col[·.•‧]?legiat|colegiad[oa]|colexiad[oa]"
    r"|c[ée]dula profissional|inscrit[oa]s? (?:n[ao] |no )?ordem|iscritt[oa] (?:all['’]\s?)?albo"
    r"|inscrite? au tableau)"
    r"[^\d]{0,40}?\d[\d.\-/]*",
    re.IGNORECASE,
)


def membership_line(text: str) -> bool:
    """Whether a line names a professional's college membership, its number the line's only
    digits ("Arquitecte tècnic · Col·legiat núm. 11.482 CAATEEB")."""
    if not any(ch.isdigit() for ch in text):
        return False
    found = _MEMBERSHIP.search(text)
    if found is None:
        return False
    rest = text[: found.start()] + text[found.end() :]
    return not any(ch.isdigit() for ch in rest)


__all__ = ["membership_line"]
