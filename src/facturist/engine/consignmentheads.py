"""A consignment's heading over its charges: a group's title, not the end of the table.

Freight forwarders', couriers' and hauliers' monthly bills group their charges by shipment,
each group under a line of the shipment's data and closed by its sub-total::

    03/03/25 | CMR 88120447 | Le Cheylas > Torino (IT) | 6 pal. | 2 860,000
               Transport routier international               412,00 | 20
               Surcharge gazole 9,8 %                         40,38 | 20
                                   Sous-total expédition     500,38

The heading prints no figure in the table's amount column, but it is too long to read as a
title (`tablesections._title`): it is told by its shipment data instead, two kinds at least
of a route ("A > B", "A → B"), a waybill or consignment number (seven digits or more, or
captioned "AWB", "CMR", "B/L"), a weight ("kg") or a count of parcels ("6 pal.", "3 pcs").
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# "Le Cheylas > Torino (IT)", "COVENTRY GB > LYON FR", "Verona → München", "FRA -> JFK".
_ROUTE = re.compile(r"[^\W\d_][\w.)]*\s*(?:>|→|->|=>|⇒|»|➔)\s*[^\W\d_]")
# A waybill, consignment or tracking number: seven digits or more, or a carrier's caption.
_REFERENCE = re.compile(
    r"(?<![\d.,])\d{7,}(?![\d.,])|\b(?:awb|hawb|mawb|cmr|b/l|bl|waybill|consignment|tracking"
    r"|sendung|lettre de voiture|vrachtbrief|frachtbrief)\b",
    re.IGNORECASE,
)
# A weight or a count of parcels, pallets, cartons: "3.420,000 kg", "6 pal.", "2 pcs".
_LOAD = re.compile(
    r"\d\s*(?:kg|kgs|t|lbs?|m³|m3|cbm)\b|\b\d{1,4}\s*(?:pal\.?|pallets?|palettes?|colis|colli"
    r"|parcels?|pcs|pkgs?|packages?|ctns?|cartons?|pakete?|stk\.?|bultos|cajas)(?!\w)",
    re.IGNORECASE,
)


def consignment_heading(line: Line) -> bool:
    """Whether `line` (no figure in the table's columns) heads a shipment's charges: two
    kinds of shipment data of a route, a waybill number, a weight or parcels."""
    text = line.text
    if not any(ch.isdigit() for ch in text):
        return False
    kinds = (
        _ROUTE.search(text) is not None,
        _REFERENCE.search(text) is not None,
        _LOAD.search(text) is not None,
    )
    return sum(kinds) >= 2
