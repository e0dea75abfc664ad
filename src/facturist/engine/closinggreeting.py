"""A receipt's or ticket's closing greeting ("MERCI ET BON VOYAGE", "Thank you, come again",
"Vielen Dank für Ihren Besuch", "Grazie e arrivederci"): the print's farewell to its reader,
never a party's name. A customer's caption left blank for the rider to fill in ("NOM DU
CLIENT:") has the greeting under it; the block readers must not take it for the buyer.

A company named with such a word ("Bon Voyage Reisen GmbH") carries its legal form."""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM

# The thanks opening the line, in the languages of the set's neighbours.
_THANKS = (
    r"thank(?:s|\s+you)|many\s+thanks|merci|danke|vielen\s+dank|herzlichen\s+dank|grazie"
    r"|gracias|muchas\s+gracias|obrigad[oa]|bedankt|dank\s+u(?:\s+wel)?|dank\s+je(?:\s+wel)?"
    r"|dzi[eę]kujemy|tack|kiitos|tak\s+for"
)
# A farewell or wish, anywhere in the line.
_FAREWELL = (
    r"bon\s+voyage|bonne\s+route|gute\s+(?:fahrt|reise)|buon\s+viaggio|buen\s+viaje|boa\s+viagem"
    r"|goede\s+reis|safe\s+(?:travels|trip|journey)|have\s+a\s+nice\s+(?:day|trip)"
    r"|come\s+again|see\s+you\s+(?:soon|again)|au\s+revoir|[àa]\s+bient[ôo]t"
    r"|auf\s+wiedersehen|bis\s+bald|arrivederci|a\s+presto|hasta\s+(?:pronto|luego)"
    r"|tot\s+ziens|do\s+zobaczenia"
)
_GREETING = re.compile(
    rf"^\W*(?:{_THANKS})\b|\b(?:{_FAREWELL})\b",
    re.IGNORECASE,
)


def is_closing_greeting(text: str) -> bool:
    """Whether the line is a closing greeting (thanks or a farewell), no company's name."""
    return bool(_GREETING.search(text)) and not LEGAL_FORM.search(text)
