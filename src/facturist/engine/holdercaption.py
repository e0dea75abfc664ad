"""An account holder's caption alone over the customer's block ("Titulaire du compte",
"Account holder", "Kontoinhaber", "Rekeninghouder"): a card or utility statement's heading
over the name, street and town of the account's holder, who is billed. The caption is never
the buyer's name; the name under it is. Among a bank transfer's rows ("IBAN", "BIC") the
same caption names the payee's account, no customer."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.passenger import upper_half
from facturist.engine.towns import POSTCODE_TOWN

_HOLDER_CAPTION = re.compile(
    r"^(?:titulaire du compte|account holder|kontoinhaber(?:in)?|rekeninghouder)\s*:?$",
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
        block = []
        for below in upper[index + 1 : index + 6]:
            cell = next((c for c in below.cells if abs(c.x0 - caption.x0) < 4), None)
            if cell is None:
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
