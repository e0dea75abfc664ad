"""The register's sentence after a footer's registered office.

British and Irish footers print the seat and the register as two sentences on one line:
"Registered office: 3 Temple Quay, Bristol BS1 6DZ. Registered in England No. 08812274.";
the address ends with the sentence that names the town, the register's is no part of it.
"""

from __future__ import annotations

import re


def register_sentence(text: str, start: int) -> re.Match[str] | None:
    """The end of the sentence at or after `start` when the next one names the register,
    the company's number or its VAT registration; its match spans the full stop and the
    space after it."""
    return _SENTENCE_END.search(text, start)


_SENTENCE_END = re.compile(
    r"[.;]\s+(?=(?:registered|incorporated|company\s+(?:no|number|reg)|reg(?:istration)?\.?\s*no"
    r"|vat\s+(?:no|reg|number)|crn|rcs)\b)",
    re.IGNORECASE,
)
