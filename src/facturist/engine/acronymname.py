"""A seller named by an acronym wordmark ("DELSA", "TMSA") whose letters are the initials of
the legal-form name the footer prints ("Distribuciones Eléctricas del Levante, S.A."): the
wordmark abbreviates the legal entity, which is the seller's name.

footerfullname.py needs two shared words, and shortnames.py a word shared besides the
initials; a one-word acronym shares none. Its letters must spell the capitalised words'
initials in order (joining particles such as "del", "y", "und" may be skipped), with the
legal form's capitals after them or not ("DELSA": D-E-L + S.A.; "TMS": T-M-S).
"""

from __future__ import annotations

import re
import unicodedata

from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value

_ACRONYM = re.compile(r"^[A-ZÀ-Þ]{3,6}$")
_WORD = re.compile(r"[^\W\d_][^\s,]*")


def acronym_spelled(name: Value, footer: Value | None) -> Value:
    """The footer's company in place of an acronym `name` its initials spell, kept at the
    name's place (its address is read there); else the name itself."""
    short = str(name.value).strip()
    if footer is None or not _ACRONYM.match(short):
        return name
    full = str(footer.value)
    form = LEGAL_FORM.search(full)
    if form is None:
        return name
    words = _WORD.findall(full[: form.start()])
    capitals = [w for w in words if w[0].isupper()]
    if len(capitals) < 2 or len(capitals) < len(words) - 2:
        return name  # a sentence, not a name
    letters = _plain("".join(w[0] for w in capitals))
    every = _plain("".join(w[0] for w in words)).upper()
    form_caps = _plain("".join(ch for ch in form.group() if ch.isupper()))
    wanted = _plain(short)
    if wanted in (letters, letters + form_caps, every, every + form_caps):
        return Value(full, short, name.boxes, name.confidence)
    return name


def _plain(text: str) -> str:
    """The letters without their accents ("É" as "E")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
