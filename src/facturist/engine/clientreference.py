"""A customer caption's value that is the customer's code and a reference, no name.

"Client : VELD-069 – Contrat d'entretien n° CE-2023-014": the caption names the account's
code, then, after a dash, the contract the invoice bills under. Neither piece is the
customer's name; its block stands elsewhere (the window's address). A value whose first
piece is a code with digits and whose other pieces each carry a figure (a contract's,
an order's number) is read as the code alone is: no name.
"""

from __future__ import annotations

import re

from facturist.engine.partyblocks import STRONG_SEPARATOR
from facturist.engine.partynames import customer_number

# A code in one token with a few digits in it ("VELD-069", "C-20931", "KD3381").
_CODE = re.compile(r"(?=(?:\S*\d){2})[\w./-]+")


def code_and_reference(text: str) -> bool:
    """Whether a caption's value is a customer code, then pieces that each hold a figure."""
    pieces = [p.strip() for p in STRONG_SEPARATOR.split(text)]
    if len(pieces) < 2 or not all(pieces):
        return False
    head = pieces[0]
    if not (customer_number(head) or _CODE.fullmatch(head)):
        return False
    return all(any(ch.isdigit() for ch in piece) for piece in pieces[1:])
