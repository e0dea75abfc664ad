"""A logo that spells the footer's company with its words run together or set apart
otherwise ("novatel pro" over the footer's "Nova Tel Pro SAS · 4 rue ... · RCS ..."): a
wordmark drops the spaces and the case of the registered name, never its letters. The seller
is the footer's company, and the legal-form name lower on the page is the addressee's."""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value


def logo_spells_footer(page: list[Line], named: Value, footer: Value | None) -> Value | None:
    """The footer's company when a cell on one of the page's first lines, over `named`,
    spells its name (with or without its legal form) letter for letter, spaces and case
    aside; else None."""
    if footer is None or not named.boxes:
        return None
    full = str(footer.value)
    if _letters(full) == _letters(str(named.value)):
        return None
    spellings = {_letters(full), _letters(_without_form(full))}
    top = named.boxes[0].y0
    for line in page[:4]:
        if line.y0 >= top:
            break
        for cell in line.cells:
            printed = _letters(cell.text)
            if len(printed) >= 6 and printed in spellings:
                return Value(footer.value, cell.text, cell.boxes, footer.confidence)
    return None


def _letters(text: str) -> str:
    """The text's letters and digits, casefolded: a name as a wordmark may print it."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _without_form(name: str) -> str:
    """The name without the legal form that ends it ("Nova Tel Pro SAS" -> "Nova Tel Pro")."""
    words = name.split()
    while len(words) > 1 and LEGAL_FORM.fullmatch(words[-1].rstrip(",")):
        words.pop()
    return " ".join(words)
