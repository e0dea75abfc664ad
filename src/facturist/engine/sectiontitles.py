"""A section title over an item table: "Ihre Kosten", "Your charges", "Vos prestations".

Its one word the caption vocabulary knows ("Kosten", "charges") would join the header under
it as a caption, its column over the item names. A possessive opening the line says it is a
heading addressed to the reader; no column caption opens with one.
"""

from __future__ import annotations

import re

from facturist.engine.column_captions import names_columns
from facturist.engine.layout import Line

# "Ihre", "Your", "Vos", "Uw", "Sus", "I vostri": the reader's; "Unsere", "Our", "Nos": ours.
_POSSESSIVE = re.compile(
    r"^(?:ihre|ihr|unsere|your|our|vos|votre|nos|notre|uw|onze|jouw|sus|su|nuestros"
    r"|nuestras|vostri|vostre|vostro|seus|suas|dine|dina|deres|era)$",
    re.IGNORECASE,
)


def titled_section(group: list[Line]) -> bool:
    """Whether the header's first line is a section title over a line naming columns."""
    if len(group) < 2 or len(group[0].cells) != 1 or not names_columns(group[1]):
        return False
    words = group[0].words
    return len(words) >= 2 and _POSSESSIVE.match(words[0].text) is not None
