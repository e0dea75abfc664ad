"""A seller named by its brand ("Blauwkoop", the logo's "studio kompas") that the page prints
elsewhere with its legal form ("t.n.v. Blauwkoop B.V.", the footer's "Studio Kompas B.V."):
the legal entity is the seller's name."""

from __future__ import annotations

import re

from facturist.engine.labels import LEGAL_FORM
from facturist.engine.layout import Line
from facturist.engine.model import Value


def with_legal_form(name: Value, page: list[Line], others: tuple[str, ...] = ()) -> Value:
    """The page's printing of `name` followed by a legal form, kept at the name's place (its
    address is read there); else the name itself."""
    short = str(name.value).strip()
    if len(short) < 3 or LEGAL_FORM.search(short) or any(ch.isdigit() for ch in short):
        return name
    printed = re.compile(
        rf"(?<![^\W_]){re.escape(short)},?\s+(?P<form>[^\s,;]+(?:\s[^\s,;]+)?)", re.IGNORECASE
    )
    folded = {o.casefold() for o in others}
    for line in page:
        for found in printed.finditer(line.text):
            form = _legal_form(found.group("form"))
            if form is None:
                continue
            full = f"{line.text[found.start() : found.start('form')].strip(' ,')} {form}"
            if full.casefold() not in folded:
                return Value(full, name.text, name.boxes, name.confidence)
    return name


def _legal_form(text: str) -> str | None:
    """The legal form the text starts with, when it is one ("B.V.", "GmbH & Co. KG" is not
    taken whole: only its first form), else None."""
    for candidate in (text, text.split()[0] if text.split() else ""):
        found = LEGAL_FORM.fullmatch(candidate)
        if found is not None:
            return candidate
    return None
