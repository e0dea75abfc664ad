"""A party caption naming a second role of the same party after a slash: "Odběratel /
Konečný příjemce" (buyer / final recipient), "Customer / Consignee", "Odbiorca / Płatnik",
"Client / Destinataire". The caption goes on past the slash and the party's name is the
block's first line under it; read as a caption with another field's label after it, the
block was dropped and a line further down (a delivery place's "Místo dodání: ...") was taken
for the party."""

from __future__ import annotations

import re

# The recipient, consignee, payer or end customer, in the languages whose party captions
# the engine reads, optionally qualified as final ("Konečný příjemce", "End customer").
_SECOND_ROLE = re.compile(
    r"\s*/\s*(?:(?:kone[čc]n[ýy]|final|end|ostateczny|koncov[ýy]|finale?)\s+)?"
    r"(?:p[řr][íi]jemce|pr[íi]jemca|odbiorca(?:\s+ko[ńn]cowy)?|p[łl]atnik|pl[áa]tce|platite[ľl]"
    r"|recipient|consignee|payer|customer|user|client|kunde|zahler|empf[äa]nger"
    r"|destinataire|b[ée]n[ée]ficiaire|destinatario|ontvanger|eindklant|c[íi]mzett"
    r"|destinatar|mottagare|modtager|mottaker"
    # A self-billed statement's customer issues it: "Leistungsempfänger / Aussteller".
    r"|aussteller|issuer)\s*:?\s*",
    re.IGNORECASE,
)


def second_role(after: str) -> bool:
    """Whether the text after a party's caption is a slash and another role of that party."""
    return _SECOND_ROLE.fullmatch(after) is not None
