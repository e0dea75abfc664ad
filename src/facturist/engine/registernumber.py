"""Numbers a bare number sign gives that belong to a register, an account or an authority.

Latin American invoices print several "N°" numbers besides their own: Peru's footer
"Autorizado mediante Resolución de Intendencia N° 034-005-0005315" (the tax office's
authorisation), a detraction account "Cta. Banco de la Nación N° 00-068-123456", Colombia's
"Autorización de numeración de facturación DIAN No. 18764061234567". The words before the
sign name what the number is: a resolution, an authorisation, an account. Such a number is
never the invoice's.
"""

from __future__ import annotations

import re

# The register's word, a few words before the sign in the caption's cell.
_REGISTER = re.compile(
    r"\b(?:resoluci[óo]n|resolu[çc][ãa]o|resolution|autorizaci[óo]n|autoriza[çc][ãa]o"
    r"|cta\.|cuenta|conta\s+corrente|bank\s+account|account)"
    r"(?:\s+\S+){0,5}\s*$",
    re.IGNORECASE,
)


def names_register(before: str) -> bool:
    """Whether the words before a number caption name a resolution, authorisation or account."""
    return _REGISTER.search(before) is not None
