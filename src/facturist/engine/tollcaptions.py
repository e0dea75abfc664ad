"""Toll statements: each transit billed by where it entered and left the motorway.

Motorway toll and e-toll providers (Telepass, Liber-t, Bip&Drive, Toll Collect) list one row
per transit under "Data | Ora | Entrata | Uscita | Classe | Importo": the route, from the
entry to the exit toll station, names the transit, as a haulier's "Strecke" names a trip,
and the row prints no count and no price, only its amount. The entry and exit captions
together head the item's text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.layout import Line
from facturist.engine.model import Word

# it "Entrata" / "Uscita" ("Casello di entrata"), de "Einfahrt" / "Ausfahrt", es "Entrada" /
# "Salida", pt "Entrada" / "Saída", fr "Entrée" / "Sortie", as French motorway operators print
# them with the toll station they name: "Gare d'entrée" / "Gare de sortie".
_ENTRY = re.compile(
    r"^(?:(?:gare|péage|peage) d['’])?(?:entrata|einfahrt|entrada|entrée|entree)$", re.IGNORECASE
)
_EXIT = re.compile(
    r"^(?:(?:gare|péage|peage) de )?(?:uscita|ausfahrt|salida|saída|saida|sortie)$", re.IGNORECASE
)


def toll_route(found: dict[str, list[Word]], group: list[Line]) -> None:
    """Sets found["description"] to an entry caption with the exit caption right after it."""
    if "description" in found or "amount" not in found or len(group) != 1:
        return
    for entry, exit_ in pairwise(group[0].cells):
        if _ENTRY.match(entry.text) and _EXIT.match(exit_.text):
            found["description"] = [*entry.words, *exit_.words]
            return


def names_route(found: dict[str, list[Word]]) -> bool:
    """The description's caption is an entry caption with its exit caption after it, each of
    one word ("Entrata") or more ("Gare d'entrée")."""
    texts = [word.text for word in found.get("description", [])]
    return any(
        _ENTRY.match(" ".join(texts[:cut])) and _EXIT.match(" ".join(texts[cut:]))
        for cut in range(1, len(texts))
    )
