"""Due dates of a future instalment plan: never the bill's own due date.

A utility's annual statement settles the year ("Bitte überweisen Sie den Nachzahlungsbetrag
von 59,76 € bis zum 05.02.2025.") and then announces the new budget plan in the next
sentence: "Ihr neuer monatlicher Abschlag ab März 2025 beträgt 121,00 €, erstmals fällig am
15.03.2025." The "fällig am" there is a caption of the due-date lexicon, ranked above the
payment request's "bis zum", but the date is the first of the coming instalments, which
this document does not bill. Telecoms, insurers and landlords word the same ("Your new
monthly instalment of £42.00 is due on 1 May", "Votre prochaine mensualité ... prélevée le").

The sentence is told by the words before the caption: a new, next or future instalment
(Abschlag, Rate, instalment, mensualité, termijn), or "erstmals" right before it: the caption
is then no due date's. So is a caption whose day recurs ("Fälligkeit jeweils zum 15. eines
Monats, erstmals am 15.03.2025"): the plan's days follow it, this bill's collection (a direct
debit's "buchen wir am ... ab") stands elsewhere.
"""

from __future__ import annotations

import re

# A new, next or coming instalment, its noun after up to two words ("neuer monatlicher
# Abschlag", "next monthly instalment"), each language's adjectives with its own nouns (the
# English "new rate" is a price); or "erstmals" right before the caption ("erstmals fällig").
_BETWEEN = r"(?:\s+[\w-]+){0,2}?\s+"
_NEXT_INSTALMENT = re.compile(
    r"\b(?:(?:neue[rns]?|n[äa]chste[rns]?|k[üu]nftige[rns]?|zuk[üu]nftige[rns]?)"
    + _BETWEEN
    + r"(?:abschl[äa]ge?|abschlagszahlung(?:en)?|abschlagsbetrag|teilbetr[äa]ge?|raten?"
    r"|vorauszahlung(?:en)?)"
    r"|(?:next|new|future|upcoming)"
    + _BETWEEN
    + r"(?:instal+ments?|budget payments?|payments? on account)"
    # The next period's rent or payment ("Next rent payment due: 01 Aug 2024 (Direct Debit)",
    # "nächste Mietzahlung", "prochain loyer"): a later bill's, printed on this one.
    r"|(?:next|upcoming)" + _BETWEEN + r"(?:payments?|rent|direct debits?)"
    r"|n[äa]chste[rns]?" + _BETWEEN + r"(?:miete|mietzahlung|zahlung|abbuchung)"
    r"|prochaine?s?" + _BETWEEN + r"(?:loyers?|paiements?|pr[ée]l[èe]vements?)"
    r"|(?:prochaine?s?|nouvelle?s?)" + _BETWEEN + r"(?:mensualit[ée]s?|[ée]ch[ée]ances?)"
    r"|(?:nieuwe?|volgende)" + _BETWEEN + r"(?:termijn(?:bedrag|en)?|voorschot(?:bedrag|ten)?)"
    r"|(?:prossim[aoei]|nuov[aoei])" + _BETWEEN + r"(?:rat[ae])"
    r"|(?:pr[óo]xim[ao]s?|nuev[ao]s?)" + _BETWEEN + r"(?:cuotas?|plazos?))\b"
    r"|\berstmal(?:s|ig)\s*$",
    re.IGNORECASE,
)
# After the caption, before its date: a day that recurs ("Fälligkeit jeweils zum 15. eines
# Monats, erstmals am 15.03.2025", "due on the 1st of each month, first on", "le 5 de chaque
# mois"): an instalment plan's days, not this bill's.
_RECURRING = re.compile(
    r"^(?:(?!\d{1,2}[/\-]\d{1,2}[/\-]\d{2,4})[^.]){0,40}?"
    r"\b(?:jeweils|erstmal(?:s|ig)|each|every|chaque|cada|ogni|elke|iedere)\b",
    re.IGNORECASE,
)
# The end of the sentence before the one the caption stands in: a full stop, then a space.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")


def announces_next_instalment(before: str) -> bool:
    """Whether the words before a due-date caption, in its sentence, announce a coming
    instalment ("Ihr neuer Abschlag ... beträgt 121,00 €, erstmals fällig am")."""
    ends = list(_SENTENCE_END.finditer(before))
    sentence = before[ends[-1].end() :] if ends else before
    return _NEXT_INSTALMENT.search(sentence.rstrip()) is not None


def names_recurring_day(after: str) -> bool:
    """Whether the words after a due-date caption, before its date, make the day recur
    ("Fälligkeit jeweils zum 15. eines Monats, erstmals am ..."): an instalment plan's."""
    return _RECURRING.search(after) is not None
