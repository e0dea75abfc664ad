"""The invoice a credit memo credits, captioned "Orig. Invoice #" beside the memo's own number.

A US credit memo's details block stacks the memo's own caption ("CREDIT MEMO # | CM-2291")
over the invoice it credits ("ORIG. INVOICE # | 58817"). The invoice caption there is the
stronger in the lexicon, but the word before it in its cell, "Orig." (or "Original" on a credit
note), makes the number another document's. A bare "Original Invoice" on an invoice is its copy
mark (against "Duplicate"), so the full word counts on credit notes only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The invoice word the caption opens with: "Invoice #", "Inv. No.", "Bill #".
_INVOICE = re.compile(r"^(?:invoice|inv\.?|bill)$", re.IGNORECASE)
_ABBREVIATED = re.compile(r"(?:^|\s)orig\.?\s*$", re.IGNORECASE)
_WRITTEN_OUT = re.compile(r"(?:^|\s)(?:original|originating|initial)\s*$", re.IGNORECASE)


def original_invoice(first: str, before: str, credit_note: Callable[[], bool]) -> bool:
    """Whether the invoice caption opening with word `first`, after `before` in its cell,
    names the original invoice a credit note credits (`credit_note` tells, asked last)."""
    if not _INVOICE.match(first):
        return False
    if _ABBREVIATED.search(before):
        return True
    if not _WRITTEN_OUT.search(before):
        return False
    return credit_note()
