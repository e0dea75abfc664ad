"""Town lines whose postcode stands after its own caption, which the postcode-and-town
patterns (towns.py) do not read: Brazil prints "Belo Horizonte – MG, CEP 30130-005" (the
eight-digit CEP after the town and state), Mexico "Col. Juárez, C.P. 06600, Ciudad de
México". The caption makes the digits a postcode, so the line ends an address block."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell
from facturist.engine.townline import town_in

# Brazil's "CEP 30130-005" / "CEP: 30130005"; Mexico's "C.P. 06600".
_CAPTIONED_POSTCODE = re.compile(r"\b(?:CEP:?\s*\d{5}-?\d{3}|C\.\s?P\.?:?\s*\d{5})\b")


def town_or_captioned_code(text: str, taken: list[Cell]) -> re.Match[str] | None:
    """Where a block's line names its town (townline.town_in), else its captioned postcode."""
    return town_in(text, taken) or _CAPTIONED_POSTCODE.search(text)
