"""European till words: what a German, French, Spanish, Dutch or Italian till slip prints and
an invoice does not, so that a scanned slip with few of the Malaysian and English marks
(receipt_scan.py) still reads as a receipt.

A German fuel slip prints the pump ("Säule 6"), the station, the voucher's number ("Beleg-Nr.")
and the cash handed over ("Bar 100,00"); a French ticket the card payment ("CB 25,39"), the
article count ("7 ARTICLES"), cash ("ESPECES"), a restaurant's covers and waiter, and its
farewell ("MERCI DE VOTRE VISITE", "A BIENTOT"); a Dutch one its till ("Kassa 4"), the slip's
number ("Bonnr."), the card paid by PIN and the card terminal ("BETAALAUTOMAAT"); an Italian
"documento commerciale" its card payment and the amount paid ("Pagamento elettronico 37,00",
"Importo pagato 37,00"). Words an invoice prints too (MwSt, TVA, TTC, "Gesamtbetrag", a bare
"Merci") are no marks. Each counts once, and only as a whole word; the payment words only with
their amount after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.layout import Line

# The amount that follows a payment word ("CB | 25,39 EUR", "Bar EUR 100,00").
_PAID = r"(?=\s*(?:EUR|€)?\s*[:|]?\s*\d)"
_TILL_WORDS = re.compile(
    # de: cash handed over, the voucher and its number, the pump and the fuel station.
    rf"\b(?:BAR{_PAID}|BELEG(?=\W*N(?:R|UMMER)\b)|(?:ZAPF)?S(?:Ä|AE|A)ULE(?=\s*(?:NR\.?)?\s*\d)"
    r"|TANKSTELLE|KASSIERER(?:IN)?|BEDIENER(?:IN)?"
    # fr: card and cash payments, the article count, a restaurant's covers and waiter, the
    # fuel pump, the farewell.
    rf"|CB{_PAID}|ESP[ÈE]CES|(?<=\d\s)ARTICLES?|NB\.?\s*ARTICLES?|COUVERTS?|SERVEU(?:R|SE)"
    r"|POMPE(?=\s*(?:N[°O]\.?)?\s*\d)|MERCI\s+DE\s+VOTRE\s+VISITE|[AÀ]\s+BIENT[ÔO]T"
    # es / pt: cash, the amount handed over, the change; nl: the slip and the change.
    r"|EFECTIVO|ENTREGADO|TROCO|KASSABON|WISSELGELD"
    # nl: the till and the slip's number, a card paid by PIN, the card terminal, the count.
    rf"|KASSA(?=\s*\d)|BONNR|PIN{_PAID}|BETAALAUTOMAAT|(?<=\d\s)ARTIKEL(?:EN)?"
    # nl (Belgium): a restaurant's table and waiter, the till's ticket ("KASTICKET | VAT
    # TICKET") and its fiscal data module ("FDM ID").
    r"|TAFEL(?=\s*\d)|BEDIENDE|KASTICKET|FDM(?=\s+(?:ID|TICKET|DATUM)\b)"
    # it: the fiscal till's settling lines ("Pagamento elettronico 37,00", "Importo pagato").
    rf"|PAGAMENTO\s+ELETTRONICO{_PAID}|IMPORTO\s+PAGATO{_PAID})(?!\w)",
    re.IGNORECASE,
)


def till_marks(lines: Sequence[Line]) -> set[str]:
    """The European till words the lines print, each once (upper case, no digits)."""
    return {
        "TILL " + re.sub(r"[\d\s]", "", m.group(0).upper())
        for line in lines
        for m in _TILL_WORDS.finditer(line.text)
    }
