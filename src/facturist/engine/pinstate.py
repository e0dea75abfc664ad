"""India's town line with the state after its PIN: "Bengaluru 560058, Karnataka", "Pune -
411026, Maharashtra", "Chennai 600 018, Tamil Nadu".

The postcode patterns (towns.py) read the state before the PIN ("Surat, Gujarat 394221") or
the town and PIN after a dash alone; a one-line address ending in the town, its six-digit PIN
and then the state would lose the state, or, without the dash, go unread as an address. The
state's name after a six-digit number makes the number a PIN and the line the town's.
"""

from __future__ import annotations

import re

_STATES = (
    r"(?:Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana"
    r"|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur"
    r"|Meghalaya|Mizoram|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura"
    r"|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|Chandigarh|Puducherry|Jammu and Kashmir"
    r"|Ladakh)"
)
_PIN_THEN_STATE = re.compile(
    rf"\b[A-Z][a-z]+,?(?: [-–])? [1-9]\d{{2}} ?\d{{3}},? (?:[-–] )?{_STATES}(?:,? India)?\b"
)


def pin_then_state(text: str) -> re.Match[str] | None:
    """The town, its PIN and the state after it, ending an Indian address line; else None."""
    return _PIN_THEN_STATE.search(text)
