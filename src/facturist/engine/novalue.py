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
