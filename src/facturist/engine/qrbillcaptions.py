"""The Swiss QR-bill's captions (the payment part and receipt every Swiss invoice may carry
at its foot, or on a page of its own), in German, French, Italian and English.

"Konto / Zahlbar an" heads the creditor's account, name and address: the address where the
money goes, often a post-office box ("Postfach", "Case postale 412"), while the letterhead
prints the company's own. "Zahlbar durch" heads the debtor's block under it; with no debtor
printed, "Zahlbar durch (Name/Adresse)" heads an empty box, under the "Zusätzliche
Informationen" block, which names no one.
"""

from __future__ import annotations

import re

_CREDITOR = re.compile(
    r"^(?:konto|compte|conto|account)\s*/\s*(?:zahlbar an|payable [àa]|pagabile a|payable to)\b",
    re.IGNORECASE,
)
_DEBTOR = re.compile(
    r"^(?:zahlbar durch|payable par|pagabile da|payable by)\b",
    re.IGNORECASE,
)


def creditor_caption(text: str) -> bool:
    """Whether the text opens with the QR-bill's creditor caption ("Konto / Zahlbar an",
    "Compte / Payable à", "Conto / Pagabile a", "Account / Payable to")."""
    return _CREDITOR.match(text.strip()) is not None


def debtor_caption(text: str) -> bool:
    """Whether the text opens with the QR-bill's debtor caption ("Zahlbar durch", "Payable
    par", "Pagabile da", "Payable by", perhaps with "(Name/Adresse)" after it): a caption over
    its block, never under one."""
    return _DEBTOR.match(text.strip()) is not None
