"""A tear-off remittance slip at an invoice's foot: the customer cuts it off and sends it back
with the payment, so its "From:" names the payer (the customer), never the seller."""

from __future__ import annotations

import re

from facturist.engine.labelfilter import folded, may_hold, needed_strings
from facturist.engine.layout import Line

# What opens a slip to cut off: scissors, "Please detach and return this portion", "Remittance
# advice", "Payment slip"; de "Zahlschein", "Bitte abtrennen"; fr "Talon à détacher", "Coupon à
# retourner avec votre règlement"; nl "Betaalstrook", "Hier afknippen"; it "Da staccare",
# "Tagliando"; es "Recortar por aquí", "Talón de pago", "Cupón de pago".
_SLIP_MARK = re.compile(
    r"[✂✁✃✄]|\b(?:remittance\s+(?:advice|slip|stub|copy)|payment\s+(?:slip|stub|coupon)"
    r"|(?:please\s+)?(?:detach|tear\s+off|cut)\s+(?:here|and\s+return|along)"
    r"|return\s+this\s+(?:portion|part|slip|stub)|zahlschein|zahlungsabschnitt"
    r"|(?:bitte\s+|hier\s+)abtrennen|abschnitt\s+bitte|talon\s+(?:de\s+paiement|à\s+détacher)"
    r"|coupon\s+(?:à\s+détacher|à\s+retourner|de\s+paiement)|à\s+détacher|betaalstrook"
    r"|(?:hier\s+)?afknippen|da\s+staccare|tagliando|recortar\s+por|tal[óo]n\s+de\s+pago"
    r"|cup[óo]n\s+de\s+pago)",
    re.IGNORECASE,
)
# The strings one of which a mark holds: most lines hold none (labelfilter.py).
_MARK_NEEDED = needed_strings(_SLIP_MARK)
# A sender's caption, with its colon, as a slip prints it over the payer's name: en "From:",
# de "Von:", fr/es/pt "De:", it "Da:", nl "Van:", sv "Från:", da/no "Fra:", pl/cs "Od:". (Not
# the seller's captions a payment part prints for the creditor: "Konto / Zahlbar an".)
_SENDER = re.compile(r"^(?:from|von|de|da|van|fr[åa]n|fra|od)\s*:", re.IGNORECASE)
# How far down its page the slip's mark stands, at least, as a share of the printed height: a
# slip is torn off the foot; a page titled "Remittance advice" is a payer's own document.
_FOOT_SHARE = 0.4


def without_slip_senders(lines: list[Line]) -> list[Line]:
    """The lines less the slip's "From: ..." lines: under a slip's mark at a page's foot, a
    seller's caption heads the payer's name."""
    marks = [
        ln
        for ln in lines
        if may_hold(_MARK_NEEDED, folded(ln.text))
        and _SLIP_MARK.search(ln.text)
        and _at_foot(lines, ln)
    ]
    if not marks:
        return lines
    return [
        ln
        for ln in lines
        if not (
            ln.cells
            # "FROM | : ALBION HEALTH ...": a monospaced slip sets the colon in the next cell.
            and _SENDER.match(ln.text.strip())
            and any(m.page == ln.page and m.y0 <= ln.y0 for m in marks)
        )
    ]


def _at_foot(lines: list[Line], mark: Line) -> bool:
    page = [ln for ln in lines if ln.page == mark.page]
    top = min(ln.y0 for ln in page)
    bottom = max(ln.y1 for ln in page)
    return mark.y0 >= top + _FOOT_SHARE * (bottom - top)
