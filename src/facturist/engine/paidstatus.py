"""A shop's or a platform's note that the document is paid: a payment status ("Payment status:
Paid", "Zahlungsstatus: bezahlt"), a payment made on a date ("Betaald via iDEAL op 13 mei
2025", "Paid by Visa on 3 March 2025"), or the sum paid, where it is the whole total
("Amount paid | €180.00", "Montant réglé le 04/11/2025 | 594,60 €"). Nothing is left due
(charges.py reads it per line, totals.py sets the amount due to 0)."""

from __future__ import annotations

import re
from typing import Protocol

from facturist.engine.candidates import Candidate
from facturist.engine.labelfilter import may_hold, needed_in_any
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.paymentdone import payment_done

# The sum paid as printed: the amount due is 0 where it is the total.
PAID_SUM_KEY = "paid_sum"
# A paid stamp over the page: the total printed as to pay is settled (totals.py).
PAID_STAMP_KEY = "paid_stamp"

_PAID = (
    r"(?:paid|fully paid|paid in full|bezahlt|beglichen|betaald|voldaan|pay[ée]e?|r[ée]gl[ée]e?"
    r"|acquitt[ée]e?|pagad[oa]|pagat[oa]|saldat[oa])"
)
# "Payment status: Paid", "Status: paid", "Zahlungsstatus: bezahlt", "Statut du paiement :
# payé", "Betaalstatus: betaald", "Estado del pago: pagado"; never "Unpaid", "Partially paid".
_STATUS = re.compile(
    r"^\W*(?:(?:payment|order|invoice)\s+status|status|zahlungsstatus|bezahlstatus"
    r"|statut(?:\s+d[eu]\s+paiement)?|betaalstatus|estado(?:\s+del?\s+pago)?"
    rf"|stato(?:\s+del)?\s+pagamento)\s*:?\s*{_PAID}\b(?!\s*\(?\s*(?:partial|in part|teilweise))",
    re.IGNORECASE,
)
# A payment made on a date: "Betaald via iDEAL op 13 mei 2025", "Paid by Visa on March 3,
# 2025", "bezahlt per PayPal am 03.12.2024", "Payée par carte le 18/02/2025".
_PAID_ON = re.compile(
    rf"\b{_PAID}(?:\s+(?:by|per|via|par|with|using|mit|met|con|por|avec)\s+[^\d.;]{{1,30}}?)?"
    r"\s+(?:on|am|op|le|il|el|em)\s+(?:the\s+)?(?=\d|[^\W\d]{3,9}\.?\s+\d)",
    re.IGNORECASE,
)
# An app store's or a subscription's receipt closing on the card the total went on: "Charged
# to Mastercard •••• 7781", "Charged to your Visa ending 4402", "Debited from PayPal".
_CHARGED_TO = re.compile(
    r"^\W*(?:charged\s+to|debited\s+(?:to|from))\s+(?:your\s+)?(?:visa|master\s?card|amex"
    r"|american\s+express|maestro|discover|paypal|apple\s+pay|google\s+pay"
    r"|(?:credit\s+|debit\s+)?card)\b",
    re.IGNORECASE,
)
# What puts the payment ahead, or makes it a term: "to be paid on", "must be paid on", "zu
# bezahlen am", "doit être réglée le", "te betalen op", "if not paid on".
_NOT_YET = re.compile(
    r"\b(?:be|to|will|must|should|shall|not|unless|if|until|wird|werden|zu|sera|seront|[êe]tre"
    r"|doit|doivent|moet|moeten|te|deve|devono|debe|deben|ser)\s+$",
    re.IGNORECASE,
)
# Figures of money on the line, once its dates are taken out: a payment made on a date with a
# figure beside it may be a part payment ("Deposit paid on 3 March 2025 | 500.00").
_DATE = re.compile(r"\b\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}\b")
_FIGURE = re.compile(r"\d[\d.,'\u00a0]*[.,]\d{2}\b")
# The caption of the sum paid: "Amount paid", "Paid amount", "Total paid", "Paid by customer",
# "Montant réglé le 04/11/2025", "Montant payé", "Bereits bezahlt", "Bezahlter Betrag",
# "Betaald bedrag", "Importe pagado", pt "Importância recebida" (a fatura-recibo); never a
# till's bare "Paid" (the cash handed over).
_SUM_CAPTION = re.compile(
    r"^(?:(?:amount|total|sum)\s+paid|paid\s+(?:amount|by\s+(?:the\s+)?customer)"
    r"|montant\s+(?:r[ée]gl[ée]|pay[ée]|acquitt[ée])|bereits\s+(?:bezahlt|gezahlt)"
    r"|(?:bezahlt|gezahlt)er\s+betrag|betaald\s+bedrag|importe\s+pagado|importo\s+pagato"
    r"|valor\s+pago|(?:import[âa]ncia|quantia|valor)\s+recebid[ao]|importe\s+recibido)\b"
    r"(?!\s*\(BT)[^\d]{0,12}(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4})?\W*$",
    re.IGNORECASE,
)
_FIRST_FIGURE = re.compile(r"[-−(]?[€$£]?\s?\d[\d.,'\u00a0 ]*[.,]\d{2}\b")
# The strings one of which each match of the patterns holds (labelfilter.py).
_STATUS_NEEDED = needed_in_any((_STATUS, _CHARGED_TO, _PAID_ON))
_SUM_NEEDED = needed_in_any((_SUM_CAPTION,))


class AmountReader(Protocol):
    """What reads the last amount among words (amountread.read_amount)."""

    def __call__(self, words: list[Word]) -> Value | None: ...


def states_paid_status(text: str, lowered: str | None = None) -> bool:
    """The line gives the document's payment status as paid, or the card the total was
    charged to, or tells of the payment made on a date with no figure beside it.
    `lowered`: the text folded (labelfilter.folded), to skip the searches it cannot match."""
    # Where the folded text holds none of the strings one of which every match of _STATUS,
    # _CHARGED_TO or _PAID_ON consumes, none of them matches (labelfilter.py).
    held = may_hold(_STATUS_NEEDED, lowered)
    if held and (_STATUS.search(text) or _CHARGED_TO.search(text)):
        return True
    if payment_done(text):
        return True  # "ZAHLUNG ERFOLGT" under the card's line (paymentdone.py)
    if not held:
        return False  # no _PAID_ON match: the loop below would find none
    for match in _PAID_ON.finditer(text):
        if _NOT_YET.search(text[: match.start()]):
            continue
        return not _FIGURE.search(_DATE.sub(" ", text))
    return False


# A paid stamp: the word alone in capitals, perhaps with the day paid ("ZAPLACENO", "PAID
# 04.11.2026"), cs/sk/pl/hu/ro/de/en/fr/es/it/nl/nordic/baltic/ex-Yugoslav; in capitals only,
# no other word on its line: a sentence's "paid" is no stamp.
_STAMP = re.compile(
    r"^\W*(?:ZAPLACENO|ZAPLATEN[ÉE]|ZAP[ŁL]ACONO|(?:KI)?FIZETVE|ACHITAT|PL[ĂA]TIT|BEZAHLT|PAID"
    r"|PAY[ÉE]E?|ACQUITT[ÉE]E?|PAGAD[OA]|PAGAT[OA]|BETAALD|BETALT|MAKSETTU|MAKSTUD"
    r"|APMAKS[ĀA]TS|APMOK[ĖE]TA|PLA[ĆČC]ENO)(?![^\W\d_])[\W\d_]*$"
)


def paid_stamp(line: Line, order: int) -> Candidate | None:
    """The paid stamp alone on its line, in one cell."""
    if len(line.cells) != 1 or _STAMP.match(line.text) is None:
        return None
    boxes = tuple(word.box for word in line.words)
    return Candidate(PAID_STAMP_KEY, Value(0.0, line.text, boxes, 0.7), 0, order)


def paid_sum(
    line: Line, order: int, read_amount: AmountReader, lowered: str | None = None
) -> Candidate | None:
    """The sum paid under its caption ("Amount paid | £180.00"), as a positive figure.
    `lowered`: the line's cells' texts joined by spaces, folded (labelfilter.folded)."""
    if not may_hold(_SUM_NEEDED, lowered):
        return None  # each caption tried is a part of a cell's text: none can match
    for position, cell in enumerate(line.cells):
        caption = _FIRST_FIGURE.split(cell.text.strip(), maxsplit=1)[0].strip()
        if not caption or not _SUM_CAPTION.match(caption):
            continue
        value = read_amount([w for c in line.cells[position:] for w in c.words])
        if value is None or not isinstance(value.value, float) or value.value == 0:
            return None
        return Candidate(PAID_SUM_KEY, Value(abs(value.value), value.text, value.boxes), 0, order)
    return None
