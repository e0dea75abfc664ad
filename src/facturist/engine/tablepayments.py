"""Payment lines in an item table: a folio or an account statement lists the guest's
payments among the charges ("Zahlung Visa XXXXXXXXXXXX7712  -622,60"). A payment is no
item billed: a negative amount with no count and no price, its text naming a payment or a
card."""

from __future__ import annotations

import re

from facturist.engine.model import Value
from facturist.engine.paymentnotes import instructs_payment

# The posting's date may stand in the text column before it ("15.05.25 Zahlung Visa",
# "12.01. Anzahlung"); the payments may be captioned as deducted ("abzüglich Zahlungen",
# "less payments received", "moins acompte versé"). A deposit paid in advance and a bank
# transfer are payments too: de "Anzahlung", "Vorauszahlung" (any "…zahlung"),
# "Überweisung", en "advance payment", "prepayment", "down payment", "deposit paid", "bank
# transfer", fr "acompte", "arrhes", "virement", es "anticipo", "transferencia", it
# "acconto", "caparra", "bonifico", nl "aanbetaling" (any "…betaling"), "overboeking", pl
# "zaliczka", "wpłata".
_PAYMENT = re.compile(
    r"^\W*(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4}|\.)\s+)?"
    r"(?:(?:abz[üu]glich|abzgl\.?|less|moins|menos|meno|minus)\s+(?:\w+\s+)?)?"
    r"(?:\w*zahlung(?:en)?|payments?|paid|paiements?|règlement|reglement|pagos?|pagamento"
    r"|\w*betaling(?:en)?"
    r"|płatność|platba|visa|mastercard|master card|amex|american express|maestro|ec-karte"
    r"|girocard|card payment|credit card|carte bancaire|cash|diners(?: club)?"
    r"|espèces|efectivo|contanti|überweisung|bank transfer|advance payment|prepayment"
    r"|down payment|deposit paid|acomptes?|arrhes|virement|anticipo|transferencia|acconto"
    r"|caparra|bonifico|overboeking|zaliczka|wpłata)\b",
    re.IGNORECASE,
)


def is_payment(item: dict[str, Value]) -> bool:
    """Whether the row is a payment received, not a charge."""
    amount, description = item.get("amount"), item.get("description")
    if amount is None or description is None or "quantity" in item or "unit_price" in item:
        return False
    if instructs_payment(str(description.value)):
        return True  # "Sort code 60-16-13 Account 31926819" beside a total (paymentnotes.py)
    if not isinstance(amount.value, float) or amount.value >= 0:
        return False
    return bool(_PAYMENT.match(str(description.value)))
