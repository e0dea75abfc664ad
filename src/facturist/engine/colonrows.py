"""A party's caption over another "caption:" of a caption | value list.

"Cliente: | Sanatorio del Parque Cooperativa Ltda." over "Domicilio: | Bv. Pellegrini 3120":
the cell under the party's caption is a caption of its own, closed by its colon, so the lines
are a list of the party's details, each caption beside its value, not two blocks headed side by
side ("Bill To   Ship To" over two addresses). The caption under need not be one the field
lists know ("Domicilio", "Cond. IVA", "Teléfono" name no invoice field). A tax ID's row among
them ("RFC: | DFN0309128Q9") holds no line of the party's address.
"""

from __future__ import annotations

import re

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Cell, Line


def colon_caption_under(below: Line, header: Cell) -> bool:
    """Whether the cell of `below` starting under `header` is a short caption ending in a
    colon, with its value in the next cell."""
    for position, cell in enumerate(below.cells):
        if abs(cell.x0 - header.x0) >= 4:
            continue
        text = cell.text.strip()
        return (
            text.endswith(":")
            and 1 <= len(text.split()) <= 4
            and not any(ch.isdigit() for ch in text)
            and position + 1 < len(below.cells)
        )
    return False


def after_id_caption(line: Line, cell: Cell) -> bool:
    """Whether the cell is the value of a tax ID's caption just before it on its line ("RFC: |
    DFN0309128Q9" under "Nombre / Razón social: | ..."): an identifier, no line of an address."""
    position = next((i for i, c in enumerate(line.cells) if c is cell), 0)
    if position == 0:
        return False
    caption = line.cells[position - 1].text.strip()
    found = LABELS_BY_RANK["seller_vat_id"].match(caption)
    return found is not None and not caption[found.end() :].strip(" :.")


# Mexico's CFDI 4.0 prints the receiver's fiscal domicile as its postcode alone ("Domicilio
# fiscal: | C.P. 64000"): no street, no town, no address to read.
_POSTCODE_ALONE = re.compile(r"^(?:c\.\s?p\.|cp|c[óo]digo postal)\s*:?\s*\d{4,5}$", re.IGNORECASE)


def postcode_alone(taken: list[Cell]) -> bool:
    """Whether an address block's only line is a captioned postcode ("C.P. 64000")."""
    return len(taken) == 1 and _POSTCODE_ALONE.match(taken[0].text.strip()) is not None
