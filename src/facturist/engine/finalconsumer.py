"""The generic final consumer, never a buyer.

Portuguese and Brazilian tills and simplified invoices print a placeholder where no customer
was named: "Cliente: Consumidor final" (also "Cliente final", "Consumidor Final") and, in
Portugal, the generic taxpayer number 999999990 the tax authority reserves for sales to
unidentified consumers. Neither names nor identifies a buyer.
"""

from __future__ import annotations

import re

from facturist.engine.model import Value

_PLACEHOLDER = re.compile(
    r"^(?:consumidor|cliente)\s+final(?:\s+n[ãa]o\s+identificado)?\.?$", re.IGNORECASE
)
# Portugal's generic final-consumer NIF, with or without its country code.
_GENERIC_ID = re.compile(r"^(?:PT)?\s*999\s?999\s?990$", re.IGNORECASE)


def consumer_placeholder(party: Value | None) -> Value | None:
    """The party, unless it is the final consumer's placeholder name."""
    if party is None or not isinstance(party.value, str):
        return party
    return None if _PLACEHOLDER.match(party.value.strip()) else party


def generic_consumer_id(vat_id: Value | None) -> Value | None:
    """The buyer's VAT ID, unless it is the final consumer's generic number."""
    if vat_id is None:
        return None
    return None if _GENERIC_ID.match(str(vat_id.value).strip()) else vat_id
