"""Receipt-number captions of European tills, which the English / Malay captions of
receipt_numbers.py miss.

German and Dutch tills print "Bon-Nr: 2211", "Bonnr 2217", "Beleg-Nr.: 0871", a pay station
"Quittungs-Nr.: 5520"; French ones "Ticket n° 00412" or a restaurant's "Note n° 118";
Italian "DOCUMENTO N. 0412-0087"; Spanish "Ticket Nº 4471" or "Factura simplificada Nº
T-0087"; a Belgian till a bare "Ticket 000231" on the line with the date. A German card slip
under the till's receipt captions its own counters "Terminal-ID:", "TA-Nr.:", "Trace-Nr.:":
they mark the slip's lines, whose "Beleg-Nr." is the terminal's counter, not the receipt's
number. A Polish paragon prints "Nr paragonu: 00214" (its "nr wydr." is the printout's
counter). A taxi's or a stall's licence ("Llicència / Licencia Nº 7214", "Konzession Nr.
118") is the trader's permit, never the receipt's number.
"""

from __future__ import annotations

import re

# Caption (group "caption"), then the number (group "number"): digits, maybe a letter
# prefix joined by a hyphen or slash ("T-0087"), maybe hyphen / slash groups ("0412-0087").
# An English "Ticket No." is a queue or parking ticket's number, not the receipt's.
EU_NUMBER = re.compile(
    r"(?<![\w/-])(?P<caption>(?:KASSEN)?BON[-\s]?(?:NR|NUMMER)|BONNR|BELEG[-\s]?(?:NR|NUMMER)"
    # pl: "Nr paragonu: 00214", "Paragon nr 00214" (never "nr wydr.", the printout's number).
    r"|(?:NR|NUMER)\.?\s+PARAGONU|PARAGON(?:\s+FISKALNY)?\s+NR"
    # de "Quittungs-Nr.: 118342" (a pay station's or a shop's receipt).
    r"|QUITTUNGS?[-\s]?(?:NR|NUMMER)"
    r"|BELEGNR|(?:TICKET|NOTE|DOCUMENTO|SCONTRINO|FACTURA(?:\s+SIMPLIFICADA)?)\s*"
    # Spain's "FACTURA SIMPLIFICADA: 2831-017-594612": the title and its colon, no "Nº".
    r"(?:N[º°]|NR|N(?=\.))|TICKET|FACTURA\s+SIMPLIFICADA(?=\s*:))"
    r"\.?\s*[:#]?\s*"
    r"(?P<number>(?:[A-Z]{1,3}\d?[-/])?\d(?:[\d/-]*\d)?)(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)

# A German card slip's captions: its terminal, transaction, trace and approval numbers.
# "TSE-TA-Nr" (the till's signing unit) is the receipt's own, not the slip's. The caption's
# colon may be missing ("TA-Nr. 003318", "Terminal-ID | 56021447"): its digits follow.
EU_TERMINAL = re.compile(
    r"(?<![\w-])(?:TERMINAL[-\s]?ID|TA[-\s]?NR|TRACE[-\s]?NR|VU[-\s]?NR"
    r"|GENEHMIGUNGS[-\s]?NR|AUTORISIERUNGS[-\s]?NR)\.?\s*(?:[:#]|(?=\d))",
    re.IGNORECASE,
)

# The caption of a trader's licence or permit, whose number is no receipt's: es / ca / pt /
# it / fr / en / de / nl.
LICENCE = re.compile(
    r"\b(?:L?LIC[EÈ]N[CÇSZ][IÌ]?[AE]?|LICEN[CS]E|LIZENZ|KONZESSION|VERGUNNING|ALVAR[ÁA])\b",
    re.IGNORECASE,
)
