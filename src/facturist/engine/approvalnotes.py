"""The buyer's approval notes on a received invoice: handwritten or stamped in a margin or in
the letterhead's gap beside the logo on a scan ("OK to pay - AB", "approved", "cost ctr 210",
"geprüft 13/3", "freigegeben", "sachlich richtig", "Kst. 4400", "Kostenstelle 210"). They
say who passed the bill for payment and which budget bears it, never name a party: a note
beside the logo must not be read as the seller's name."""

from __future__ import annotations

import re

_APPROVAL_NOTE = re.compile(
    r"^\W*(?:ok(?:ay)?\s+(?:to|for)\s+pay(?:ment)?\b"
    r"|approved\b(?=\s*(?:$|[-–:/,.]|by\b|for\b|\d))"
    r"|cost\s*(?:ctr|cntr|cent(?:re|er))\.?\s*:?\s*\d"
    r"|gepr[üu]ft\b|freigegeben\b|sachlich\s+(?:und\s+rechnerisch\s+)?richtig\b"
    r"|rechnerisch\s+richtig\b|zur\s+zahlung\s+freigegeben\b"
    r"|(?:kst|kostenst)\.?\s*:?\s*\d|kostenstelle\s*:?\s*\d"
    r"|bon\s+pour\s+paiement\b|bon\s+[àa]\s+payer\b|visto\s+si\s+paghi\b)",
    re.IGNORECASE,
)


def approval_note(text: str) -> bool:
    """The text is an approval or cost-centre note on a received bill, not a name."""
    return _APPROVAL_NOTE.match(text) is not None
