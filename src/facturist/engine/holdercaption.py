"""An account holder's caption alone over the customer's block ("Titulaire du compte",
"Account holder", "Kontoinhaber", "Rekeninghouder"): a card or utility statement's heading
over the name, street and town of the account's holder, who is billed. The caption is never
the buyer's name; the name under it is. Among a bank transfer's rows ("IBAN", "BIC") the
same caption names the payee's account, no customer."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.passenger import upper_half
from facturist.engine.towns import POSTCODE_TOWN

_HOLDER_CAPTION = re.compile(
    r"^(?:titulaire du compte|account holder|kontoinhaber(?:in)?|rekeninghouder"
    # Spain's and Portugal's utility bills head the customer's block "Datos del titular",
    # "Dados do titular"; Italy's "Dati del titolare" / "Dati dell'intestatario".
    r"|datos del titular|dados do titular|dati del titolare|dati dell['’]intestatario)\s*:?$",
    re.IGNORECASE,
)
# A bank's details in the block or beside it: the holder of the payee's account.
_BANK = re.compile(r"\b(?:iban|bic|swift|bank|banque|blz|rib)\b", re.IGNORECASE)


def holder_block_name(lines: list[Line]) -> Value | None:
    """The name under an account holder's caption alone on its line in page one's upper
    half, when a postcode and town follow it in the same column; else None."""
    upper = upper_half(lines)
    for index, line in enumerate(upper):
        if len(line.cells) != 1 or not _HOLDER_CAPTION.match(line.cells[0].text.strip()):
            continue
        caption = line.cells[0]
        block: list[Cell] = []
        for below in upper[index + 1 : index + 11]:
            cell = next((c for c in below.cells if abs(c.x0 - caption.x0) < 4), None)
            if cell is None and _beside(below, caption):
                continue  # a row of the summary box to the right, between the block's lines
            if cell is None or len(block) == 5:
                break
            block.append(cell)
        if len(block) < 2 or any(_BANK.search(cell.text) for cell in block):
            continue
        name = block[0]
        text = name.text.strip()
        if any(ch.isdigit() for ch in text) or ":" in text or len(text) < 3:
            continue
        if not any(POSTCODE_TOWN.search(cell.text) for cell in block[1:4]):
            continue
        return Value(text, name.text, name.boxes)
    return None


def _beside(line: Line, caption: Cell) -> bool:
    """Whether all of a line's cells start right of the caption's column: a summary box's
    row ("Nº de contrato | 300047718") printed between the lines of the block under it."""
    return all(c.x0 > caption.x1 + 20 for c in line.cells)
