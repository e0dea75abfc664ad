"""A sole trader's status line under the owner's name: no part of the address.

Hungary's sole traders print their status under their name ("Kovács Zoltán" over "egyéni
vállalkozó", shortened "e.v."), Czech ones "fyzická osoba podnikající", German ones
"Einzelunternehmer", French ones "entrepreneur individuel": a legal form's line, like
"Sp. z o.o." on one, never a street, while the address under it starts below.
"""

from __future__ import annotations

import re

_STATUS = re.compile(
    r"^(?:egy[ée]ni\s+v[áa]llalkoz[óo]|e\.\s?v\.|fyzick[áa]\s+osoba(?:\s+podnikaj[íi]c[íi])?"
    r"|einzelunternehmer(?:in)?|entrepreneur\s+individuel|sole\s+(?:trader|proprietor))$",
    re.IGNORECASE,
)


def status_line(text: str) -> bool:
    """Whether the line is only a sole trader's status ("egyéni vállalkozó")."""
    return _STATUS.fullmatch(text.strip()) is not None
