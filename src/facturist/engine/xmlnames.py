"""Element names of an e-invoice's XML as a page prints them ("ram:SellerTradeParty",
"cbc:ID", "ram:IncludedSupplyChainTradeLineItem [2]"): ERP "XML views" and debug prints use
them as captions. Shared by the readers of such pages' header values (xmltags.py), party
sections (partylisting.py) and position boxes (boxlistings.py).
"""

from __future__ import annotations

import re

# A namespace prefix before an element's name: CII's "ram:", "rsm:", "udt:", UBL's "cbc:", "cac:".
NAMESPACE = re.compile(r"^[a-z]{2,4}:(?=[A-Z])")
# A repeated element's index after its name, in a cell of its own: "[1]".
ROW_INDEX = re.compile(r"^\[\d+\]$")


def element_name(step: str) -> str:
    """A path step's element name without its namespace ("ram:CityName" -> "CityName")."""
    return NAMESPACE.sub("", step)
