"""A folio's date and reference columns are no part of its list's names.

Hotel folios post each charge dated, with the voucher it comes from, under captions of their
own::

    Date        Description                  Reference    Charges   Credits
    12-Nov-24   Laundry & Pressing           LDY 118        18.00

The list reader (itemlist.py) reads such rows without their header. A date alone in a row's
first cell is the posting's date; where a scan glued it to the name ("31.03.25. Fruehstueck",
a speck bridging the gap) while the list's other rows print it in a cell of its own, it is
the date column's too. The caption line right over the list's first row says where a
reference column starts: the name's words from there on are the reference's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.layout import Line
from facturist.engine.model import Word

# The caption of a voucher / reference column (en, de, fr, es, it, nl): "Reference", "Ref.",
# "Ref. No.", "Beleg", "Belegnr.", "Réf.", "Referencia", "Riferimento", "Referentie",
# "Voucher", "Check No.".
_REFERENCE_CAPTION = re.compile(
    r"^(?:ref(?:erence|erenz|erencia|erentie)?\.?(?:\s*no\.?)?|r[ée]f[ée]rence|réf\.?|riferimento"
    r"|beleg(?:nr\.?|nummer)?|voucher(?:\s*no\.?)?|check\s*no\.?)$",
    re.IGNORECASE,
)
# A whole date as a posting column prints it: "11.09.23", "14/09/2023", with the month's name
# ("12-Nov-24"), or with a speck after it a scan read as a point ("31.03.25.").
POSTING_DATE = re.compile(r"^\d{1,2}([./-])(?:\d{1,2}|[^\W\d_]{3,4})\1\d{2,4}\.?$")
# How many line heights over the list's first row its caption line may stand.
_CAPTION_REACH = 2.5


def reference_start(lines: Sequence[Line], first: Line, name_x0: float) -> float | None:
    """Where the reference column starts, from the caption line over the list's first row
    (`first`, its name starting at `name_x0`), if that line captions one right of the name."""
    at = next((i for i, line in enumerate(lines) if line is first), None)
    if not at:
        return None
    above = lines[at - 1]
    if above.page != first.page or first.y0 - above.y1 > _CAPTION_REACH * first.height:
        return None
    if len(above.cells) < 3 or any(ch.isdigit() for ch in above.text):
        return None  # a header of captions only, three columns at least
    for cell in above.cells:
        if _REFERENCE_CAPTION.match(cell.text.strip()) and cell.x0 > name_x0 + first.height:
            return cell.x0
    return None


def without_reference(name: list[Word], start: float, height: float) -> list[Word]:
    """The name less its words under the reference column (from `start` on); a name left
    with no letters keeps them all (no reference column after all)."""
    kept = [w for w in name if w.box.x1 < start - 0.5 * height]
    return kept if any(ch.isalpha() for w in kept for ch in w.text) else name


def dated_column(lines: Sequence[Line]) -> bool:
    """Most of the list's rows (`lines`) open with a posting date in a cell of its own."""
    dated = sum(
        1 for line in lines if len(line.cells) > 2 and POSTING_DATE.match(line.cells[0].text)
    )
    return dated >= 2 and 2 * dated >= len(lines)


def without_glued_date(name: list[Word]) -> list[Word]:
    """The name less a posting date a scan glued to its first word, under a date column."""
    return name[1:] if len(name) > 1 and POSTING_DATE.match(name[0].text) else name
