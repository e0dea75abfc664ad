"""The caption of a delivery box ("Ship to", "Livrer à", "Lieferung an"): the block under it
is where the goods go, a customer's site or a third party's depot, never the issuer."""

from __future__ import annotations

from facturist.engine.partynames import SHIP_TO


def delivery_caption(text: str) -> bool:
    """Whether the text opens with a delivery box's caption."""
    return SHIP_TO.match(text.strip()) is not None


def only_delivery_caption(text: str) -> bool:
    """ "Ship to", "Livrer à :": the caption alone, nothing after it (the name is below)."""
    text = text.strip()
    found = SHIP_TO.match(text)
    return found is not None and not text[found.end() :].strip(" :/")
