"""Canada's GST/HST registration printed only in its tax line's label: "TPS 5 %
(812347896RT0001)", "GST 5% (81234 5676 RT0001)", "HST 13 % (…)".

A seller registered for GST/HST prints its business number with the RT program account on
its invoices; some print it nowhere but in brackets after the federal tax's rate in the
totals block, the Quebec tax's own number (TQ) beside it. A business number with its RT
account bracketed after a GST/TPS/HST rate is the seller's: the buyer's never stands there.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parse.tax_ids import compact_tax_id

# The federal tax's name (alone or paired, "TPS/GST"), its rate, then the bracketed business
# number: nine digits, perhaps grouped (5 + 4), and the RT program account.
_RATE_NUMBER = re.compile(
    r"\b(?:gst|hst|tps|tvh)(?:\s*/\s*(?:gst|hst|tps|tvh))?\b[\s:]*"
    r"\d{1,2}(?:[.,]\d{1,3})?\s*%\s*\(\s*(\d{5}\s?\d{4}\s?RT\s?\d{4})\s*\)",
    re.IGNORECASE,
)


def rate_business_numbers(lines: list[Line]) -> list[Value]:
    """The business numbers bracketed after a GST/TPS/HST rate, one per line at most."""
    found: list[Value] = []
    for line in lines:
        text = line.text
        if "%" not in text or "(" not in text:
            continue  # the rate's sign and the bracket: both needed
        match = _RATE_NUMBER.search(text)
        if match is None:
            continue
        number = compact_tax_id(match.group(1))
        words = [w for w in line.words if _piece_of(w.text, number)]
        if words:
            printed = " ".join(w.text.strip("()") for w in words)
            found.append(Value(number, printed, tuple(w.box for w in words), 0.8))
    return found


def _piece_of(text: str, number: str) -> bool:
    """Whether a word is a piece of the bracketed number ("(812347896RT0001)", "RT0001)")."""
    piece = compact_tax_id(text.strip("()"))
    return len(piece) >= 4 and any(ch.isdigit() for ch in piece) and piece in number
