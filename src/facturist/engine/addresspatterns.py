"""Patterns an address reader tests its lines with: a country line, a caption before the
street ("Registered office:"), a registration number under a name, a name's other language.

Shared by the block reader (addresses.py) and the reader of an address printed on the name's
own line (lineaddress.py).
"""

from __future__ import annotations

import re

from facturist.engine.estates import industrial_estate
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.towns import COUNTRY_NAMES

# A registration number printed between a letterhead's name and its street ("ABN 51 824 753
# 556", "NIF: B87654323"), or a company number in brackets ("(Co. No. 884421-M)",
# "(SA0412233-X)"): it ends no block that has not begun.
REGISTRATION_UNDER_NAME = re.compile(
    r"^(?:abn|gstin|gst|hst|uen|nif|cif|nie|vat|btw|tva|iva|p\.\s?iva|ust|uid|nip|di[čc]|i[čc]o)\b"
    # Latin America's tax IDs: Brazil's "CNPJ 12.847.392/0001-08", "CPF", Mexico's "RFC",
    # Argentina's "CUIT", Chile's "RUT", Peru's "RUC", Colombia's "NIT".
    r"|^(?:cnpj|cpf|rfc|cuit|rut|ruc|nit)\b(?=[\s.:]*[\dA-Z])"
    # A footer's register line over its "Registered office: ..." ("Registered in England &
    # Wales No. 08412377", "RCS Paris 421 938 507", "Amtsgericht Köln HRB 1234").
    r"|^(?:registered in|incorporated in|company (?:no|number|reg)|rcs|hrb|hra|kvk|amtsgericht"
    r"|registergericht)\b"
    # Germany's registers by name ("Partnerschaftsregister AG Essen PR 4471", "Handelsregister
    # B des AG Köln"), Austria's "Firmenbuch", or a bare entry ("PR 4471", "VR 1234").
    r"|^(?:handels|partnerschafts|vereins|genossenschafts)register\b|^firmenbuch\b"
    r"|^(?-i:(?:PR|VR|GnR|FN))\s?\d"
    r"|^\((?:co(?:mpany)?\.?\s*(?:no|reg)|reg(?:istration)?\.?\s*no|roc)\b"
    r"|^\([A-Z]{0,4}\d[\w\-./]*\)$"
    # A professional's title with its register number in brackets, no other figure: a sworn
    # translator's "Traductora-Intérprete Jurada de Inglés (nº 4.187 MAEC)", a lawyer's
    # "Abogado (Colegiado n.º 12.345)".
    r"|^[^\d()]{4,}\([^\d()]*(?:n\.?\s?[º°]|n[úu]m\.|nr\.|no\.)\s*\d[\d.\-/]*[^\d()]*\)$",
    re.IGNORECASE,
)

COUNTRY = re.compile(
    rf"^{COUNTRY_NAMES}"
    # A country code in capitals ("DE"): a table's "Lp" or "Nr" caption under the town is none.
    r"$|^(?-i:[A-Z]{2})$",
    re.IGNORECASE,
)

# A caption before the street: "Registered office:", "Siège social :", "Sitz:", "Adresse:".
ADDRESS_CAPTION = re.compile(
    r"^(?:registered office|head office|business address|address|siège(?: social)?|adresse"
    r"|hausanschrift|geschäftsanschrift"
    r"|sitz|firmensitz|sede(?: legale)?|domicilio(?: social)?|indirizzo|adres|morada"
    # es "Dirección fiscal:", "Domicilio fiscal:", pt "Endereço:" before the party's street.
    r"|direcci[oó]n(?: fiscal| postal| social)?|domicilio fiscal|endere[cç]o)\s*:\s*",
    re.IGNORECASE,
)


def other_language_name(text: str) -> bool:
    """A legal-form name without a digit, perhaps after the slash that pairs it with the
    name before it: a bilingual firm prints its name in both languages (South Tyrol's
    "GmbH / S.r.l.", Switzerland's "AG / SA"), the second no part of its address."""
    if industrial_estate(text):  # "Canal Road Trading Estate": "Trading" is no form here
        return False
    return bool(LEGAL_FORM.search(text)) and not any(ch.isdigit() for ch in text)
