"""A letterhead naming the trade before the company ("LIBRAIRIE LE PASSEUR DE MOTS",
"QUINCAILLERIE INDUSTRIELLE BERTHELOT") over a footer whose legal line names the company
with its form alone ("SARL Le Passeur de Mots au capital ...", "SA Berthelot au capital ...").

Shops and trades head their paper with what they sell and keep the legal name for the small
print: the letterhead repeats every distinctive word of the footer's name and adds its trade.
footerfullname.py covers the other way round (the letterhead's words all in the footer's
name); here the footer's words are all in the letterhead's. Either way the letterhead is the
issuer's, so the footer's company is read at the letterhead's place: its address is the one
printed under it, and the block is not taken for the addressee's.
"""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value

_WORD = re.compile(r"[^\W\d_]{3,}")
# One distinctive word of five letters at least ("Passeur", "Berthelot"), as footerletterhead.py
# asks of a brand word: a short one ("Free" of "Free Service Abonné", the operator's customer
# service) opens a department's or any other name as well.
_DISTINCT = 5


def trade_over_footer(name: Value, footer: Value | None) -> bool:
    """Whether `name`, a letterhead's name with no legal form, holds each word of three
    letters or more of the footer company's name apart from its legal form, one of them of
    five letters at least, and a word of its own (the trade)."""
    if footer is None or not isinstance(name.value, str) or LEGAL_FORM.search(name.value):
        return False
    mine = {w.casefold() for w in _WORD.findall(name.value)}
    theirs = {w.casefold() for w in _WORD.findall(LEGAL_FORM.sub(" ", str(footer.value)))}
    if not any(len(w) >= _DISTINCT for w in theirs):
        return False
    return theirs < mine
