"""Positions a quote or a final invoice lists for information only: an alternative to a
position ("Alternativ zu 02.03: ...", "Alternativposition"), a contingent one
("Eventualposition", "Bedarfsposition"), an option. Their total stands in brackets or the
text says it is not charged ("nicht beauftragt, GP nur informativ", "not included in the
total"): no item, and no part of the group's sum.

    02.03   96 Stk  Wechselschalter, reinweiß            11,40    1.094,40
    02.04   96 Stk  Alternativ zu 02.03: ... Edelstahl    24,90   (2.390,40)
                    Alternativposition – nicht beauftragt

The marker words may stand under the figures row, an article number in it and the name
below as "Alternativ: ...": that line goes on with the bracketed row, no detail closing it.
"""

from __future__ import annotations

import re

from facturist.engine.itemrow import ItemRow
from facturist.engine.model import Word

# Words naming a position as an alternative, a contingency or an option (de, en, fr, it,
# es, nl), also inside German compounds ("Alternativposition", "Eventualpos.").
_OPTIONAL = re.compile(
    r"\b(?:alternativ\w*|eventual\w*|bedarfspos\w*|wahlpos\w*|optional|option|alternate"
    r"|variante|en option|optionnel\w*|opzional\w*|opcional|optioneel|alternatief)\b",
    re.IGNORECASE,
)
# Words saying the position's total is not billed.
_UNCHARGED = re.compile(
    r"nicht (?:beauftragt|bestellt)|nicht ausgef[üu]hrt|nicht berechnet|nicht in (?:der|den) summe"
    r"|nur (?:zur )?information|nur informativ|informativ|not (?:included|charged|ordered)"
    r"|for information(?: only)?|information only|non (?:compris|command[ée]e?|factur[ée]e?)"
    r"|[àa] titre indicatif|solo informativ\w*|a t[íi]tulo informativo|ter informatie"
    # Left out of the total, however each language words it: "nicht im Gesamtbetrag
    # enthalten", "niet in het totaalbedrag opgenomen", "non inclus dans le total", "non
    # incluso nel totale", "no incluido en el total", "excluded from the total".
    r"|nicht (?:im|in der|in den) \w*(?:betrag|summe|preis|total)\w* (?:enthalten|inbegriffen)"
    r"|niet (?:in|bij) (?:het |de )?(?:totaal|eindbedrag)\w* (?:opgenomen|inbegrepen|meegerekend)"
    r"|(?:non|pas) (?:inclus|compris)e?s? dans le (?:montant )?total"
    r"|non (?:inclus|compres)[oaie] nel (?:totale|importo)"
    r"|no (?:incluid|inclu[íi]d)[oa]s? en el (?:total|importe)"
    r"|exclu(?:ded|s|so|ido|ídos?|idos?) (?:from|du|dal|del) (?:the |le )?total\w*",
    re.IGNORECASE,
)


def optional_position(row: ItemRow) -> bool:
    """Whether the row is a position listed for information only (see the module)."""
    amount = row.numbers.get("amount")
    if amount is None:
        return False
    text = " ".join(w.text for w in row.description)
    # An accountant's brackets mark a credit elsewhere; beside an alternative's or an
    # option's name they keep its total out of the sums.
    bracketed = _bracketed(row)
    uncharged = _UNCHARGED.search(text) is not None
    if _OPTIONAL.search(text):
        return bracketed or uncharged
    return bracketed and uncharged


def optional_note(row: ItemRow, description: list[Word]) -> bool:
    """Whether a line under a row priced in brackets names it an alternative or an option
    ("Alternativ: Bürodrehstuhl mit Kopfstütze"): the row's text, though it reads as a
    "label: value" detail."""
    return _bracketed(row) and _OPTIONAL.search(" ".join(w.text for w in description)) is not None


def _bracketed(row: ItemRow) -> bool:
    amount = row.numbers.get("amount")
    figure = amount.text.strip() if amount is not None else ""
    return figure.startswith("(") and figure.endswith(")")
