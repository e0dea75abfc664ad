"""A caption whose value is stated as none ("Sales Tax  N/A", "Discount  —"): it has no value,
and never borrows the figure of the line below it (the next row's "TOTAL DUE")."""

from __future__ import annotations

import re

from facturist.engine.model import Word

# "N/A", "n.a.", "NA", "nil", "none", or a lone dash standing in the value's place.
_NONE_MARK = re.compile(r"^(?:n/?a\.?|n\.a\.|not applicable|nil|none|[-–—]+)$", re.IGNORECASE)


def states_no_value(words: list[Word]) -> bool:
    """Whether the words after a caption say it has no value ("N/A", "—")."""
    text = " ".join(w.text for w in words).strip(" :")
    return bool(text) and bool(_NONE_MARK.match(text))


# "Federal Tax ID available on request", "USt-IdNr. auf Anfrage", "N° TVA sur demande": a
# registration caption saying its number is not printed; a number read after it (an account
# the footer sets over the words) is no ID of the seller's.
_WITHHELD = re.compile(
    r"^(?:available|(?:up)?on request|auf anfrage|sur demande|su richiesta|op aanvraag"
    r"|a petici[óo]n|pending|applied for|beantragt)\b",
    re.IGNORECASE,
)


def withholds_id(words: list[Word]) -> bool:
    """Whether the words after an ID's caption say the number is not given here."""
    text = " ".join(w.text for w in words).strip(" :")
    return bool(_WITHHELD.match(text))
