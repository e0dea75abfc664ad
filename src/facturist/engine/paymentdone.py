"""A till's or a card terminal's line saying the payment went through: "ZAHLUNG ERFOLGT",
"Payment successful", "Paiement accepté", "Pagamento effettuato", "Pago realizado",
"Betaling geslaagd".

A restaurant's or a shop's bill printed after the card was charged closes on that line (under
"Gegeben VISA 350,00" / "Rückgeld 0,00"): the bill is settled, nothing is left due. The line
stands alone, the statement whole: "Zahlung erfolgt per Überweisung bis ..." (a term) or
"Payment successful?" inside a sentence is no such line.
"""

from __future__ import annotations

import re

# de, en, fr, it, es, pt, nl: the payment (or the transaction) done, alone on its line.
_DONE = re.compile(
    r"^\W*(?:(?:die\s+)?zahlung\s+(?:erfolgt|erfolgreich|durchgef[üu]hrt|akzeptiert)"
    r"|(?:payment|transaction)\s+(?:successful|completed?|approved|accepted)"
    r"|(?:paiement|transaction)\s+(?:accept[ée]e?|effectu[ée]e?|r[ée]ussie?)"
    r"|pagamento\s+(?:effettuato|eseguito|accettato|riuscito)"
    r"|pago\s+(?:realizado|efectuado|aceptado|aprobado)"
    r"|pagamento\s+(?:realizado|efetuado|aprovado)"
    r"|betaling\s+(?:geslaagd|voltooid|gelukt|geaccepteerd))\W*$",
    re.IGNORECASE,
)


def payment_done(text: str) -> bool:
    """Whether the line says, alone, that the payment went through."""
    return _DONE.match(text.strip()) is not None
