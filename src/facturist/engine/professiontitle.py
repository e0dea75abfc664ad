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
    r"|asesor(?:es)? fiscal(?:es)?"
    # Health professions in private practice ("Physiotherapeutin · Manuelle Therapie ·
    # Lymphdrainage", "Masseur-kinésithérapeute D.E.", "Chartered Physiotherapist").
    r"|(?:physio|ergo|psycho)therapeut(?:in|innen|en)?|logop[äa]d(?:e|in|innen|en)"
    r"|heilpraktiker(?:in|innen)?|osteopath(?:in|innen|en|s)?|podolog(?:e|in|innen|en)"
    r"|hebamme|(?:zahn|tier|fach)?[äa]rzt(?:in|innen)?"
    r"|(?:chartered )?physiotherapists?|chiropractors?"
    r"|(?:masseur[\s\-])?kin[ée]sith[ée]rapeutes?|ost[ée]opathes?|orthophonistes?"
    r"|fysiotherapeut(?:en)?|fisioterapist[ai]|fisioterapeutas?)"
    r"(?=\W|$)[^\d@]*$",
    re.IGNORECASE,
)


# A profession or its field, then the practitioner's number in the professional body's
# register ("arquitetura · OA n.º 18 224", "Arquitecto · Colegiado n.º 4417", "Ingegnere
# - Ordine di Torino n. 8812", "Engenheiro civil | OE n.º 30 117"): the title line of a
# letterhead, no part of the address.
_REGISTERED = re.compile(
    r"^(?:arquitec?t(?:ur[ao]|[oa]s?)|architett(?:ura|[oaie])"
    r"|engenh(?:aria|eir[oa]s?)(?:\s+civil)?|ingenier(?:[ií]a|[oa]s?)|ingegner(?:ia|[ei])"
    r"|advogad[oa]s?|solicitador[a]?|abogad[oa]s?|avvocat[oaie]|contabilista(?:\s+certificad[oa])?"
    r"|economista|psic[oó]log[oa]|psicolog[oa]|m[ée]dic[oa]|dentista|veterin[aá]ri[oa]"
    r"|fisioterapeuta|nutricionista|enfermeir[oa]|geometra|geom[ée]tra|perito)"
    r"\s*[·•|,–\-]?\s*"
    r"(?:[A-Z]{2,5}\s+|ordem\b[^\d]{0,40}|ordine\b[^\d]{0,40}|colegi(?:o|ad[oa])\b[^\d]{0,40}"
    r"|c[ée]dula\s+profissional\s+|albo\b[^\d]{0,40}|iscritt[oa]\b[^\d]{0,40})"
    r"(?:n\.?\s?[º°o]\.?|nr\.?|no\.?|n\.)\s*\d[\d\s\u00a0./\-]{0,12}$",
    re.IGNORECASE,
)


def profession_title(text: str) -> bool:
    """Whether a line is a practitioner's professional title (no digit, no mail address), or
    the profession with its number in the professional body's register."""
    return _TITLE.match(text.strip()) is not None or _REGISTERED.match(text.strip()) is not None
