"""The company a brand's or an event's tagline names as the one behind it.

A conference, a festival or a consumer brand prints its own name as the logo ("NORDIC
DEVSUMMIT") and names the legal entity that issues the invoice only in the tagline under it:
"Stockholm · 19–21 maj 2026 · arrangeras av Kodkonferens Norden AB", "Ein Angebot der
Stadtwerke Musterstadt GmbH", "a brand of Hollis Media Ltd". The company after the lead-in is
the issuer; the line as a whole names no one.
"""

from __future__ import annotations

import re

from facturist.engine.partyblocks import STRONG_SEPARATOR
from facturist.engine.partynames import names_by_form

# "organised by", "a brand of", sv "arrangeras av", no "arrangert av", da "arrangeret af", de
# "veranstaltet von", "ein Angebot der", fr "organisé par", "une marque de", it
# "organizzato da", es "organizado por", nl "georganiseerd door", "een initiatief van".
_LEAD_IN = re.compile(
    r"^(?:(?:organi[sz]ed|operated|run|presented|hosted|published|powered)\s+by"
    r"|an?\s+(?:brand|division|service|product|trading name|event|initiative)\s+of"
    r"|arrangera[st]?\s+av|arrangert\s+av|arrangeret\s+af|drivs\s+av|drives\s+af"
    r"|veranstaltet\s+von|organisiert\s+von|betrieben\s+von"
    r"|ein(?:e)?\s+(?:marke|angebot|unternehmen|veranstaltung|service|initiative)\s+de[rs]"
    r"|organis[ée]e?s?\s+par|une?\s+(?:marque|service|initiative)\s+de"
    r"|organizzat[oa]\s+da|un\s+marchio\s+di|organizado\s+por|una\s+marca\s+de"
    r"|georganiseerd\s+door|een\s+(?:merk|initiatief)\s+van)\s+(?=\S)",
    re.IGNORECASE,
)


def operator_piece(text: str) -> str | None:
    """The company a piece of the line names after a lead-in ("arrangeras av ..."), with its
    legal form; else None."""
    for piece in STRONG_SEPARATOR.split(text):
        found = _LEAD_IN.match(piece.strip())
        if found is None:
            continue
        company = piece.strip()[found.end() :].strip(" ,.;")
        if names_by_form(company):
            return company
    return None
