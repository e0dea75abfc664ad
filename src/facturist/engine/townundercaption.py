"""Side-by-side party boxes of captioned rows: "Furnizor: | Cumpărător:" over "CONSTRUCT DEPO
VEST S.R.L. | ARHIDOM PROIECT S.R.L." over "Sediu: Str. Gheorghe Lazăr nr. 24 | Sediu: Calea
Aradului nr. 56, ap. 3" over "300081 Timișoara, jud. Timiș | 300291 Timișoara, jud. Timiș".

Two things of such boxes that captionedaddress.py reads: the cell left of the buyer's name is
the seller's name, no caption of the buyer's (a caption names no firm: it ends in no legal
form), so the buyer's column starts at its own name; and the address row's caption ("Sediu:",
registered office) heads its row only, the town line set flush under the caption, without a
caption of its own, goes on with the address.
"""

from __future__ import annotations

from facturist.engine.balticparties import form_first_name
from facturist.engine.layout import Cell
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Word
from facturist.engine.sixdigittown import six_digit_town
from facturist.engine.townline import town_in

_FLUSH = 4.0  # points between the caption's edge and the town line's


def party_name_beside(cell: Cell) -> bool:
    """Whether the cell left of a party's name is another party's name ending in its legal
    form ("CONSTRUCT DEPO VEST S.R.L."), no caption of the name."""
    text = cell.text.strip()
    if text.endswith(":"):
        return False
    if form_first_name(text):
        return True  # "UAB „Medžio Linija“": the form leads the quoted name (balticparties.py)
    forms = list(LEGAL_FORM.finditer(text))
    return bool(forms) and forms[-1].end() >= len(text.rstrip(" .,")) and len(text.split()) > 1


def town_under_caption(
    column: list[Cell], street_line: list[Cell], street: list[Word]
) -> list[Word] | None:
    """The words of the town line flush under the address row's caption, postcode first
    ("300081 Timișoara, jud. Timiș", "80331 München"), else None."""
    if not column or not street_line or not street:
        return None
    if abs(column[0].x0 - street_line[0].x0) > _FLUSH:
        return None
    text = column[0].text
    row = Cell(list(street))
    found = town_in(text, [row]) or six_digit_town(text, [row])
    if found is None or found.start() > 0 or not text.strip()[:1].isdigit():
        return None
    return list(column[0].words)
