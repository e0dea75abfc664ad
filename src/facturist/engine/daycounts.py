"""Days as the count of an item table billed at a day rate.

Consultants and contractors bill by the day: "Description | Days | Day Rate (€) | Amount (€)"
over "Backend development ... | 10 | 625.00 | 6,250.00". A bare "Days" is no count caption in
the lexicon (payment terms print "Net 30 days" beside every caption), but beside a price
caption naming the day ("Day Rate", "Daily rate", "Rate/day", "Tagessatz", "Prix/jour", "Taux
journalier") and no other count's caption on the line, it heads the days billed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from facturist.engine.layout import Cell, Line

# The days' caption alone in its cell: en, de, fr, es, it, nl, pl, Nordic.
_DAYS = re.compile(
    r"^(?:days|no\.? of days|number of days|man[\s\-]?days|person[\s\-]?days|tage|anzahl tage"
    # Care homes bill the month's days at the day rate: "Berechnungstage", "Pflegetage".
    r"|personentage|berechnungstage|abrechnungstage|pflegetage|belegungstage|heimtage"
    r"|jours|nb\.? (?:de )?jours|nombre de jours|jours[\s\-]hommes|d[íi]as|giorni"
    r"|giornate|dagen|dni|dager|dagar)$",
    re.IGNORECASE,
)
# A price caption naming the day in its cell: "Day Rate (€)", "Daily rate", "Rate/day",
# "Rate per day", "Tagessatz", "Prix/jour", "Taux journalier", "TJM", "Tarifa diaria".
_DAY_PRICE = re.compile(
    r"\b(?:day rate|daily rate|daily fee|rate\s?/\s?day|rate per day|price per day|per day"
    r"|tagessatz|tagespreis|preis\s?/\s?tag|prix\s?/\s?jour|prix (?:par )?jour|taux journalier"
    r"|tarif journalier|tjm|tarifa diaria|precio\s?/\s?d[íi]a|tariffa giornaliera"
    r"|prezzo\s?/\s?giorno|dagtarief|dagprijs|dagpris|stawka dzienna)\b",
    re.IGNORECASE,
)


def counts_days(line: Line, cell: Cell, others_count: Callable[[], bool]) -> bool:
    """Whether `cell` of a header line heads the days billed: a days caption, a price caption
    naming the day elsewhere on the line, and (`others_count` false, asked last) no other
    count's caption."""
    return (
        len(cell.text) < 24
        and _DAYS.match(cell.text.strip(" :")) is not None
        and any(other is not cell and _DAY_PRICE.search(other.text) for other in line.cells)
        and not others_count()
    )
