"""A logo's short name spelled out by the bill's payment instruction.

North American bills print the issuer's logo short ("MARLOW CREEK" over its services) and tell
the customer whom to write the cheque to in full ("Make checks payable to Marlow Creek
Municipal Utilities."; "Cheques payable to ...", "Please remit to ..."): the payee is the
issuer, and its full name is the seller's name.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line, line_holding
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
    if LEGAL_FORM.search(short):
        return _with_line_above(name, page)
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


def _with_line_above(name: Value, page: list[Line]) -> Value:
    """ "Halvorsen & Reyes" over "ADVISORY GROUP, LLC": a letterhead stacks its name on two
    lines, the legal form's line read as the name. When the payment instruction names the
    payee as the line above followed by that name ("Checks payable to Halvorsen & Reyes
    Advisory Group, LLC"), the payee is the whole name."""
    short = str(name.value).strip()
    index = line_holding(page, name.boxes[0]) if name.boxes else None
    if not index:
        return name
    above = page[index - 1]
    if above.page != page[index].page or len(above.cells) != 1:
        return name
    head = above.cells[0].text.strip()
    if not head or any(c.isdigit() for c in head) or len(head.split()) > 4:
        return name
    whole = f"{head} {short}".casefold()
    for line in page:
        found = _PAYABLE_HEAD.search(line.text)
        if found is None:
            continue
        payee = line.text[found.end() :]
        if payee.casefold().startswith(whole) and payee[len(whole) : len(whole) + 1] in (
            "",
            ",",
            ".",
            " ",
        ):
            return Value(payee[: len(whole)], name.text, name.boxes, name.confidence)
    return name


# A payment instruction up to the payee's name ("Checks payable to ", "Cheques payable to: ").
_PAYABLE_HEAD = re.compile(
    r"\b(?:che(?:que|ck)s?|payments?|money\s+orders?)\s+(?:(?:are|should\s+be|to\s+be|must\s+be)\s+)?"
    r"(?:made\s+)?payable\s+to\s*:?\s*",
    re.IGNORECASE,
)
