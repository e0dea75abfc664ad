"""A customer's accounts-payable department over its company's name.

Businesses have their suppliers address invoices to the department that pays them ("Accounts
Payable" / "Tidewell Surveying Ltd" / street / town; de "Kreditorenbuchhaltung", fr
"Comptabilité fournisseurs", nl "Crediteurenadministratie"): the department line heads the
addressee's block. An issuer never prints its own payables department over its letterhead, so
a legal-form name under such a line is the buyer's, and the department is no part of a name.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.roleline import role_line

_PAYABLES = re.compile(
    r"^(?:accounts?\s+payable(?:\s+(?:department|dept\.?|team))?|a/?p\s+(?:department|dept\.?)"
    r"|purchase\s+ledger(?:\s+(?:department|dept\.?|team))?"
    r"|(?:kreditoren)?buchhaltung|rechnungseingang|rechnungspr[üu]fung"
    r"|(?:service\s+)?comptabilit[ée](?:\s+fournisseurs)?|crediteurenadministratie"
    r"|crediteuren|contabilidad(?:\s+de\s+proveedores)?|cuentas\s+por\s+pagar"
    r"|ufficio\s+amministrazione|contabilit[àa]\s+fornitori)$",
    re.IGNORECASE,
)


def payables_line(text: str) -> bool:
    """Whether the text is a payables department's line ("Accounts Payable")."""
    return _PAYABLES.match(text.strip(" ,:")) is not None


def under_addressee_office(top: list[Line], index: int, cell: Cell) -> bool:
    """Whether the line right above `cell`, flush with it and close, names the office or
    person that deals with the bill: a payables department ("Accounts Payable") or a role
    ("The Manager", roleline.py). The cell's name is then the addressee's company."""
    line = top[index]
    for above in reversed(top[max(0, index - 2) : index]):
        if above.page != line.page or line.y0 - above.y1 > 1.5 * line.height:
            return False
        aligned = [c for c in above.cells if abs(c.x0 - cell.x0) < 6]
        if aligned:
            return payables_line(aligned[0].text) or role_line(aligned[0].text)
    return False
