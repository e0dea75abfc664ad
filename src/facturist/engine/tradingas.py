"""A company's name read with the brand it trades under: "Harbour View Hospitality Limited
trading as The Harbour View Inn", "Keller Gastro GmbH handelnd als Café Rosa".

A footer or letterhead names the legal person, then the trading name after "trading as",
"t/a", "handelnd als", "h.o.d.n." (nl), "exerçant sous". The party is the legal person: the
name ends before the phrase where the words before it end in a legal form. A sole trader's
"Gareth Pryce t/a Pryce Carpentry" (no legal form) trades as the name after it
(tradingname.py) and is left alone here.
"""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM

# The phrase that opens the trading name, a space or comma before it.
_TRADING_AS = re.compile(
    r"[\s,]+(?:trading\s+as|t/a|handelnd\s+(?:als|unter)|h\.o\.d\.n\.?|handelend\s+onder"
    r"|exer[çc]ant\s+sous(?:\s+le\s+nom)?|operating\s+as|d/b/a|dba)\s+\S",
    re.IGNORECASE,
)


def legal_name_only(name: str) -> str:
    """The name up to "trading as ..." where the words before it end in a legal form."""
    found = _TRADING_AS.search(name)
    if found is None:
        return name
    head = name[: found.start()].rstrip(" ,")
    last = head.split()[-1] if head.split() else ""
    if LEGAL_FORM.fullmatch(last.strip(".,")) is None and LEGAL_FORM.fullmatch(last) is None:
        return name
    return head
