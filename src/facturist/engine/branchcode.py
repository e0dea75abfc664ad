"""A branch-code line in a seller's header: "BRANCH 00012", "(HEAD OFFICE)", "สาขาที่ 00001".

Thai tax invoices (and others in South-East and Latin America) print which branch of the
registered company issued them, as a number of up to six digits or as the head office, on
its own line between the company's name and its address. The five digits of such a code look
like a postcode; the line names no street or town.
"""

from __future__ import annotations

import re

_BRANCH_WORD = re.compile(
    r"\b(?:HEAD\s+OFFICE|BRANCH|BR|SUCURSAL|FILIALE?|CAWANGAN)\b\.?"
    # Thai "สาขา(ที่)" (branch no.), "สำนักงานใหญ่" (head office): no word breaks in Thai.
    r"|สาขา(?:ที่)?|สำนักงานใหญ่",
    re.IGNORECASE,
)
_CAPTION = re.compile(r"\b(?:NO|NUMBER|CODE|ID)\b\.?", re.IGNORECASE)


def branch_code_line(text: str) -> bool:
    """The line is a branch word with at most a branch number (up to six digits)."""
    if not _BRANCH_WORD.search(text):
        return False
    rest = _CAPTION.sub("", _BRANCH_WORD.sub("", text))
    digits = sum(ch.isdigit() for ch in rest)
    return digits <= 6 and re.fullmatch(r"[\W\d_]*", rest) is not None
