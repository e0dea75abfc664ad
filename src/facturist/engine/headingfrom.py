"""A receipt's or invoice's heading that names the issuer: "Receipt from Mailcadet Ltd",
"Invoice from Brightwave Inc.", "Your receipt from ...". Online services (Stripe-style
mails and PDFs) print no letterhead but this heading; read as the top line's name, the
heading's words are no part of the seller's name: the name is what follows "from"."""

from __future__ import annotations

import re

from facturist.engine.model import Value

# "Receipt from", "Payment receipt from", "Your invoice from", "Tax invoice from", "Bill from".
_HEADING_FROM = re.compile(
    r"^(?:your\s+)?(?:(?:payment|tax|sales|new)\s+)?(?:receipt|invoice|bill|statement)\s+from\s+",
    re.IGNORECASE,
)


def without_heading_from(name: Value | None) -> Value | None:
    """The name without a heading "Receipt from" / "Invoice from" opening it; the name as it is
    when no such heading opens it or no capitalised name follows."""
    if name is None or not isinstance(name.value, str):
        return name
    text = name.value.strip()
    heading = _HEADING_FROM.match(text)
    if heading is None:
        return name
    rest = text[heading.end() :].strip()
    if not rest[:1].isupper() or sum(ch.isalpha() for ch in rest) < 2:
        return name
    if len(name.boxes) != len(text.split()):
        return Value(rest, name.text, name.boxes, name.confidence)
    # One box a word: keep the name's words' boxes, where its address is looked for.
    dropped = len(text[: heading.end()].split())
    return Value(rest, rest, name.boxes[dropped:], name.confidence)
