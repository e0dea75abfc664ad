"""A delivery box's heading in one bare word ("Livraison", "Lieferung", "Delivery",
"Shipping", "Entrega", "Consegna", "Levering"), and the longer ship-to captions
(partynames.SHIP_TO): never a party's name.

"Adresse de facturation | Livraison" heads two blocks side by side; read as a caption with
its value beside it, the second heading would stand as the billed party's name. A heading
word alone (perhaps with its colon) names where goods go, no one who is billed.
"""

from __future__ import annotations

import re

# The noun alone: fr "Livraison", "Expédition"; de "Lieferung", "Versand"; en "Delivery",
# "Shipping", "Shipment"; es/pt "Entrega", es "Envío"; it "Consegna", "Spedizione"; nl
# "Levering", "Aflevering", "Verzending"; pl "Dostawa", "Wysyłka".
_BARE_HEADING = re.compile(
    r"(?:livraison|exp[ée]dition|lieferung|versand|delivery|shipping|shipment|entrega"
    r"|env[ií]o|consegna|spedizione|(?:af)?levering|verzending|dostawa|wysy[łl]ka)\s*:?",
    re.IGNORECASE,
)


def delivery_heading(text: str) -> bool:
    """Whether the text is a delivery box's bare heading word."""
    return _BARE_HEADING.fullmatch(text.strip()) is not None
