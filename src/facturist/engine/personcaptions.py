"""A person's name captioned in parts: "Titolo | Ing.", "Nome | STEFANO", "Cognome | MOLINARI".

An e-invoice's party block names a sole trader or professional in the parts the format holds
(Italy's FatturaPA: Titolo, Nome, Cognome; elsewhere "Vorname | Nachname", "First name | Last
name"), each caption in a cell of its own with its value beside it. The title's row is no name,
and the given name's row holds only half of it: the name is the given name and the surname
joined.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell
from facturist.engine.model import Value

# The caption of a person's title or honorific ("Titolo | Ing.", "Titel | Dr.").
_TITLE_CAPTION = re.compile(
    r"^(?:titolo|titel|title|titre|t[íi]tulo|anrede|salutation)\s*:?$", re.IGNORECASE
)
# The given name's caption.
_GIVEN_CAPTION = re.compile(
    r"^(?:nome|vorname|first name|given names?|forename|pr[ée]nom|nombre)\s*:?$", re.IGNORECASE
)
# The surname's caption.
_SURNAME_CAPTION = re.compile(
    r"^(?:cognome|nachname|familienname|last name|surname|family name|nom(?: de famille)?"
    r"|apellidos?)\s*:?$",
    re.IGNORECASE,
)


def title_row(cells: list[Cell]) -> bool:
    """A block's row that captions the person's title ("Titolo | Ing."): no name."""
    return len(cells) == 2 and _TITLE_CAPTION.match(cells[0].text.strip()) is not None


def given_and_surname(cells: list[Cell], after: list[Cell]) -> Value | None:
    """The name a given name's row ("Nome | STEFANO") and the surname's row after it
    ("Cognome | MOLINARI") print in parts, given name first; else nothing."""
    if len(cells) < 2 or len(after) < 2 or not _GIVEN_CAPTION.match(cells[0].text.strip()):
        return None
    if not _SURNAME_CAPTION.match(after[0].text.strip()):
        return None
    given, surname = cells[1], after[1]
    name = f"{given.text.strip()} {surname.text.strip()}"
    return Value(name, name, (*given.boxes, *surname.boxes))
