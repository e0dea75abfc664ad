"""Section headings over a bill's customer or contract details, never anyone's name.

Utility and telecom bills group the contract's details under a heading set in bold, the
holder's name on the captioned rows under it:

    DATOS DEL CONTRATO
    Titular: Javier Morales Ruiz
    NIF: 47281936P
    Dirección de suministro: Calle Alcalá 214, 3º B, 28028 Madrid

The heading stands where a block's first line (its name) would, over a street and a town,
yet names the section: "Datos del contrato / del cliente / de facturación" (es), "Dados do
contrato" (pt), "Vertragsdaten", "Kundendaten" (de), "Données du contrat" (fr), "Dati del
contratto" (it), "Contractgegevens" (nl), "Contract details" (en).
"""

from __future__ import annotations

import re

_SECTION_HEADING = re.compile(
    r"^(?:"
    # es / pt / it: "Datos del contrato", "Datos de facturación", "Dados do cliente".
    r"(?:datos|dados|dati)\s+(?:del?|do|da|dos|das|della|dell'|di)\s*"
    r"(?:contrato|contratto|cliente|titular|suministro|fornitura|fornecimento|servicio"
    r"|servi[çc]o|pagador|pago|pagamento|facturaci[óo]n|fatura[çc][ãa]o|faturacao"
    r"|fatturazione|abonado|suscriptor|punto de suministro)"
    # de: "Vertragsdaten", "Kundendaten", "Ihre Vertragsdaten", "Angaben zum Vertrag".
    r"|(?:ihre\s+)?(?:vertrags|kunden|abnahmestellen|verbrauchsstellen)(?:daten|angaben)"
    r"|angaben zu(?:m|r)\s+(?:vertrag|kunden|abnahmestelle)"
    # fr: "Données du contrat", "Informations client", "Votre contrat" (partyblocks.py).
    r"|(?:donn[ée]es|informations|d[ée]tails)\s+(?:du\s+|de\s+(?:la\s+)?|sur\s+le\s+)?"
    r"(?:contrat|client|abonn[ée]|titulaire|facturation)"
    # nl: "Contractgegevens", "Klantgegevens".
    r"|(?:contract|klant|aansluit)gegevens"
    # en: "Contract details", "Customer details", "Account information".
    r"|(?:contract|customer|account|supply|subscriber)\s+(?:details|information|data)"
    r")\s*:?$",
    re.IGNORECASE,
)


def section_heading(text: str) -> bool:
    """Whether the text is a heading over a section of contract or customer details."""
    return _SECTION_HEADING.match(text.strip()) is not None
