"""An Indian party block's town line, "Bengaluru 560002", known by the lines under it.

A six-digit number after a word is as often an order's or an account's as a PIN, so the
country's PIN is read only beside a state's name or the country (countrypostcodes.py). An
Indian tax invoice (Tally and its kin) prints neither on the town line: its party blocks run
name, street, "Town PIN", then "GSTIN/UIN: 29ABPFS6627L1Z9" and "State Name : Karnataka,
Code : 29". Those lines, set flush under the town line in the block's column (a row or two
of the grid beside may come between), vouch for the PIN as the country line would.
"""

from __future__ import annotations

import re

from facturist.engine.countrypostcodes import country_postcode_town
from facturist.engine.layout import Cell, Line
from facturist.engine.towns import INDIAN_STATES

# A six-digit PIN ending the line (perhaps "560 002"): the cheap gate.
_PIN_END = re.compile(r"(?<![\d/.,-])[1-9]\d{2} ?\d{3}\W*$")
# What an Indian block prints under its town: the GSTIN, the state's name and code, the
# country, the PAN.
_INDIAN_MARK = re.compile(
    rf"^\W*(?:GSTIN\b|GST\s*(?:No|Number|Regn?|IN)\b|PAN\b|India\b|State(?:\s+Name)?\s*:?\s*"
    rf"(?:{INDIAN_STATES})\b|(?:{INDIAN_STATES})\b)",
    re.IGNORECASE,
)
# Rows of a grid beside the block that may come between the town and its GSTIN line.
_LOOK_DOWN = 3


def pin_over_indian_ids(lines: list[Line], number: int, cell: Cell) -> re.Match[str] | None:
    """The town and PIN of `cell` on lines[number] where the next line of its column (its
    first cell flush under it) is an Indian block's GSTIN, state or country line; else None."""
    if not _PIN_END.search(cell.text):
        return None
    page = lines[number].page
    for line in lines[number + 1 : number + 1 + _LOOK_DOWN]:
        if line.page != page:
            return None
        under = next((c for c in line.cells if abs(c.x0 - cell.x0) < 3), None)
        if under is None:
            continue  # the grid's row beside the block, nothing in the block's column
        if _INDIAN_MARK.match(under.text) is None:
            return None
        return country_postcode_town(cell.text, "India")
    return None
