"""A bare "Datum" caption in a sentence about another date: the service's, not the invoice's.

German invoices must state when the work was done or the goods delivered (§ 14 UStG), and a
letter-style invoice often does so in a sentence under its totals: "Leistungsdatum entspricht
dem Datum der Arbeiten (09.04.2024).", "Lieferdatum ist das Datum des Lieferscheins". The bare
"Datum" there would pass for the invoice date's caption, though the sentence opened on the
other date's caption; its date is the delivery's, taken only where no other date is found (the
letter's "Leipzig, 11.04.2024" beats it, captionplace.ORDER_DATE_RANK).
"""

from __future__ import annotations

import re

# Another date's caption earlier in the sentence: de "Leistungsdatum", "Lieferdatum",
# "Liefer-/Leistungsdatum", "Leistungszeitpunkt"; en "date of supply", "delivery date",
# "service date"; fr "date de livraison", "date de prestation"; nl "leverdatum".
_OTHER_DATE = re.compile(
    r"(?:leistungs|liefer|versand|ausf[üu]hrungs)(?:datum|zeitpunkt|tag)\b"
    r"|\bdate\s+of\s+(?:supply|delivery|service)\b|\b(?:delivery|service|supply)\s+date\b"
    r"|\bdate\s+de\s+(?:livraison|prestation)\b|\bleverdatum\b",
    re.IGNORECASE,
)


def restates_other_date(before: str) -> bool:
    """Whether the words before a bare date caption, in its sentence, name another date and
    give no date of their own ("Lieferdatum 05.03.2024 Datum ..." names two)."""
    sentence = re.split(r"[.;:](?:\s|$)", before)[-1]
    found = _OTHER_DATE.search(sentence)
    return found is not None and not any(ch.isdigit() for ch in sentence[found.end() :])
