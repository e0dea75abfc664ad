"""A freight bill's role headings: "SHIPPER", "CONSIGNEE", "SHIP FROM", "ORIGIN".

A carrier's freight invoice heads its party boxes with the roles the parties play in the
shipment ("SHIPPER | CONSIGNEE | BILL TO", "Consignor", "Ship from", "Origin", "Destination";
de "Versender", "Absender"; fr "Expéditeur"; nl "Afzender", "Ontvanger"). They are headings
over a box, never a party's name: read as one, the first box's heading became the buyer's name.
"""

from __future__ import annotations

import re

_ROLE = re.compile(
    r"(?:shipper|consignee|consignor|ship(?:ped)?\s+from|origin|destination|pick\s*-?up"
    r"|versender|exp[ée]diteur|remitente|mittente"
    # The receiver's and sender's captions of a shipment's rows: nl "Ontvanger", "Afzender",
    # de "Empfänger", "Absender", fr "Destinataire", es/it/pt "Destinatario", "Destinatário".
    r"|ontvanger|afzender|verzender|empf[äa]nger|absender|destinataire|destinat[áa]rio"
    r"|receiver|recipient)(?:\s*(?:name|address|information|info))?",
    re.IGNORECASE,
)


def freight_role(text: str) -> bool:
    """Whether the text is nothing but a shipment role's heading ("SHIPPER", "Consignee:")."""
    return _ROLE.fullmatch(text.strip().rstrip(":").rstrip()) is not None
