"""Payment lines in an item table: a folio or an account statement lists the guest's
payments among the charges ("Zahlung Visa XXXXXXXXXXXX7712  -622,60"). A payment is no
item billed: a negative amount with no count and no price, its text naming a payment or a
card."""

from __future__ import annotations

import re

from facturist.engine.model import Value

# The posting's date may stand in the text column before it ("15.05.25 Zahlung Visa").
_PAYMENT = re.compile(
    r"^\W*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s+)?"
    r"(?:zahlung|payment|paid|paiement|règlement|reglement|pago|pagamento|betaling"
    r"|płatność|platba|visa|mastercard|master card|amex|american express|maestro|ec-karte"
    r"|girocard|kartenzahlung|card payment|credit card|carte bancaire|cash|barzahlung"
    r"|espèces|efectivo|contanti)\b",
    re.IGNORECASE,
)


def is_payment(item: dict[str, Value]) -> bool:
    """Whether the row is a payment received, not a charge."""
    amount, description = item.get("amount"), item.get("description")
    if amount is None or description is None or "quantity" in item or "unit_price" in item:
        return False
    if not isinstance(amount.value, float) or amount.value >= 0:
        return False
    return bool(_PAYMENT.match(str(description.value)))
