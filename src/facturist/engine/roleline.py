"""A role line over an addressee's company ("The Manager" / "Copperleaf Café Ltd", "The
Occupier", "Accounts Department"): councils, utilities and landlords address a business by
the person or office that deals with the bill, not by name. The line opens the recipient's
block; the company under it is the buyer, and the role is no part of its name."""

from __future__ import annotations

import re

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
