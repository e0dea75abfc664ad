"""Which country's dollar a bare "$" is: the country the page gives the most evidence of.

A "$" page names its country by its tax and bank marks: Australia's ABN/BSB, states with
postcodes and GST at 10 %; Canada's GST/HST/QST/TPS/TVQ, provinces with postal codes;
New Zealand's GST at 15 %, its GST number ("GST No: 110-955-073"), bank accounts of the
2-4-7-2/3 shape and towns with four-digit postcodes; Singapore's UEN and GST at 8 or 9 %.
One stray mark ("TPS cable", New Zealand's plastic-sheathed wire) must not outvote several
of another country, so each country counts the kinds of marks it has and the most wins; a
tie keeps the order below (the order the first-match rule used before).
"""

from __future__ import annotations

import re
from functools import lru_cache

# "GST" as a tax of its own, not Canada's "GST/HST" (whose rate is the HST's).
_GST = r"(?<![/\w])GST(?!\s*/)[^\n%/]{0,12}?(?<![\d.,])"

_EVIDENCE: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    (
        "AUD",
        (
            re.compile(r"\b(?:ABN|BSB)\b"),
            re.compile(r"\b(?:NSW|VIC|QLD|TAS|ACT) \d{4}\b"),
            re.compile(r"\bAustralia\b"),
            re.compile(_GST + r"10(?:\.0+)?\s?%"),
        ),
    ),
    (
        "CAD",
        (
            re.compile(r"\b(?:GST/HST|HST|QST|TPS|TVQ)\b"),
            re.compile(r"\bCanada\b"),
            re.compile(r"\b(?:ON|QC|BC|AB|MB|NS|NB|SK|PE|NL) [A-Z]\d[A-Z] ?\d[A-Z]\d\b"),
        ),
    ),
    (
        "NZD",
        (
            re.compile(r"\bNew Zealand\b|\bNZBN\b"),
            re.compile(_GST + r"15(?:\.0+)?\s?%"),
            re.compile(
                r"\bGST\s*(?:No|Number|Reg(?:istration)?)\b\.?\s*:?\s*\d{2,3}-\d{3}-\d{3}\b"
            ),
            re.compile(r"(?<![\d-])\d{2}-\d{4}-\d{7}-\d{2,3}(?![\d-])"),
            re.compile(
                r"\b(?:Auckland|Wellington|Christchurch|Hamilton|Tauranga|Dunedin|Napier"
                r"|Hastings|Nelson|Rotorua|Whangarei|Invercargill|Palmerston North"
                r"|New Plymouth|Queenstown|Lower Hutt|Upper Hutt|Porirua|Timaru"
                r"|Whanganui|Gisborne|Blenheim) \d{4}\b"
            ),
        ),
    ),
    ("SGD", (re.compile(r"\bSingapore\b|\bUEN\b"), re.compile(_GST + r"[89](?:\.0+)?\s?%"))),
    ("HKD", (re.compile(r"\bHong Kong\b"),)),
)


@lru_cache(maxsize=64)
def dollar_country(text: str) -> str | None:
    """The code of the dollar whose country `text` gives the most kinds of evidence of;
    None where it names none."""
    best: str | None = None
    best_count = 0
    for code, patterns in _EVIDENCE:
        count = sum(1 for pattern in patterns if pattern.search(text))
        if count > best_count:
            best, best_count = code, count
    return best
