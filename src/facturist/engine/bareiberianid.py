"""A Spanish tax number printed bare in a party's block, no "CIF" / "NIF" caption.

Spanish letterheads often print the company's CIF (or a person's NIF) alone on the line
under its name, before the street: "Estudio Lumbre Digital S.L." / "B86429313" / "Calle de
Fuencarral 112". It carries no country code, so the bare VAT ID reader (seller_vat.py) does
not see it, and the address reader took it for the block's first line. The form (a letter or
digit, seven digits, a check letter or digit, at least one letter) and the check character
Spain's numbers carry (parse/vat_checksums.py) make it a tax number; in the block the party's
name heads it is that party's.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parse.ids import is_valid_vat_id
from facturist.engine.seller_vat import in_block

# A CIF ("B86429313"), a DNI's NIF ("28841563T") or a foreigner's NIE ("X1234567L").
_FORM = re.compile(r"[A-Z0-9]\d{7}[A-Z0-9]")


def is_bare_spanish_id(text: str) -> bool:
    """The text is only a Spanish tax number whose check character holds."""
    text = text.strip()
    if _FORM.fullmatch(text) is None or text.isdigit():
        return False
    return is_valid_vat_id(f"ES{text}") is True


def bare_party_id(lines: list[Line], party: Value | None) -> Value | None:
    """The first Spanish tax number alone in its cell in the block `party` (its name) heads."""
    if party is None or not party.boxes:
        return None
    page = party.boxes[0].page
    for line in lines:
        if line.page != page:
            continue
        for cell in line.cells:
            if len(cell.words) != 1 or not is_bare_spanish_id(cell.text):
                continue
            value = Value(cell.text.strip(), cell.text, cell.boxes, 0.6)
            if in_block(value, party, lines):
                return value
    return None


__all__ = ["bare_party_id", "is_bare_spanish_id"]
