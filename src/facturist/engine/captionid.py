"""A party's ID on its section caption's line: "Odběratel: | IČ: | 25187368".

Czech and Slovak accounting packages (Pohoda) print the buyer's company and VAT numbers at
the top of its column, on the "Odběratel:" caption's own line, over the framed address box.
The ID's caption there starts no next block: the block under the section caption runs on
under it, and the name in the box ("Stavební firma Dvořák a syn s.r.o.") is not cut where
the ID's caption starts.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell

# A company or tax number's caption: cs/sk "IČ", "IČO", "DIČ", "IČ DPH", pl "NIP", "REGON",
# "VAT ID", "USt-IdNr.", "UID", "CIF", "NIF", "P. IVA".
_ID_CAPTION = re.compile(
    r"^(?:i[čc]o?|di[čc]|i[čc] dph|nip|regon|vat(?: id| no\.?| number)?|ust-?idnr\.?|uid"
    r"|cif|nif|p\.?\s?iva)\s*:?$",
    re.IGNORECASE,
)
# The fewest digits such a number holds.
_DIGITS = 6


def id_row_beside(cells: list[Cell], position: int) -> bool:
    """Whether cells[position] is an ID's caption with the number after it (in its cell or
    the next one): the caption's own block's row, no next block's caption."""
    cell = cells[position]
    words = cell.text.split()
    caption, value = cell.text, ""
    if len(words) > 1 and sum(ch.isdigit() for ch in words[-1]) >= _DIGITS:
        caption, value = " ".join(words[:-1]), words[-1]
    elif position + 1 < len(cells):
        value = cells[position + 1].text
    return bool(_ID_CAPTION.match(caption.strip())) and sum(ch.isdigit() for ch in value) >= _DIGITS
