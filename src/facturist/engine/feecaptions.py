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
from facturist.engine.model import Word

# The schedule's number ("GOÄ", "GOZ-Nr.", "Ziffer", "Geb.-Nr.", "VV-Nr.", "§ StBVV") or
# the multiplier on its base fee ("Faktor", "Steigerungssatz").
_FEE_CAPTION = re.compile(
    r"^(?:(?:go[äaz]|got|gop|ebm|bema|uv-go[äa]|stbvv|rvg|vv|hoai)(?:[\s-]?(?:nr|ziff)\.?)?"
    r"|(?:geb(?:ühren)?\.?-?\s?)?(?:nr\.?\s?)?ziff(?:er|\.)?|geb\.?-?\s?nr\.?|vv[\s-]?rvg"
    # The cost schedule's number of notaries' and courts' fees (GNotKG, GKG): "KV-Nr.", "KV".
    r"|kv(?:[\s-]?nr\.?)?"
    r"|§\s?stbvv|faktor|steigerungs(?:faktor|satz)|multiplikator"
    # HOAI: the work stage's number ("LPh", "Lph.") beside "Leistungsphase".
    r"|lph)$",
    re.IGNORECASE,
)


def names_fee_column(group: list[Line]) -> bool:
    """Whether a header's lines caption a fee schedule's number or factor column."""
    return any(_FEE_CAPTION.match(cell.text.strip(" .:")) for line in group for cell in line.cells)


# The share of the schedule's full fee a row bills: de "Satz", "Gebührensatz" ("1,3", "0,5",
# "12/10" of the fee the table gives for the object value), no price of one.
_FEE_RATE = re.compile(r"^(?:geb(?:ühren)?\.?-?\s?)?satz$", re.IGNORECASE)


def fee_rate_caption(
    found: dict[str, list[Word]], group: list[Line], prices: list[list[Word]]
) -> list[tuple[float, float]]:
    """ "KV-Nr. | Gebührentatbestand | Geschäftswert | Satz | Betrag": beside a schedule's
    number and no count, "Satz" heads the fee's rate, read as a unit price's caption. Its
    column leaves the captions and its x-span is returned: a column of no item field.
    A vet's or doctor's table that also sells goods ("GOT | Leistung | Satz | Menge |
    Einzelpreis | Netto €") prints the count and the price beside the rate: the other price
    caption heads the unit price there."""
    caption = found.get("unit_price", [])
    text = " ".join(w.text for w in caption).strip(" .:")
    if not caption or not _FEE_RATE.match(text):
        return []
    others = [words for words in prices if words is not caption]
    if "quantity" in found and not others:
        return []
    if not names_fee_column(group):
        return []
    if "quantity" in found:
        found["unit_price"] = others[0]
    else:
        del found["unit_price"]
    return [(min(w.box.x0 for w in caption), max(w.box.x1 for w in caption))]
