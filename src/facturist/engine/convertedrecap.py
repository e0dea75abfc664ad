"""A VAT recap converted into another currency under a title giving the exchange rate.

An invoice billed in a foreign currency must state its VAT in the domestic currency too: the
Czech and Slovak VAT acts ("Rekapitulace DPH v CZK, kurz ČNB 25,245 CZK/EUR"), Poland's
(VAT "w PLN" at the NBP rate, "kurs"), Hungary's ("árfolyam"), Romania's ("curs BNR") and
the UK's (VAT in sterling). Such a recap repeats the invoice's sums in other money: it is no
total of the invoice.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# An exchange rate or a conversion named over a VAT recap in another currency ("kurz ČNB",
# "kurs NBP", "Exchange rate", "Wechselkurs", "taux de change", "curs BNR", "árfolyam").
_EXCHANGE_RATE = re.compile(
    r"\b(?:kurz[ua]?|kurs(?:u|em)?|exchange\s+rate|(?:wechsel|umrechnungs)kurs|taux\s+de\s+change"
    r"|tipo\s+de\s+cambio|tasso\s+di\s+cambio|curs(?:ul)?\s+(?:bnr|valutar|de\s+schimb)"
    r"|[áa]rfolyam\w*|wisselkoers|valutakurs|p[řr]epo[čc]e\w*|przelicz\w*|converted\s+at)\b",
    re.IGNORECASE,
)
# The rate's currencies named with it ("25,245 CZK/EUR", "kurs EUR 4,3215 PLN").
_CURRENCY_CODE = re.compile(
    r"\b(?:CZK|EUR|PLN|HUF|RON|BGN|GBP|USD|CHF|SEK|DKK|NOK|ISK|CAD|AUD|JPY|CNY|K[čc]|z[łl]|lei)\b"
    r"|[€£$]"
)


def converted_recap(lines: list[Line], index: int) -> bool:
    """The grid's caption row, or the title right above it, names an exchange rate."""
    line = lines[index]
    above = lines[index - 1] if index > 0 else None
    near = above is not None and above.page == line.page and line.y0 - above.y1 < 2 * line.height
    titles = [line.text, above.text] if above is not None and near else [line.text]
    return any(_EXCHANGE_RATE.search(t) and _CURRENCY_CODE.search(t) for t in titles)
