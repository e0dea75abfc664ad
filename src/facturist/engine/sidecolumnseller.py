"""A narrow side column beside the page's main column, printing a legal-form name over its
street, town, VAT ID, chamber-of-commerce number and IBAN: the seller's letterhead.
A narrow column wraps a name before its last word ("Talentbrücke" / "Personalberatung
GmbH"): the word flush over the form's line, at its line spacing, begins the name.

A letter template may set its sender's details in a small column left (or right) of the
text, under a logo, on every page ("Kleiweg Advies B.V. / Kerkstraat 9 / 5611 GH Eindhoven /
KvK ... / Btw NL... / NL20 INGB ..."). The first legal-form name of the main column is then
the addressee's block, the buyer's, not the issuer's.
"""

from __future__ import annotations

import re
from collections import Counter

from facturist.engine.formtagline import name_like
from facturist.engine.layout import Cell, Line, print_height
from facturist.engine.legalfooter import is_sentence
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partynames import names_by_form

# How far, in points, a side column's lines start apart, and its gap to the main column.
_SAME_EDGE = 3.0
_GAP = 10.0
# The side column holds this many lines at least, the company's details this few under it.
_LINES = 4
_DETAILS = 8

# The issuer's registration or bank details: a caption of one, a VAT ID, an IBAN.
_DETAIL = re.compile(
    r"\b(?:IBAN|BIC|KvK|KVK|Btw|BTW|VAT|USt|UID|HRB|HRA|TVA|IVA|NIF|CIF|SIRE[NT]|RCS|KBO|CVR"
    r"|MwSt|MWST)\b|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b|\b[A-Z]{2}\d{8,12}B\d{2}\b"
)


def side_column_seller(page: list[Line], named: Value) -> Value | None:
    """The legal-form name heading a side column's company details, when `named` (the
    seller read so far) stands in the main column and is another name; else None."""
    if not page or not named.boxes:
        return None
    main = _main_edge(page)
    if main is None or named.boxes[0].x0 < main - _GAP:
        return None
    side = [
        cell
        for line in page
        for cell in line.cells[:1]
        if cell.x1 < main - _GAP and len(line.cells) <= 2
    ]
    for index, cell in enumerate(side):
        text = cell.text.strip()
        if not names_by_form(text) or is_sentence(text) or text.endswith(":"):
            continue
        column = [c for c in side[index:] if abs(c.x0 - cell.x0) < _SAME_EDGE]
        if len(column) < _LINES:
            continue
        if not any(_DETAIL.search(c.text) for c in column[1 : 1 + _DETAILS]):
            continue
        if " ".join(text.casefold().split()) == " ".join(str(named.value).casefold().split()):
            return None
        above = side[index - 1] if index else None
        if above is not None and _wraps_into(above, cell):
            # Kept at the form line's place (and as its text): the address is read there.
            return Value(f"{above.text.strip()} {text}", cell.text, cell.boxes)
        return Value(text, cell.text, cell.boxes)
    return None


def _wraps_into(above: Cell, cell: Cell) -> bool:
    """Whether `above`, flush over the name `cell` at its line spacing, is the name's first
    line: the name line holds one word before its form, and `above` reads as a name's words."""
    form = LEGAL_FORM.search(cell.text)
    if form is None or len(cell.text[: form.start()].split()) != 1:
        return False
    gap = cell.words[0].box.y0 - max(w.box.y1 for w in above.words)
    if abs(above.x0 - cell.x0) >= _SAME_EDGE or not 0 <= gap <= print_height(cell):
        return False
    text = above.text.strip()
    # Not a caption of the block ("ANSCHRIFT", "Absender:").
    return name_like(text) and not text.isupper() and not text.endswith(":")


def _main_edge(page: list[Line]) -> float | None:
    """Where most of the page's lines start (rounded to 2 points): the main column's edge."""
    starts = Counter(round(line.cells[0].x0 / 2) * 2 for line in page if line.cells)
    if not starts:
        return None
    edge, count = starts.most_common(1)[0]
    return float(edge) if count >= _LINES else None


__all__ = ["side_column_seller"]
