"""The contract's holder a telecom or utility bill names beside its caption on one line
("Titular: Javier Morales Ruiz"): Spain's and Portugal's "Titular", France's "Titulaire (du
contrat)", Italy's "Intestatario": the customer the bill is for, when no addressee's block is
captioned. A bank account's holder ("Titular de la cuenta", "Titular: ... IBAN ES..") is the
payee's or the payer's account, not this caption."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.passenger import upper_half

HOLDER = re.compile(
    r"^(?:titular(?: del? (?:contrato|suministro|servicio))?|titulaire(?: du contrat)?"
    r"|intestatario(?: del contratto)?)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
# A bank's details on the line or beside it: the account's holder, no customer's caption.
BANK = re.compile(r"\b(?:iban|bic|swift|cuenta|conta|compte|conto|banco|banque|bank)\b", re.I)
# A courtesy title before the name ("D. Javier ...", "Sr. ...", "M. ...").
_COURTESY = re.compile(r"^(?:d|d[ñn]a|sr|sra|srta|m|mme|sig|sig\.ra)\.\s+(?=\S)", re.IGNORECASE)


def holder_name(lines: list[Line]) -> Value | None:
    """The name after a holder's caption in a cell on page one's upper half, or None."""
    upper = upper_half(lines)
    for index, line in enumerate(upper):
        for cell in line.cells:
            caption = HOLDER.match(cell.text)
            if caption is None:
                continue
            near = upper[max(0, index - 1) : index + 2]
            if any(BANK.search(ln.text) for ln in near):
                continue
            text = _COURTESY.sub("", cell.text[caption.end() :].strip())
            letters = sum(ch.isalpha() for ch in text)
            if len(text.split()) >= 2 and letters >= 5 and not any(ch.isdigit() for ch in text):
                # The caption's boxes too: the block's edge, which its lines start flush with.
                return Value(text, cell.text, cell.boxes, 0.6)
    return None
