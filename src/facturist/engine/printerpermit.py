"""A printer's permit in the footer: "BIR Authority to Print No. OCN 042AU… | Date Issued:
01/15/2024", "ATP No. … Date of ATP: …", "PTU No. … Date Issued: …".

The Philippines (and other tax authorities that license invoice printers) make the printer
print its authority to print, its accreditation or the permit to use the machine at the foot
of every pre-printed invoice, with the date the permit was issued. That date is captioned as
an issue date ("Date Issued"), the strongest invoice-date caption there is, yet it dates the
permit, never the invoice: a caption on such a line, or on the line right under one it
continues, is no invoice date's.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

_PERMIT = re.compile(
    r"\b(?:authority to print|ATP|accreditation|permit to use|PTU|printer'?s?|printed by"
    r"|BIR (?:permit|final permit))\b",
    re.IGNORECASE,
)


def on_permit_line(lines: list[Line], index: int, start: int) -> bool:
    """Whether the caption at lines[index].text[start] dates a printer's permit: the permit
    is named before it on its line, or, the caption opening its line, on the line above."""
    line = lines[index]
    if _PERMIT.search(line.text[:start]):
        return True
    if line.text[:start].strip() or index == 0:
        return False
    above = lines[index - 1]
    close = above.page == line.page and line.y0 - above.y1 < 1.2 * max(line.height, above.height)
    return close and _PERMIT.search(above.text) is not None
