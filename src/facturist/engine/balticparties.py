"""Party captions and name shapes of Estonian, Latvian and Lithuanian invoices.

The shared section captions (labels.py) read the Baltic buyer's and seller's usual words;
these are the ones they leave out: et "Arve saaja" (the invoice's recipient), "Tarnija",
lv "Pakalpojuma sniedzējs" (the service provider), "Maksātājs" (payer), lt "Gavėjas"
(recipient), "Mokėtojas" (payer). Without them the heading itself was taken for the
buyer's name ("ARVE SAAJA") and the name for the first line of its address.

Baltic company names lead with their legal form and quote the name ("UAB „Medžio
Linija“", "SIA „Dzirnavkalns”"): a cell so shaped is a party's name, never a caption of
the cell beside it. A letterhead's bank line ("AB SEB bankas · LT60 7044 ...") opens with
a legal form too, but the bank's name with an IBAN after it is the account's, never the
seller's.
"""

from __future__ import annotations

import re

from facturist.engine.labels import BUYER_SECTION, SELLER_SECTION

# Seller captions alone or before the name's colon.
_SELLER = re.compile(
    r"^(?:tarnija|teenuse osutaja|pakalpojuma sniedz[ēe]js|preču pieg[āa]d[āa]t[āa]js"
    r"|paslaug[ųu] teik[ėe]jas)\b\s*:?",
    re.IGNORECASE,
)
# Buyer captions: et "Arve saaja", lv "Maksātājs", "Pakalpojuma saņēmējs", lt "Gavėjas",
# "Mokėtojas" (never "PVM mokėtojo kodas": the word ends the caption).
_BUYER = re.compile(
    r"^(?:arve saaja|maks[āa]t[āa]js|pakalpojuma sa[ņn][ēe]m[ēe]js|gav[ėe]jas"
    r"|mok[ėe]tojas)(?=\s*:|\s*$)\s*:?",
    re.IGNORECASE,
)

# A Baltic legal form opening a quoted name: lt "UAB", "AB", "MB", "IĮ", "VšĮ"; lv "SIA",
# "AS", "IK"; et "AS", "OÜ", "MTÜ".
_FORM_FIRST = re.compile(
    r"^(?:UAB|AB|MB|I[ĮI]|V[šs][ĮI]|SIA|AS|IK|O[ÜU]|MT[ÜU])\s+[„\"“«][^„\"“”«»]{2,80}[“”\"»]$"
)


def more_party_caption(seller: bool, text: str) -> re.Match[str] | None:
    """The Baltic caption of the seller's (or buyer's) section opening `text`, or None."""
    return (_SELLER if seller else _BUYER).match(text)


def form_first_name(text: str) -> bool:
    """Whether the cell is a company's name led by its Baltic legal form, quoted."""
    return _FORM_FIRST.fullmatch(text.strip()) is not None


def party_heading(text: str) -> bool:
    """Whether the cell is a party's section caption alone ("Pirkėjas", "SAŅĒMĒJS", "Bill to:"):
    the heading over its block, no caption of the other party's heading beside it."""
    text = text.strip()
    for seller in (True, False):
        match = (SELLER_SECTION if seller else BUYER_SECTION).match(text) or more_party_caption(
            seller, text
        )
        if match is not None and not text[match.end() :].strip(" :"):
            return True
    return False
