"""Payment instructions: how to pay the invoice, never a thing it charges for.

Small firms set their bank details at the left of the totals box ("Payment by BACS to:",
"Sort code 60-16-13 Account 31926819", "IBAN GB29 NWBK ...", "Please quote the invoice
number."), on the same rows as "Sub Total", "VAT @ 20%" and "Invoice Total". Read row by
row, such a text and the total's figure beside it pass for an item; a text that instructs
the payment is no item's description, whatever figure stands beside it.
"""

from __future__ import annotations

import re

# Only a bank detail with its number, or an instruction's own wording: "Account management
# fee" and "Bank charges" are charges.
_INSTRUCTION = re.compile(
    r"\bsort[\s-]?code\b|\bBACS\b|\bIBAN\b\W*[A-Z]{2}\s?\d{2}|\b(?:BIC|SWIFT)\b\W*[A-Z]{4}"
    r"|\b(?:account|acct|a/c)\.?\s*(?:no\.?|number|nr\.?|#)?\s*:?\s*\d{6,}"
    r"|\bplease\s+quote\b|\bpayment\s+by\s+(?:bacs|bank\s+transfer|cheque|check)\b"
    r"|\bcheques?\s+(?:payable|made\s+payable)\b",
    re.IGNORECASE,
)


def instructs_payment(text: str) -> bool:
    """Whether `text` tells how to pay: a bank account's details, "please quote ..."."""
    return bool(_INSTRUCTION.search(text))
