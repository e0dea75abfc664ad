"""A tax line captioned by its accounting ledger's name.

Indian invoices printed from an accounting package (Tally and its kind) caption each tax
row with the ledger it is posted to: "Output CGST @ 9%", "Output SGST @ 9%" (the seller's
output tax; "Input" on a purchase voucher) under the untitled subtotal of the items. Past
the ledger's word the caption names the tax as any tax line does.
"""

from __future__ import annotations

import re

from facturist.engine.labels import LABELS_BY_RANK

# The ledger's word in front of the tax's name ("Output CGST", "Output Tax IGST").
_LEDGER = re.compile(r"^(?:output|input)\s+(?:tax\s+)?", re.IGNORECASE)


def tax_caption(text: str) -> bool:
    """The caption opens with a tax's name, past a ledger's "Output" / "Input"."""
    return LABELS_BY_RANK["tax_amount"].match(_LEDGER.sub("", text, count=1)) is not None
