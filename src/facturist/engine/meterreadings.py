"""A meter-reading table's header ("Meter no. | Previous reading | Present reading | Units |
Conversion factor | Calorific value | kWh"): utility bills list the readings the usage is
worked out from, each row a meter's two readings (an "A" or "E" after each: actual or
estimated) and the units between them. The table bills nothing, no column of it is money;
its figures ("39.2", a calorific value) are no item's amount. The charges follow in a table
of their own."""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# A reading's caption: the previous or present reading, or a meter's reading (en, de, fr,
# es, it, nl, pt).
_READING = re.compile(
    r"\b(?:(?:previous|present|current|opening|closing|last|start|end|meter)\s+reading"
    r"|reading\s+(?:start|end)"
    r"|z[äa]hlerstand|(?:anfangs|end|alt|neu)stand|ablesung"
    r"|(?:ancien(?:ne)?|nouve(?:au|lle)|pr[ée]c[ée]dente?|actuelle?)\s+(?:index|relev[ée])"
    r"|index\s+(?:ancien|nouveau|pr[ée]c[ée]dent|actuel)|relev[ée]\s+(?:pr[ée]c[ée]dent|actuel)"
    r"|lectura\s+(?:anterior|actual)|lettura\s+(?:precedente|attuale)"
    r"|(?:vorige|huidige|begin|eind)stand|meterstand|leitura\s+(?:anterior|atual))\b",
    re.IGNORECASE,
)
# A caption of a money column: an amount, a price or rate, a charge, or a currency.
_MONEY = re.compile(
    r"\b(?:amount|price|rate|charges?|cost|total|sum|betrag|preis|summe|montant|prix|importe"
    r"|precio|importo|prezzo|bedrag|prijs|valor|eur|gbp|usd|chf)\b|[€£$]",
    re.IGNORECASE,
)


def meter_reading_header(group: list[Line]) -> bool:
    """Whether a header's lines caption a meter-reading table: two reading captions (or one
    beside the meter's number) and no money column."""
    text = " | ".join(line.text for line in group)
    readings = len(_READING.findall(text))
    meter = re.search(r"\bmeter\b|\bz[äa]hler\b|\bcompteur\b|\bcontador\b", text, re.IGNORECASE)
    return (readings >= 2 or (readings == 1 and meter is not None)) and not _MONEY.search(text)
