"""Fee-schedule tables: what a doctor, dentist, vet, tax adviser or lawyer bills by the
schedule's numbers, one fee per row and no count or unit price.

A private medical bill (GOÄ, GOZ, GOT) prints "Datum | GOÄ | Leistungsbeschreibung |
Faktor | Betrag": the schedule's number and the multiplier applied to its base fee stand
where goods tables print the quantity and the unit price. Such a header names the
description and the amount only, which alone would not tell an item table from a totals
block; the schedule's code or factor caption beside them does.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# The schedule's number ("GOÄ", "GOZ-Nr.", "Ziffer", "Geb.-Nr.", "VV-Nr.", "§ StBVV") or
# the multiplier on its base fee ("Faktor", "Steigerungssatz").
_FEE_CAPTION = re.compile(
    r"^(?:(?:go[äaz]|got|gop|ebm|bema|uv-go[äa]|stbvv|rvg|vv|hoai)(?:[\s-]?(?:nr|ziff)\.?)?"
    r"|(?:geb(?:ühren)?\.?-?\s?)?(?:nr\.?\s?)?ziff(?:er|\.)?|geb\.?-?\s?nr\.?|vv[\s-]?rvg"
    r"|§\s?stbvv|faktor|steigerungs(?:faktor|satz)|multiplikator"
    # HOAI: the work stage's number ("LPh", "Lph.") beside "Leistungsphase".
    r"|lph)$",
    re.IGNORECASE,
)


def names_fee_column(group: list[Line]) -> bool:
    """Whether a header's lines caption a fee schedule's number or factor column."""
    return any(_FEE_CAPTION.match(cell.text.strip(" .:")) for line in group for cell in line.cells)
