"""Captions of a bank-transfer slip printed at an invoice's foot (Finland's "tilisiirto", the
Nordic giro forms), often in two languages ("Viitenumero / Ref.nr", "Saaja / Mottagare"):
each heads a row of the slip, its value beside it; none is anyone's name."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line

# fi "Saaja", "Saajan tilinumero", "Maksaja", "Viitenumero", "Viite", "Eräpäivä", "Euro",
# "Allekirjoitus", "Tililtä nro", "Maksajan nimi ja osoite"; sv "Mottagare", "Mottagarens
# kontonummer", "Betalare",
# "Ref.nr", "Referensnummer", "Förfallodag", "Underskrift", "Från konto nr"; no/da
# "Betalingsmottaker", "Betalt av", "Kundeidentifikasjon" (KID), "Beløp", "Forfallsdato".
_SLIP_WORD = (
    r"(?:saaja|saajan tilinumero|maksaja|viitenumero|viite|er[äa]p[äa]iv[äa]|euro"
    r"|allekirjoitus|tililt[äa](?: nro)?|mottagare|mottagarens kontonummer|betalare"
    r"|ref\.?\s?nr\.?|referensnummer|f[öo]rfallodag|underskrift|fr[åa]n konto(?: nr)?"
    r"|betalingsmottaker|betalt av|kundeidentifikasjon|kid|forfallsdato"
    # fi "Maksajan nimi ja osoite" (the payer's name and address), wrapped before "osoite".
    r"|maksajan nimi ja(?: osoite)?|osoite)"
)
_SLIP_CAPTION = re.compile(rf"^{_SLIP_WORD}(?:\s*/\s*{_SLIP_WORD})*\s*:?$", re.IGNORECASE)


def slip_caption(text: str) -> bool:
    """Whether the text is a transfer slip's row caption, in one language or two."""
    return _SLIP_CAPTION.match(text.strip()) is not None


def slip_caption_under(line: Line, header: Cell) -> bool:
    """Whether the cell of `line` starting under `header` is a slip's row caption: the
    header heads a row of the slip, its value beside it, not a block under it."""
    return any(abs(cell.x0 - header.x0) < 4 and slip_caption(cell.text) for cell in line.cells)
