"""A posting's date under a table's date caption is no part of the item's text.

Hotel folios and account statements date each row in a column of its own:

    Datum        Text                              Anzahl   Preis   Belastung
    02.03.2024   Kurtaxe                                1    3.50        3.50

Where the text column's caption names no column the reader knows ("Text"), the text's span
runs from the page's edge over the date column, and the date would open every name. A date
alone at the start of the row's text, standing under the header's date caption with the
text itself starting right of that caption, is the posting's date: it is left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from facturist.engine.layout import Line
from facturist.engine.model import Word

if TYPE_CHECKING:
    from facturist.engine.tableheader import Columns

# The date column's caption: de/nl/sv/cs "Datum", en/fr "Date", it/pt/pl "Data", es
# "Fecha", da/no "Dato", and compounds naming the posting's or the service's date
# ("Buchungsdatum", "Leistungsdatum", "Posting date", "Date of service", "Fecha valor");
# bilingual folios print two of them ("Datum / Date").
_DATE_WORD = (
    r"(?:\w*datum|date|data|fecha|dato|posting date|service date|date of service"
    r"|transaction date|fecha (?:valor|operaci[óo]n)|data (?:operazione|movimento))"
)
_DATE_CAPTION = re.compile(rf"^{_DATE_WORD}(?:\s*/\s*{_DATE_WORD})?\.?:?$", re.IGNORECASE)
# A date as a posting column prints it: "02.03.2024", "02/03/24", "2024-03-02", "20.02.".
_DATE = re.compile(r"^(?:\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.)$")


def date_caption(group: list[Line]) -> tuple[float, float] | None:
    """The x-span of the header's date caption (`group`: its lines), if it has one."""
    for member in group:
        for cell in member.cells:
            if _DATE_CAPTION.match(cell.text.strip()):
                return cell.x0, cell.x1
    return None


def without_posting_date(description: list[Word], columns: Columns) -> list[Word]:
    """The row's text less a date opening it under the date caption (`columns.dated`)."""
    span = columns.dated
    if span is None or len(description) < 2 or not _DATE.match(description[0].text):
        return description
    first, second = description[0].box, description[1].box
    under = first.x0 <= span[1] and first.x1 >= span[0]
    # The text itself starts right of the caption: the date is a cell of its own.
    return description[1:] if under and second.x0 > span[1] else description
