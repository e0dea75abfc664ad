"""A tax's deadline is no payment's due date.

Brazil's NFS-e notes the day the municipal service tax falls due for the issuer ("(2) Data de
vencimento do ISS desta NFS-e: 10/06/2025"); Spanish and English documents likewise name the
tax after the due-date caption ("vencimiento del impuesto", "due date of the VAT return"). The
tax named right after the caption makes the date the tax office's, not the buyer's.
"""

from __future__ import annotations

import re

_TAX_NAMED = re.compile(
    r"^\s*(?:do|da|dos|das|del|de la|de los|of the|of|for the|for)\s+"
    r"(?:iss(?:qn)?|icms|ipi|pis|cofins|imposto|impuesto|tributo|iva|igv|vat|tax|gst)\b",
    re.IGNORECASE,
)


def names_tax_deadline(after: str) -> bool:
    """Whether the words right after a due-date caption name a tax ("do ISS", "del IVA")."""
    return _TAX_NAMED.match(after) is not None
