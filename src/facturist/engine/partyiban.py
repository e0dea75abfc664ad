"""Whose account an uncaptioned IBAN is, when seller and buyer stand side by side.

Romanian, Bulgarian and Baltic forms print each party's bank account in its own block
("Furnizor: ... Cont: RO97..." | "Client: ... Cont: RO21..."): an account in the buyer's
column, under the buyer's name, is the buyer's, not the one to pay to.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Box, Value, Word

_BLOCK = 160.0  # points under the names that a party block reaches

# "Payment account identifier", "Zahlungskonto", "Compte de paiement", "Cuenta de pago": an
# account captioned as the one to pay to is the payee's wherever it stands on the page;
# pl "Sposób płatności", cs / sk "Způsob platby", hu "Fizetési mód", sv "Betalningssätt", fi
# "Maksutapa": a payment line running across both blocks names the payee's account.
_PAY_TO = re.compile(
    r"\b(?:payment|pay to|zahlung\w*|paiement|pago|pagamento|betaling\w*|betalning\w*"
    r"|płatno\w*|zapłat\w*|platb\w*|fizet\w*|maksu\w*)\b",
    re.IGNORECASE,
)

# "Belastetes Konto (IBAN)", "Lastschriftkonto", "Account to be debited": a direct debit's
# account (XRechnung's BT-91), the buyer's, which nobody pays into, wherever it stands.
DEBITED = re.compile(
    r"\b(?:belastete[ns]?|(?:zu\s+)?belastende[ns]?|abzubuchende[ns]?)\s+kontos?\b"
    r"|\b(?:lastschrift|belastungs)konto\b"
    r"|\b(?:account|iban)\s+to\s+be\s+debited\b|\bdebited\s+account\b"
    r"|\bcompte\s+(?:[àa]\s+)?d[ée]bit(?:er|[ée])\b",
    re.IGNORECASE,
)


def wrapped_before(lines: list[Line], index: int, before: str) -> str:
    """The text before an IBAN caption, with the line above when the caption opens its line
    and a sentence runs into it ("… per SEPA-Lastschrift von Ihrem Konto" over "IBAN DE27 …
    eingezogen."): the words that say whose account it is end the line above."""
    if before.strip() or index == 0:
        return before
    line, above = lines[index], lines[index - 1]
    if (
        above.page != line.page
        or above.text.rstrip().endswith(".")
        or not 0 <= line.y0 - above.y1 <= above.height
        or abs(line.words[0].box.x0 - above.words[0].box.x0) > 3
    ):
        return before
    return f"{above.text} {before}"


def in_buyer_block(word: Word, seller: Value | None, buyer: Value | None) -> bool:
    """Whether `word` lies in the buyer's block, the parties' names on one line side by side."""
    if seller is None or buyer is None or not seller.boxes or not buyer.boxes:
        return False
    first: Box = seller.boxes[0]
    other: Box = buyer.boxes[0]
    box = word.box
    if first.page != other.page or box.page != other.page:
        return False
    if abs(first.y0 - other.y0) > 3 or not 0 < box.y0 - other.y0 < _BLOCK:
        return False
    if other.x0 > first.x1:  # the buyer on the right
        return box.x0 >= other.x0 - 8
    if first.x0 > other.x1:  # the buyer on the left
        return box.x1 <= first.x0
    return False


def buyer_accounts(
    words: list[Word], ibans: list[str], seller: Value | None, buyer: Value | None
) -> set[str]:
    """The IBANs among `ibans` (read from `words`' line) printed in the buyer's block."""
    found = set()
    for iban in ibans:
        word = next((w for w in words if iban[:4] in w.text.upper()), None)
        if word is None:
            continue
        caption = " ".join(w.text for w in words if w.box.x1 <= word.box.x0)
        placed = in_buyer_block(word, seller, buyer) and not _PAY_TO.search(caption)
        if placed or DEBITED.search(caption):
            found.add(iban)
    return found
