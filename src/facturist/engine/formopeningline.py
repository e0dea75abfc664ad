"""A letterhead's name completed by the legal form opening the line under it.

A letterhead sets the firm's name large ("AUTO-DÍLY KREJČÍ", "KOVOSERVIS NOVÁK") and on the
line under it, in small print, the legal form before a tagline: "spol. s r.o. • náhradní
díly pro osobní vozidla", "GmbH · Ihr Partner für Haustechnik". The form names no one
alone and cannot end the tagline: it completes the name above it. The piece after the
separator is the tagline, no part of the name.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line, line_holding
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value

# Central European forms LEGAL_FORM leaves out: cs/sk "spol. s r.o.", "v.o.s.", "k.s.",
# hu "Zrt.", "Nyrt.", "Bt.", "Kkt.".
_MORE_FORMS = re.compile(
    r"spol\.\s?s\s?r\.\s?o\.|v\.\s?o\.\s?s\.|k\.\s?s\.|zrt\.|nyrt\.|bt\.|kkt\.",
    re.IGNORECASE,
)
# What closes the form's piece of the line: a bullet, a middle dot, a bar, a dash set apart.
_SEPARATOR = re.compile(r"\s*(?:[●•·|▪■;]|\s[–—-]\s)\s*")


def _form_alone(piece: str) -> bool:
    """Whether the piece is a legal form and nothing else ("spol. s r.o.", "GmbH")."""
    match = LEGAL_FORM.match(piece)
    if match is not None and match.end() == len(piece):
        return True
    return _MORE_FORMS.fullmatch(piece) is not None


def with_form_opening_next_line(name: Value, page: list[Line]) -> Value:
    """The name with the legal form opening the line close under it, flush with it; kept at
    the name's place (the address is read from there). Else `name`."""
    text = str(name.value).strip()
    if not name.boxes or LEGAL_FORM.search(text) or _MORE_FORMS.search(text):
        return name
    index = line_holding(page, name.boxes[0])
    if index is None or index + 1 >= len(page):
        return name
    line, below = page[index], page[index + 1]
    if (
        below.page != line.page
        or below.y0 - line.y1 > line.height + below.height
        or not below.cells
    ):
        return name
    first = below.cells[0]
    if abs(first.x0 - name.boxes[0].x0) > max(6.0, below.height):
        return name  # not flush under the name
    piece = _SEPARATOR.split(first.text.strip(), maxsplit=1)[0].strip()
    if not piece or not _form_alone(piece):
        return name
    return Value(f"{text} {piece}", name.text, name.boxes, name.confidence)


def form_opened_tagline(text: str) -> bool:
    """Whether a line is a legal form alone before a separator and a tagline ("SAS – Gros
    œuvre · Rénovation", "GmbH · Ihr Partner für Haustechnik"): it qualifies the name above
    it and names no one itself."""
    pieces = _SEPARATOR.split(text.strip(), maxsplit=1)
    if len(pieces) < 2 or not _form_alone(pieces[0].strip()):
        return False
    return any(ch.isalpha() for ch in pieces[1])


def with_form_set_apart(name: Value, page: list[Line]) -> Value:
    """A block's name completed by its legal form set apart from it: alone in the next cell
    close after it on its line ("Moravské strojírny Hodonín, | a.s.", a monospaced font's
    wide space making a cell of it), or alone on the line right under it, flush with it
    ("FLORA VERDE CONSTRUCT" over "S.R.L.", a narrow column's wrap). Else `name`."""
    text = str(name.value).strip()
    if not name.boxes or LEGAL_FORM.search(text) or _MORE_FORMS.search(text):
        return name
    first, last = name.boxes[0], name.boxes[-1]
    index = line_holding(page, last)
    if index is None:
        return name
    line = page[index]
    after = [c for c in line.cells if c.x0 >= last.x1 - 0.5]
    if after and after[0].x0 - last.x1 <= 1.5 * line.height and _form_alone(after[0].text.strip()):
        # "Hodonín," keeps its comma before the form, as printed.
        comma = "," if name.text.rstrip().endswith(",") and not text.endswith(",") else ""
        form = after[0].text.strip()
        return Value(f"{text}{comma} {form}", name.text, name.boxes, name.confidence)
    below = page[index + 1] if index + 1 < len(page) else None
    if below is None or below.page != line.page or below.y0 - line.y1 > below.height:
        return name
    for cell in below.cells:
        if abs(cell.x0 - first.x0) <= max(4.0, below.height / 2) and _form_alone(cell.text.strip()):
            return Value(f"{text} {cell.text.strip()}", name.text, name.boxes, name.confidence)
    return name
