"""A letterhead's trade line of compounds sharing their last part: "Hoch- und Ingenieurbau",
"Garten- und Landschaftsbau", "Heizungs-, Lüftungs- und Klimatechnik", "Binnen- en
buitenschilderwerk".

German, Dutch and Nordic trades join compounds with a suspended hyphen ("Garten- und
Landschaftsbau" for "Gartenbau und Landschaftsbau"), which a firm prints under its name and
over its street. No street or building line is set so (a street's hyphens join its words:
"Karl-Marx-Straße"), nor holds it a digit or a legal form: the line is no part of the address.
"""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM

# A word ending in its suspended hyphen, perhaps others after commas, then the conjunction
# and the compound that completes them: de "und", "u.", "oder", "sowie", "&"; nl "en", "of";
# da/no "og", sv "och".
_ELIDED = re.compile(
    r"^[^\W\d_][^\W\d_]+-(?:,\s+[^\W\d_]+-)*\s+(?:und|u\.|oder|sowie|&|en|of|og|och)\s+"
    r"[^\W\d_]{3,}",
    re.IGNORECASE,
)


def elided_trade_line(text: str) -> bool:
    """Whether a block's line names a trade in compounds sharing their last part, no digit
    and no legal form in it."""
    text = text.strip()
    return (
        _ELIDED.match(text) is not None
        and not any(ch.isdigit() for ch in text)
        and LEGAL_FORM.search(text) is None
    )
