"""A seller named without its legal form ("Lorenzen Fachbuchverlag" on the return-address
line) whose words the footer's legal-form company all holds, in another order or with more
words ("Hanseatischer Fachbuchverlag Lorenzen GmbH"): the short name is the trade's, the
footer's the legal entity that issues the invoice."""

from __future__ import annotations

import re

from facturist.engine.legalname import has_legal_form
from facturist.engine.model import Value

_WORD = re.compile(r"[^\W\d_]{2,}")
# Two words at least: one shared word ("Lorenzen") may be a group's or a family's other firm.
_LEAST_WORDS = 2


def footer_full_name(name: Value, footer: Value | None) -> Value:
    """The footer's company in place of `name` when it holds each of the name's words and
    more; else the name itself. It is kept at the name's place, the short printing its text,
    where the address is read after it."""
    if footer is None or not footer_holds(name, footer):
        return name
    return Value(footer.value, str(name.value), name.boxes, name.confidence)


def footer_holds(name: Value, footer: Value | None) -> bool:
    """Whether the footer's company holds each of `name`'s words (two at least) and more,
    `name` printing no legal form of its own: the short name of the footer's entity. The
    more may be the legal form alone, whose dotted letters are no words ("LEGNAMI CORTESI"
    for "Legnami Cortesi S.r.l.")."""
    if footer is None or not isinstance(name.value, str) or has_legal_form(name.value):
        return False
    mine = {w.casefold() for w in _WORD.findall(name.value)}
    theirs = {w.casefold() for w in _WORD.findall(str(footer.value))}
    if mine == theirs:  # the same words: the footer's must add the form
        return len(mine) >= _LEAST_WORDS and has_legal_form(str(footer.value))
    return len(mine) >= _LEAST_WORDS and mine < theirs
