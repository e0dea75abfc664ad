"""A form's caption in a party's possessive ("Company's Bank Details", "Company's PAN",
"Buyer's Order No.", "Supplier's Ref."): Indian accounting software (Tally and its kin) and
many English forms caption their fields so. It names a field of the company, never the
company: no party's name opens with "Company's", "Seller's" or "Buyer's"."""

from __future__ import annotations

import re

_POSSESSIVE_CAPTION = re.compile(
    r"^\W*(?:company|seller|supplier|vendor|buyer|customer|client|consignee|consignor|party)"
    r"['’`]s\s+\S",
    re.IGNORECASE,
)


def possessive_caption(text: str) -> bool:
    """Whether `text` opens with a party's possessive before a field's caption."""
    if "'" not in text and "’" not in text and "`" not in text:
        return False
    return _POSSESSIVE_CAPTION.match(text) is not None
