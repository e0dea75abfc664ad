"""The buyer's address is never the seller's own: a fallback that found the letterhead.

When the buyer's block is not read down to its town (a reader's line the block reader did
not know, a caption beside the name), the address fallbacks of addresses.py look for a
letterhead's address set apart at the top of the page, and that is the seller's. Two
parties with different names at the same street and postcode are far likelier to be this
slip than a company billing its neighbour in the same house: no address is better than the
seller's given to the buyer.
"""

from __future__ import annotations

import re

from facturist.engine.model import Value


def _key(address: str) -> tuple[str, str] | None:
    """Street and postcode-and-town of an address "street, postcode town[, country]",
    folded to letters and digits."""
    pieces = [re.sub(r"[\W_]+", "", piece.casefold()) for piece in address.split(",")]
    while len(pieces) > 2 and not any(ch.isdigit() for ch in pieces[0]):
        # "Hotel Seeblick, Uferweg 2, ...": the window's return line leads with the name.
        pieces = pieces[1:]
    if len(pieces) < 2 or not any(ch.isdigit() for ch in pieces[0] + pieces[1]):
        return None
    return pieces[0], pieces[1]


def unless_sellers(
    address: Value | None, sellers: Value | None, buyer: Value | None, seller: Value | None
) -> Value | None:
    """The buyer's address, or None where it is the seller's own (same street and postcode)
    and the two parties' names differ."""
    if address is None or sellers is None or buyer is None or seller is None:
        return address
    if str(buyer.value).casefold().strip() == str(seller.value).casefold().strip():
        return address
    key = _key(str(address.value))
    return None if key is not None and key == _key(str(sellers.value)) else address
