"""A number under the title shaped like a slashed date: Polish month numbering.

Polish invoices are numbered by month: "12/02/2025" is the twelfth invoice of February 2025
("nr / miesiąc / rok"), printed bare as the headline under "Faktura VAT". It reads as a
date, and a date under a title is the title's date, so it is taken for one only with the
page's word that it is a number: the transfer's title or payment reference repeats it
("Tytuł / Reference: 12/02/2025"), as it repeats an invoice's number, never its date; or the
issue date is captioned elsewhere in the same month and year on another day.
"""

from __future__ import annotations

import re

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.parse.dates import find_dates

# Count / month / year, slashed: the shape of a month-numbered invoice's number.
_MONTH_NUMBERED = re.compile(r"^(?P<count>\d{1,4})/(?P<month>0?[1-9]|1[0-2])/(?P<year>20\d\d)$")
# The caption of a transfer's reference: pl "Tytuł (przelewu)", cs/sk "Variabilní symbol"
# stays digits; "Reference", "Payment reference", "Verwendungszweck", "Causale", "Referencia".
_REFERENCE_CAPTION = re.compile(
    r"(?:tytu[łl](?:em)?(?: przelewu| p[łl]atno[śs]ci)?|(?:payment )?reference|referencia"
    r"|verwendungszweck|zahlungsreferenz|causale|communication|r[ée]f[ée]rence)\s*:?$",
    re.IGNORECASE,
)


def month_numbered(text: str, lines: list[Line]) -> bool:
    """Whether a slashed date shape under a title is a month-numbered invoice's number."""
    shape = _MONTH_NUMBERED.match(text)
    if shape is None:
        return False
    for line in lines:
        for caption, value in zip(line.cells, line.cells[1:], strict=False):
            if value.text.strip() != text:
                continue
            last = caption.text.split("/")[-1].strip()
            if _REFERENCE_CAPTION.search(caption.text.strip()) or _REFERENCE_CAPTION.match(last):
                return True
    month, year, count = (int(shape.group(k)) for k in ("month", "year", "count"))
    issued = LABELS_BY_RANK["invoice_date"]
    for line in lines:
        match = issued.search(line.text)
        if match is None:
            continue
        dates = find_dates(line.text[match.end() :])
        if not dates:
            continue
        date = dates[0][0].value
        return date.month == month and date.year == year and date.day != count
    return False
