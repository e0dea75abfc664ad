"""A remainder payable at a later event is no amount due of this invoice.

A deposit invoice ("Anzahlungsrechnung") tells the customer what stays open for later:
"Restbetrag nach Montage: EUR 17.899,20 brutto", "Balance due on completion: 8,400.00",
"Solde à la livraison". The amount due is the deposit asked for now; the remainder's caption,
followed by the event it waits for, names no figure to pay on this bill. A remainder "nach
Abzug der Anzahlung" (after the deduction) is this bill's, so only events of the work or the
delivery count.
"""

from __future__ import annotations

import re

# Right after the caption, perhaps "fällig" / "payable" / "due" first: de "nach (erfolgter)
# Montage / Fertigstellung / Abnahme / Lieferung / Übergabe / Inbetriebnahme", "bei
# Fertigstellung"; en "after / on / upon completion / delivery / installation / handover";
# fr "à la livraison", "après (la) pose / installation / réception / la fin des travaux"; es
# "a la entrega", "tras la instalación"; it "alla consegna", "dopo il collaudo"; nl "na
# oplevering / montage / levering", "bij oplevering".
_LATER = re.compile(
    r"^\W*(?:(?:f[äa]llig|zahlbar|due|payable|exigible|pagadero|dovuto|te betalen)\s+)?"
    r"(?:nach|bei|after|on|upon|[àa]|apr[èe]s|tras|al|alla|dopo|na|bij)\s+"
    r"(?:(?:der|dem|erfolgter|vollst[äa]ndiger|the|final|la|le|l'|il|de|het)\s+)*"
    r"(?:montage|fertigstellung|abnahme|(?:aus)?lieferung|[üu]bergabe|inbetriebnahme"
    r"|baufertigstellung|completion|delivery|installation|handover|commissioning"
    r"|livraison|pose|r[ée]ception|fin des travaux|entrega|instalaci[oó]n|finalizaci[oó]n"
    r"|consegna|installazione|collaudo|completamento|oplevering|levering|installatie)\b",
    re.IGNORECASE,
)


def payable_later(after: str) -> bool:
    """Whether the words after an amount-due caption name a later event it waits for."""
    return _LATER.match(after) is not None


__all__ = ["payable_later"]
