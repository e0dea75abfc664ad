"""The seller's banner name inside a block's first line: "BLOEMENVEILING WESTLAND" over
"Coöperatie Bloemenveiling Westland U.A." / street / town. The block gives the banner's
legal name, a legal form or a word of it before or after ("Coöperatie", "U.A."); it is the
seller's own address block, no addressee's, wherever it stands on the page."""

from __future__ import annotations

import re

# A banner of two words or more: one word ("Westland") may be part of anyone's name.
_WORDS = 2


def holds_own_name(folded: str, own: str) -> bool:
    """Whether the casefolded block line `folded` holds the seller's casefolded name `own`
    as whole words, `own` two words or more."""
    if len(own.split()) < _WORDS or own not in folded:
        return False
    return re.search(rf"(?<!\w){re.escape(own)}(?!\w)", folded) is not None
