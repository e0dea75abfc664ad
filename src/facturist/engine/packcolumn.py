"""A pack-size column ("Pack", "Gebinde", "Conditionnement"): what one unit sold holds.

Wholesalers print each article's pack beside the count ("HEINZ BAKED BEANS | 6x2.62kg | 2"),
and a bare size like "10kg" or "20L" reads as a count glued to its unit ("50m", "24Stk").
Under a pack caption it is no quantity: the caption's span joins the columns naming no item
figure (`Columns.others`), wherever it stands in the header.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# en "Pack", "Pack size", "Packing", "Pack/Size", "Size"; de "Gebinde", "Inhalt",
# "Packung", "Verpackung", "Packungsgröße"; fr "Conditionnement", "Cond.", "Colisage";
# nl "Verpakking"; it "Confezione", "Conf."; es "Envase", "Formato"; pt "Embalagem".
_PACK_CAPTION = re.compile(
    r"^(?:pack|pack\s?size|pack\s?/\s?size|packing|packaging|size|case\s?size|gebinde|inhalt"
    r"|packung|verpackung|packungsgr[öo](?:ß|ss)e|conditionnement|cond\.|colisage|verpakking"
    r"|confezione|conf\.|envase|formato|embalagem)$",
    re.IGNORECASE,
)


def pack_spans(group: list[Line]) -> list[tuple[float, float]]:
    """The x-spans of the header's cells captioning a pack size (see the module's
    docstring); `group`: the header's lines."""
    return [
        (cell.x0, cell.x1)
        for member in group
        for cell in member.cells
        if _PACK_CAPTION.match(cell.text.strip(" :"))
    ]
