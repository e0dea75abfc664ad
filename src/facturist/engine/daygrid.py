"""A time sheet's grid of hours by weekday ("Worker | Role | Mon | Tue | ... | Sun | Std | OT |
Total"): staffing agencies and contractors print the week's hours per worker above the
charges, or a service report under them. The grid bills nothing: its "Total" is hours, no
column holds a price or a currency, and the hours are charged in the item table that follows
("James Brennan – standard hours | 39.00 | 18.40 | 717.60"). A header captioning four
weekdays or more, with no price column and no currency, heads no items. A grid that does
price its rows ("Mon | ... | Hours | Rate | Amount") stays a table of items.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# A weekday's caption, abbreviated or whole (en, de, fr, es, it, nl, pt).
_WEEKDAY = re.compile(
    r"^(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?"
    r"|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lun(?:di|edì|edi|es)?|mar(?:di|tedì|tedi|tes)?|mer(?:credi|coledì|coledi)?"
    r"|jeu(?:di)?|ven(?:dredi|erdì|erdi)?|sam(?:edi)?|dim(?:anche)?"
    r"|mi[ée](?:rcoles)?|jue(?:ves)?|vie(?:rnes)?|s[áa]b(?:ado|ato)?|dom(?:ingo|enica)?"
    r"|gio(?:vedì|vedi)?"
    r"|ma|wo|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|seg|ter|qua|qui|sex)\.?$",
    re.IGNORECASE,
)
# A currency among the captions ("Rate €", "Amount (EUR)"): the grid prices its rows.
_CURRENCY = re.compile(r"[€£$]|\b(?:eur|gbp|usd|chf)\b", re.IGNORECASE)
# Distinct weekdays a grid's header line captions.
_DAYS = 4


def day_grid_header(group: list[Line], found: dict[str, list[Word]]) -> bool:
    """Whether a header's lines caption a grid of hours by weekday that prices nothing."""
    if "unit_price" in found or any(_CURRENCY.search(line.text) for line in group):
        return False
    return any(
        len({w.text.lower().rstrip(".") for w in line.words if _WEEKDAY.match(w.text)}) >= _DAYS
        for line in group
    )
