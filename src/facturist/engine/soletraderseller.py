"""A sole trader's own name under the brand it trades as: "CARPINTERÍA HNOS. VIDAL" set large,
a trade tagline, then "José Antonio Vidal Ferrer" over "C/ Mayor, 58" / "03690 Sant Vicent"
/ "NIF: 48213376V". A brand is no legal person; the invoice's legal seller is the person
whose name heads the postal address, and the tax number the block prints is a person's
(Spain's DNI / NIE, Portugal's NIF of a natural person, Italy's codice fiscale), which no
company holds: the person is the seller, the brand their trading name.
"""

from __future__ import annotations

import re

from facturist.engine.estates import industrial_estate
from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.letterheadtagline import trade_tagline
from facturist.engine.model import Value
from facturist.engine.parse.vat_checksums import VAT_CHECKSUMS
from facturist.engine.partynames import not_a_name
from facturist.engine.towns import town_in

# A person's full name: two to six capitalised words, particles between them ("José Antonio
# Vidal Ferrer", "Ricardo Manuel Sousa Pinto", "Maria do Carmo dos Santos").
_PERSON = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+"
    r"(?:\s+(?:(?:de|da|do|dos|das|del|de la|de los|di|e|y|i)\s+)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+)"
    r"{1,5}"
)
# A tax number in the block, perhaps after its caption and country prefix.
_TAX_NUMBER = re.compile(
    r"(?<![\w])(?:ES|PT|IT)?\s?([0-9XYZKLM]\d{7}[A-Z]|\d{9}|[A-Z]{6}\d{2}"
    r"[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z])(?!\w)"
)
# The tax number's caption: es "NIF", "DNI", "NIE", "CIF", pt "NIF", "Contribuinte", it
# "C.F.", "Codice fiscale", "P. IVA", or "VAT".
_TAX_CAPTION = re.compile(
    r"\b(?:nif|nie|dni|cif|nipc|contribuinte|c\.\s?f\.|cod(?:ice|\.)\s?fiscale|p\.?\s?iva|vat)\b",
    re.IGNORECASE,
)
# Italy's codice fiscale of a person: surname's and name's letters, birth date and place.
_CODICE_FISCALE = re.compile(r"[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]")


def person_under_brand(page: list[Line], seller: Value | None) -> Value | None:
    """The person's name heading the seller's address under its brand (see the module's
    note), or None."""
    if seller is None or not seller.boxes or LEGAL_FORM.search(str(seller.value)):
        return None
    first = seller.boxes[0]
    start = next((i for i, ln in enumerate(page) if any(w.box == first for w in ln.words)), None)
    if start is None:
        return None
    column = _column(page, start, first.x0)
    for position, (line, cell) in enumerate(column[:-1]):
        if not _person_line(cell.text):
            continue
        street_line, street = column[position + 1]
        if street_line.y0 - line.y1 > 1.2 * max(line.height, street_line.height):
            return None
        if not any(ch.isdigit() for ch in street.text) or town_in(street.text):
            continue  # a tagline's words over the name ("Instalações Elétricas e Reparações")
        if any(_personal_tax_number(c.text) for _ln, c in column[position + 1 :]):
            text = cell.text.strip()
            return Value(text, cell.text, cell.boxes, 0.6)
        return None
    return None


def _column(page: list[Line], start: int, x0: float) -> list[tuple[Line, Cell]]:
    """The seller's block: the lines under its name starting at its edge, each close under
    the one before (a tagline's spacing allowed), down to the end of the block."""
    found: list[tuple[Line, Cell]] = []
    bottom, height = page[start].y1, page[start].height
    for line in page[start + 1 : start + 9]:
        tolerance = max(6.0, 0.3 * line.height)
        cell = next((c for c in line.cells if abs(c.x0 - x0) <= tolerance), None)
        if cell is None:
            continue
        if line.page != page[start].page or line.y0 - bottom > 2.0 * max(line.height, height):
            break
        found.append((line, cell))
        bottom, height = line.y1, line.height
    return found


def _person_line(text: str) -> bool:
    stripped = text.strip()
    return (
        _PERSON.fullmatch(stripped) is not None
        and not LEGAL_FORM.search(stripped)
        and not trade_tagline(stripped)
        and not industrial_estate(stripped)
        and not not_a_name(stripped)
    )


def _personal_tax_number(text: str) -> bool:
    """Whether a line prints a natural person's tax number: Spain's DNI (eight digits and its
    check letter) or NIE ("X1234567L"), Portugal's NIF opening with 1, 2 or 3 (a company's
    opens with 5 or over), Italy's codice fiscale; a check digit must hold."""
    if _TAX_CAPTION.search(text) is None:
        return False  # a phone number may pass a check digit by chance
    for match in _TAX_NUMBER.finditer(text.upper().replace(".", "").replace("-", "")):
        number = match.group(1)
        if _CODICE_FISCALE.fullmatch(number):
            return True
        if number[-1].isalpha() and VAT_CHECKSUMS["ES"](number):
            return True
        if number.isdigit() and number[0] in "123" and VAT_CHECKSUMS["PT"](number):
            return True
    return False


def personal_tax_number(text: str) -> bool:
    """Whether `text` prints a natural person's tax number under its caption (see
    `_personal_tax_number`); labelledtail.py tells a person's name by it."""
    return _personal_tax_number(text)
