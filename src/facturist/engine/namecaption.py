"""A caption opening a party's name line ("Titular: Veltrona Ibérica, S.L.", "Razón social:
ACME S.A.", "Titulaire du contrat : ..."): a block read without its section caption may
take the whole line for the name; the caption names the field, the value after it is the
party's name."""

from __future__ import annotations

from facturist.engine.holdername import HOLDER
from facturist.engine.labels import NAME_LABEL
from facturist.engine.model import Value


def without_name_caption(name: Value | None) -> Value | None:
    """The name without a name's or holder's caption opening it; the name as it is when no
    caption opens it or nothing but the caption would be left."""
    if name is None or not isinstance(name.value, str):
        return name
    text = name.value.strip()
    caption = HOLDER.match(text) or NAME_LABEL.match(text)
    if caption is None:
        return name
    rest = text[caption.end() :].strip()
    if sum(ch.isalpha() for ch in rest) < 2:
        return name
    return Value(rest, name.text, name.boxes, name.confidence)
