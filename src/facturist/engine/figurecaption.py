"""A figure's caption beside a party's caption: another box's heading, never the party's name.

A layout may set the buyer's block and a box of the amount due side by side, their captions
on one line: "RECHNUNGSEMPFÄNGER | Fälliger Betrag" over "Kanzlei Voss & Partner mbB |
EUR 2'398.00". The second cell is the due amount's caption, not the buyer's name printed
beside its caption; the name is under the caption. A cell that is wholly an amount's or a
date's caption (the whole cell, so "Total Energies SA" stays a name) is such a heading.
"""

from __future__ import annotations

from facturist.engine.labels import LABELS_BY_RANK

# The fields whose captions head a box of their own beside a party's block.
_BOXED_FIELDS = ("amount_due", "total_amount", "net_amount", "due_date", "invoice_date")


def figure_caption(text: str) -> bool:
    """Whether the text is, as a whole, an amount's or a date's caption ("Fälliger Betrag",
    "Amount due:", "Zahlbar bis")."""
    text = text.strip(" :")
    if not text or any(ch.isdigit() for ch in text):
        return False
    for key in _BOXED_FIELDS:
        match = LABELS_BY_RANK[key].match(text)
        if match is not None and not text[match.end() :].strip(" :"):
            return True
    return False
