"""A logo's short name spelled out by the bill's payment instruction.

North American bills print the issuer's logo short ("MARLOW CREEK" over its services) and tell
the customer whom to write the cheque to in full ("Make checks payable to Marlow Creek
Municipal Utilities."; "Cheques payable to ...", "Please remit to ..."): the payee is the
issuer, and its full name is the seller's name.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value

_PAYABLE_TO = re.compile(
    r"\b(?:che(?:que|ck)s?|payments?|money\s+orders?)\s+(?:(?:are|should\s+be|to\s+be|must\s+be)\s+)?"
    r"(?:made\s+)?payable\s+to\s*:?\s*(?P<name>[^.;:()\d]{4,60}?)\s*(?:[.;(]|$)",
    re.IGNORECASE,
)


def payee_spelled(name: Value, page: list[Line]) -> Value:
    """The payee a payment instruction names when it starts with the short `name` and goes on
    with more words, kept at the name's place (its address is read there); else `name`."""
    short = str(name.value).strip()
    words = short.split()
    if not words or len(words) > 3 or LEGAL_FORM.search(short) or any(c.isdigit() for c in short):
        return name
    for line in page:
        if "payable" not in line.text.casefold():
            continue
        found = _PAYABLE_TO.search(line.text)
        if found is None:
            continue
        payee = found.group("name").strip(" ,")
        if payee.casefold().startswith(short.casefold() + " "):
            return Value(payee, name.text, name.boxes, name.confidence)
    return name
