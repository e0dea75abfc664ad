"""A captioned list of the days a service was performed, under the item's name::

    1   Rasenmähen inkl. Schnittgutentsorgung       4   Einsatz   65,00   260,00
        Termine: 05.06., 12.06., 19.06., 26.06.2024

Tradesmen, therapists and cleaners bill a count of visits and list the visits' days under the
item. Though it reads as a "label: value" detail ("Herkunftsland: DE"), the line says which
visits the count covers: it is part of the item's description. A single date ("Lieferdatum:
05.03.2024") or a period ("Zeitraum: 01.03.2024 - 31.03.2024") stays a detail.
"""

from __future__ import annotations

import re

from facturist.engine.model import Word

# A day with its month, the year optional but for the last ("05.06.", "26.06.2024", "5/6").
_DAY = r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
# Between two days of the list: a comma or semicolon, or "und", "and", "&".
_JOIN = r"\s*[,;]\s*|\s+(?:und|u\.|and|&|et|e|y|en)\s+"
_DATE_LIST = re.compile(
    rf"^\W*[^\W\d][\w\-. ]{{1,29}}:\s*(?:{_DAY})(?:(?:{_JOIN})(?:{_DAY}))+\s*[.,;]?$",
    re.IGNORECASE,
)


def date_list(description: list[Word]) -> bool:
    """Whether the line is a caption over two or more days listed ("Termine: 05.06., 12.06.,
    19.06.2024", "Behandlungsdaten: 04.04. und 09.04.2024"): the item's visits."""
    text = " ".join(w.text for w in description)
    return _DATE_LIST.match(text) is not None
