"""A role line over an addressee's company ("The Manager" / "Copperleaf Café Ltd", "The
Occupier", "Accounts Department"): councils, utilities and landlords address a business by
the person or office that deals with the bill, not by name. The line opens the recipient's
block; the company under it is the buyer, and the role is no part of its name."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line

_ROLE = re.compile(
    r"^(?:the\s+(?:manager|occupiers?|owners?|proprietors?|directors?|(?:company\s+)?secretary"
    r"|householder|residents?|tenants?|partners|(?:practice|office|general|finance|site|store"
    r"|branch)\s+manager|bursar|clerk|head\s?teacher|treasurer|accounts(?:\s+department)?"
    r"|finance\s+department)"
    r"|(?:accounts|finance|purchasing|procurement)\s+(?:department|dept\.?|team|office))$",
    re.IGNORECASE,
)


def role_line(text: str) -> bool:
    """Whether the text is a role line alone ("The Manager", "Accounts Department")."""
    return _ROLE.match(text.strip(" ,:")) is not None


def under_role_line(top: list[Line], index: int, cell: Cell) -> bool:
    """Whether the line right above `cell`, flush with it and close, is a role line."""
    line = top[index]
    for above in reversed(top[max(0, index - 2) : index]):
        if above.page != line.page or line.y0 - above.y1 > 1.5 * line.height:
            return False
        aligned = [c for c in above.cells if abs(c.x0 - cell.x0) < 6]
        if aligned:
            return role_line(aligned[0].text)
    return False
