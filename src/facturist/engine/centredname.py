"""A shop's name set over two centred rows of the same print, right above its address.

A till prints a name too long for its roll as two centred rows in one size ("AH SENG
HAINANESE" / "CHICKEN RICE"), then the street. The second row sits tight under the first,
on the same axis, carries no figures, no address, contact or registration words, and the
street follows right under it: a tagline or a branch would be smaller, shifted, or leave the
address further down. A European shop's street may glue its street word into the name
("Lindenallee 42-44", "Dorpsstraat 54"), or the company's row with its legal form may come
between ("LA TABERNA" / "DE TRIANA" / "Hostelería Guadalquivir, S.L.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.layout import Line
from facturist.engine.name_rows import centre, stacked, width
from facturist.engine.receipt_address import (
    LEGAL_SUFFIX,
    PREAMBLE,
    STATE_LINE,
    STOP,
    TITLE,
    is_address_like,
    starts_address,
)


def name_runs_on(header: Sequence[Line], chosen: int) -> bool:
    """The row under the name's row `chosen` continues the name (see the module's note)."""
    if chosen + 2 >= len(header):
        return False
    upper, lower, street = header[chosen], header[chosen + 1], header[chosen + 2]
    if LEGAL_SUFFIX.search(upper.text) or not upper.words or not lower.words:
        return False  # the legal form ends the name
    text = lower.text
    if any(ch.isdigit() for ch in text) or is_address_like(text) or STATE_LINE.match(text):
        return False
    if STOP.search(text) or PREAMBLE.search(text) or TITLE.search(text):
        return False
    same_print = abs(upper.height - lower.height) <= 0.15 * max(upper.height, lower.height)
    centred = abs(centre(upper) - centre(lower)) <= 0.08 * max(width(upper), width(lower))
    return same_print and centred and stacked(upper, lower) and _under_name(street.text)


# A European street under a shop's logo: its name, then the house number ("Lindenallee
# 42-44", "Dorpsstraat 54", "Korenlei 9, 9000 Gent"), the street word glued into one word.
_STREET = re.compile(
    r"^[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)*\s\d{1,3}\s?[a-zA-Z]?(?:\s?-\s?\d{1,3})?(?:,.*)?$"
)
# The company's row under a two-row logo, ending on its legal form ("Hostelería Guadalquivir,
# S.L.", "'t Groen Molentje BV", "Brandt Lebensmittel GmbH & Co. KG").
_FORM_ENDS = re.compile(
    r"\b(?:GmbH|KG|AG|OHG|UG|e\.\s?K|B\.?V|N\.?V|VOF|BVBA|SRL|S\.\s?L|S\.\s?L\.\s?U|S\.\s?A|SARL"
    r"|SAS|SNC|S\.\s?p\.\s?A|S\.\s?r\.\s?l|s\.\s?n\.\s?c|Lda)\.?\s*$",
    re.IGNORECASE,
)


def _under_name(text: str) -> bool:
    """The row under a two-row name: the street, or the company's row with its legal form."""
    if starts_address(text) or LEGAL_SUFFIX.search(text) or _FORM_ENDS.search(text):
        return True
    return bool(_STREET.match(text)) and not (STOP.search(text) or TITLE.search(text))
