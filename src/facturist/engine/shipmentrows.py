"""A shipment's rows: "B/L No.", "Container", "Vessel/Voy.", "ETD", "Incoterms", "Port of
loading", nl "Schip/reis", "Laadhaven", de "Verladehafen", fr "Navire", ...

A forwarder's invoice lists the shipment it bills ("Afzender | : <exporter>" over "Ontvanger
| : <importer>" and "B/L nr."); an exporter's commercial invoice prints the route ("From:
NINGBO, CHINA | To: ROTTERDAM" over "B/L No.: ..."). Their sender caption names the goods'
consignor or the route's origin, never the invoice's issuer: read as the seller's section, the
receiver's caption or the origin town became the seller's name, and the shipping row under it
its address. The invoice's letterhead names the seller. So with the receiver's caption
("Empfänger: | Midwest Tooling Inc., ..." beside "HAWB:"): the goods' consignee, while the
window's addressee is billed.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Value

# A shipping caption opening a cell: transport documents, vessels, ports, dates and terms.
_SHIPPING_CAPTION = re.compile(
    r"^(?:b\s*/\s*l\b|bill\s+of\s+lading|air\s*way\s*bill|[mh]?awb\b|cmr\b|container(?:\s*n[or]\.?)?\b"
    r"|containernummer|vessel|voyage|ship\s*/\s*voy|schip\s*/\s*reis|schip\b|navire|buque"
    r"|nave\b|etd\b|eta\b|incoterms?\b|port\s+of\s+(?:loading|discharge|destination)"
    r"|laadhaven|loshaven|verladehafen|l[öo]schhafen|port\s+de\s+(?:chargement|d[ée]chargement)"
    r"|puerto\s+de\s+(?:carga|descarga)|porto\s+di\s+(?:carico|scarico)|konnossement"
    r"|connaissement|conocimiento\s+de\s+embarque|polizza\s+di\s+carico|frachtbrief)",
    re.IGNORECASE,
)
# How far (in lines' heights) a shipping row may stand from the caption's line.
_REACH = 4.0


def _shipping(line: Line) -> bool:
    return any(_SHIPPING_CAPTION.match(cell.text.strip()) for cell in line.cells)


def in_shipment_rows(lines: list[Line], index: int) -> bool:
    """Whether the line at index, or one a few lines' heights above or below it on its page,
    holds a shipping caption: the caption on it belongs to the shipment's details."""
    line = lines[index]
    reach = _REACH * max(line.height, 1.0)
    return any(
        other.page == line.page and abs(other.y0 - line.y0) <= reach and _shipping(other)
        for other in lines[max(0, index - 3) : index + 4]
    )


def in_shipment_box(lines: list[Line], party: Value) -> bool:
    """Whether the party's name stands in the shipment's rows (a consignee or consignor)."""
    index = line_holding(lines, party.boxes[0]) if party.boxes else None
    return index is not None and in_shipment_rows(lines, index)
