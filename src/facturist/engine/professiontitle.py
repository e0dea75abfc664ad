"""A liberal profession's title on a line of its own in a letterhead: the practitioner's
regulated title, perhaps with the bar or chamber it belongs to ("Avocat au Barreau de
Bordeaux", "Expert-comptable diplômé", "Rechtsanwältin · Fachanwältin für Arbeitsrecht",
"Solicitor", "Chartered Accountants"). It names who practises, no part of the address.
"""

from __future__ import annotations

import re

_TITLE = re.compile(
    r"^(?:avocat(?:e|s|es)?|notaires?|huissiers? de justice|commissaires? de justice"
    r"|experts?[\s\-]comptables?|commissaires? aux comptes|architectes?"
    r"|g[ée]om[èe]tres?[\s\-]experts?"
    r"|mandataires? judiciaires?|administrateurs? judiciaires?"
    r"|rechtsanw[äa]lt(?:in|innen|e)?|fachanw[äa]lt(?:in|innen|e)?|patentanw[äa]lt(?:in|innen|e)?"
    r"|steuerberater(?:in|innen)?|wirtschaftspr[üu]fer(?:in|innen)?|notar(?:in|innen|e)?"
    r"|solicitors?|barristers?(?:[\s\-]at[\s\-]law)?|attorneys?[\s\-]at[\s\-]law"
    r"|(?:chartered|certified)(?: certified| public)? accountants?"
    r"|advocaten?|advocate|notaris(?:sen)?|belastingadviseurs?"
    r"|avvocat[oaie]|dottore commercialista|commercialista|abogad[oa]s?"
    r"|asesor(?:es)? fiscal(?:es)?)"
    r"(?=\W|$)[^\d@]*$",
    re.IGNORECASE,
)


def profession_title(text: str) -> bool:
    """Whether a line is a practitioner's professional title (no digit, no mail address)."""
    return _TITLE.match(text.strip()) is not None
