"""A courier's or haulier's list of shipments: each row one shipment and its charge.

Couriers and hauliers bill a month's shipments one per row, with the shipment's data and its
charge, no count billed and no price of one::

    Data       | N. Spedizione | Destinazione | Colli | Peso kg | Importo €
    01/03/2024 | RX240301187   | Milano (MI)  | 1     | 17,5    | 14,25
    Date      | Waybill       | Destination  | Service           | Pcs | Act kg | Charge £
    04 Mar 24 | 4417 2390 551 | US - Boston  | Worldwide Express | 1   | 3.2    | 86.40

A weight's caption beside the amount's, and no price's caption, tell the list: the parcels
and the weight are the shipment's data (their product is no charge), and the shipment's text
columns right of its date (the waybill or consignment number, the destination, the service)
together name the item, whether or not one of them is captioned as the description.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from facturist.engine.column_captions import classify_text
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

if TYPE_CHECKING:
    from facturist.engine.tableheader import Columns

# A count of parcels, pieces or packages: en "Pcs", "Pieces", "Pkgs", "Parcels", it "Colli",
# fr "Colis", de "Pakete", "Packstücke", nl "Colli", "Stuks", es "Bultos".
_PARCELS = re.compile(
    r"^(?:pcs\.?|pieces|items|pkgs?\.?|packages?|parcels?|ctns?\.?|cartons?|colli|colis|nb\s+colis"
    r"|pakete?|packst(?:ü|ue)cke?|stuks|bultos|pallets?|plts\.?|palettes?|bancali|pal\.?)$",
    re.IGNORECASE,
)
# A weight's caption, perhaps qualified: "Peso kg", "Act kg", "Chg. weight", "Gewicht".
_WEIGHT = re.compile(
    r"(?:^|\s)(?:wt\.?|weight|gewicht|gew\.|poids|peso|waga|kgs?|kilos?)(?:\s|$)",
    re.IGNORECASE,
)
# A date's caption opening the row: "Date", "Data", "Datum", "Fecha", "Pickup date".
_DATE = re.compile(r"^(?:[\w.]+\s+)?(?:date|data|datum|fecha|dato)$", re.IGNORECASE)


def shipment_list(found: dict[str, list[Word]], group: list[Line]) -> bool:
    """Whether the header (`found`: its captions by column, `group`: its lines) heads a list
    of shipments (see the module's docstring): one line, an amount's caption, a weight's
    caption left of it, no price's, and a text caption right of the date other than the
    weight's and parcels'. If so, the count (the parcels or the weight) is dropped and the
    description's caption becomes the first text caption right of the date."""
    if len(group) != 1 or "amount" not in found or "unit_price" in found:
        return False
    amount_x0 = min(w.box.x0 for w in found["amount"])
    cells = [c for c in group[0].cells if c.x1 <= amount_x0]
    if not any(_WEIGHT.search(c.text.strip()) for c in cells):
        return False
    texts: list[Cell] = []
    for cell in cells:
        text = cell.text.strip()
        if _WEIGHT.search(text) or _PARCELS.match(text):
            break  # the shipment's figures start
        if _DATE.match(text):
            texts = []  # the text columns start right of the date
            continue
        if classify_text(text) not in (None, "description"):
            return False
        texts.append(cell)
    if not texts or all(classify_text(c.text.strip()) == "description" for c in texts):
        return False  # "Artikel | kg | Betrag": goods sold by weight, their name captioned
    found.pop("quantity", None)
    found["description"] = list(texts[0].words)
    return True


def shipment_text(columns: Columns, group: list[Line], found: dict[str, list[Word]]) -> None:
    """The description of a shipment list runs from its first text caption to the first
    figure's caption (the parcels, the weight or the amount)."""
    x0 = min(w.box.x0 for w in found["description"])
    ends = [
        c.x0
        for c in group[0].cells
        if c.x0 > x0 and (_WEIGHT.search(c.text.strip()) or _PARCELS.match(c.text.strip()))
    ]
    x1 = min(ends, default=columns.centers["amount"][0]) - 2
    # Each caption word's start: "Lettera di vettura Destinatario" may print as one cell.
    columns.texts = [w.box.x0 for w in group[0].words if x0 - 2 <= w.box.x0 < x1]
    columns.description = (x0 - 8, x1)
    columns.others = [span for span in columns.others if not (x0 <= span[0] < x1)]
    amount_x0 = columns.centers["amount"][0]
    figures = [(c.x0, c.x1) for c in group[0].cells if x1 < c.x0 and c.x1 < amount_x0]
    columns.others += [span for span in figures if span not in columns.others]


def under_text_caption(description: list[Word], columns: Columns) -> bool:
    """A charge row of a shipment list ("Supplemento carburante 14,5 %") whose text starts
    under one of the shipment's text captions' words, not the first: a row, no total set in."""
    return bool(description) and any(abs(description[0].box.x0 - x) <= 4 for x in columns.texts)
