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
EXCHANGE_RATE = re.compile(
    r"\b(?:kurz[ua]?|kurs(?:u|em)?|exchange\s+rate|(?:wechsel|umrechnungs)kurs|taux\s+de\s+change"
    r"|tipo\s+de\s+cambio|tasso\s+di\s+cambio|curs(?:ul)?\s+(?:bnr|valutar|de\s+schimb)"
    r"|[áa]rfolyam\w*|wisselkoers|valutakurs|p[řr]epo[čc]e\w*|przelicz\w*|converted\s+at)\b",
    re.IGNORECASE,
)
# The rate's currencies named with it ("25,245 CZK/EUR", "kurs EUR 4,3215 PLN").
CURRENCY_CODE = re.compile(
    r"\b(?:CZK|EUR|PLN|HUF|RON|BGN|GBP|USD|CHF|SEK|DKK|NOK|ISK|CAD|AUD|JPY|CNY|K[čc]|z[łl]|lei)\b"
    r"|[€£$]"
)
# A rate stated as an equation: "1 EUR = 393,85 HUF", "£1 = US$1.3046", "100 EUR = 745,92 DKK".
_RATE_EQUATION = re.compile(
    r"(?:\b1(?:00)?\s?(?:[A-Z]{3}|[€£$])|(?:[A-Z]{3}|[€£$])\s?1(?:00)?)\s?=\s?"
    r"(?:[A-Z]{3}|US\$|[€£$])?\s?\d",
)


def converted_recap(lines: list[Line], index: int) -> bool:
    """The grid's caption row, or the title right above it, names an exchange rate."""
    line = lines[index]
    above = lines[index - 1] if index > 0 else None
    near = above is not None and above.page == line.page and line.y0 - above.y1 < 2 * line.height
    titles = [line.text, above.text] if above is not None and near else [line.text]
    return any(EXCHANGE_RATE.search(t) and CURRENCY_CODE.search(t) for t in titles)


def states_rate(text: str) -> bool:
    """The text states an exchange rate: "1 EUR = 393,85 HUF", "Kurz ČNB: 24,715 CZK/EUR"."""
    if _RATE_EQUATION.search(text):
        return True
    return bool(EXCHANGE_RATE.search(text) and CURRENCY_CODE.search(text))


def rate_line(line: Line) -> bool:
    """A line stating an exchange rate, its figures all in that statement (the title of the
    sums converted into another currency under the items, no item)."""
    stated = [cell for cell in line.cells if states_rate(cell.text)]
    return bool(stated) and not any(
        any(ch.isdigit() for ch in cell.text) for cell in line.cells if cell not in stated
    )
