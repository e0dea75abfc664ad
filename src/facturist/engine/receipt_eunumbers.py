"""Receipt-number captions of European tills, which the English / Malay captions of
receipt_numbers.py miss.

German and Dutch tills print "Bon-Nr: 2211", "Bonnr 2217", "Beleg-Nr.: 0871"; French ones
"Ticket n° 00412" or a restaurant's "Note n° 118"; Italian "DOCUMENTO N. 0412-0087"; Spanish
"Ticket Nº 4471" or "Factura simplificada Nº T-0087"; a Belgian till a bare "Ticket 000231"
on the line with the date. A German card slip under the till's receipt captions its own
counters "Terminal-ID:", "TA-Nr.:", "Trace-Nr.:": they mark the slip's lines, whose
"Beleg-Nr." is the terminal's counter, not the receipt's number.
"""

from __future__ import annotations

import re

# Caption (group "caption"), then the number (group "number"): digits, maybe a letter
# prefix joined by a hyphen or slash ("T-0087"), maybe hyphen / slash groups ("0412-0087").
# An English "Ticket No." is a queue or parking ticket's number, not the receipt's.
EU_NUMBER = re.compile(
    r"(?<![\w/-])(?P<caption>(?:KASSEN)?BON[-\s]?(?:NR|NUMMER)|BONNR|BELEG[-\s]?(?:NR|NUMMER)"
    r"|BELEGNR|(?:TICKET|NOTE|DOCUMENTO|SCONTRINO|FACTURA(?:\s+SIMPLIFICADA)?)\s*"
    r"(?:N[º°]|NR|N(?=\.))|TICKET)"
    r"\.?\s*[:#]?\s*"
    r"(?P<number>(?:[A-Z]{1,3}\d?[-/])?\d(?:[\d/-]*\d)?)(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)

# A German card slip's captions: its terminal, transaction, trace and approval numbers.
# "TSE-TA-Nr" (the till's signing unit) is the receipt's own, not the slip's.
EU_TERMINAL = re.compile(
    r"(?<![\w-])(?:TERMINAL[-\s]?ID|TA[-\s]?NR|TRACE[-\s]?NR|VU[-\s]?NR"
    r"|GENEHMIGUNGS[-\s]?NR|AUTORISIERUNGS[-\s]?NR)\.?\s*[:#]",
    re.IGNORECASE,
)
