"""The firm's own name opening its one-line letterhead address: no part of the address.

The sender line over an address window prints the firm's short name, street and town in one
line ("Rheinfeld Gastro-Großhandel · Hafenstraße 61 · 47119 Duisburg"), the legal form left
for the footer ("Rheinfeld Gastro-Großhandel GmbH & Co. KG"). Read as the letterhead's
address (letterheadaddress.py), the name piece opened it. A first piece with no digit whose
words open the seller's name (two words or more), before a numbered street piece and the
town, is the name: it goes.
"""

from __future__ import annotations

from facturist.engine.model import Value

# The fewest words the piece shares with the name: one word may be a trade or a brand.
_SHARED_WORDS = 2
# The pieces left after the name: the street and the town at least.
_REST = 2


def name_piece_off(found: Value | None, name: str) -> Value | None:
    """The one-line address without a first piece that is the party's name, shorter by its
    legal form or as long; unchanged otherwise."""
    if found is None or not isinstance(found.value, str):
        return found
    pieces = found.value.split(", ")
    if len(pieces) <= _REST or not any(ch.isdigit() for ch in pieces[1]):
        return found
    head = pieces[0].casefold().split()
    known = name.casefold().split()
    if any(ch.isdigit() for ch in pieces[0]) or len(head) < _SHARED_WORDS:
        return found
    if known[: len(head)] != head:
        return found
    return Value(", ".join(pieces[1:]), found.text, found.boxes, found.confidence)


__all__ = ["name_piece_off"]
