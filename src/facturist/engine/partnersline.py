"""A partnership's partners named under its name: "Delikatesy „Pod Lipami” s.c." over "Anna i
Piotr Wiśniewscy".

A Polish civil partnership (s.c.), a German GbR or an Italian s.n.c. names its partners
under the firm: two given names joined by "and" and the family name they share. The line
goes on the name, never the address, which starts at the street under it.
"""

from __future__ import annotations

import re

# Given name, "and" (pl "i", cs/sk "a", de "und", fr "et", it/pt "e", es "y", nl "en", "&"),
# given name, one family name or two ("Wiśniewscy", "Müller-Lang").
_PARTNERS = re.compile(
    r"^[^\W\d_][^\W\d_]+\s+(?:i|a|und|and|&|et|e|y|en)\s+[^\W\d_][^\W\d_]+"
    r"(?:\s+[^\W\d_][\w\-]+){1,2}$"
)


def partners_line(text: str) -> bool:
    """Whether a block's line names partners: capitalised names joined by "and"."""
    stripped = text.strip()
    if _PARTNERS.match(stripped) is None:
        return False
    names = [w for w in stripped.split() if len(w) > 3]
    return all(w[:1].isupper() for w in names)
