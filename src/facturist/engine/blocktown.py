"""The town line of an address block, mending two misreadings of the shared town patterns.

"9000 St. Gallen", "3100 St. Pölten", "66386 St. Ingbert": a postcode before a town named
for a saint reads like a US house number before "St." (a street) and is dropped as one; but
alone on its line, with no street word after the name, it is the town line. And "1100
Wilson Blvd., Suite 2400" ends in a unit's number after a comma, which reads like a town
and a four-digit postcode ("Kempton Park, 1600"); a suite, unit or floor is no town.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell
from facturist.engine.postcodecaption import town_or_captioned_code


def block_town(text: str, taken: list[Cell]) -> re.Match[str] | None:
    """Where a block's line names its town (postcodecaption.town_or_captioned_code), with a
    saint's town read and a unit's number not."""
    found = town_or_captioned_code(text, taken)
    if found is not None and _UNIT_NUMBER.fullmatch(found.group().strip(" ,")):
        return None
    return found or _SAINT_TOWN.match(text)


# A postcode, then "St." and the saint's name, perhaps a second word that is no street's
# ("4557 St. Charles Avenue" is a street), ending the line.
_SAINT_TOWN = re.compile(
    r"^\s*(?:[A-Z]{1,2}-)?\d{4,5} St\. ?[A-ZÀ-Þ][a-zß-ÿ]+"
    r"(?:[ \-](?!(?:Avenue|Ave|Street|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl"
    r"|Court|Ct)\b)[A-ZÀ-Þ][a-zß-ÿ]+)?\s*$"
)
# "Suite 2400", "Unit 1600", "Floor 1200": a unit's number after the street.
_UNIT_NUMBER = re.compile(r"(?:Suite|Ste|Unit|Floor|Room|Apt|Bldg|Building),? \d{1,5}", re.I)
