"""A delivery receipt's sentence, never a party's name.

Brazil's DANFE opens with a tear-off stub the recipient signs: "RECEBEMOS DE ACME INDÚSTRIA
LTDA. OS PRODUTOS E/OU SERVIÇOS CONSTANTES DA NOTA FISCAL ...". The sentence holds the
issuer's name and its legal form at the top of the page, where a letterhead's name stands,
yet it is a sentence: the name is printed again in the issuer's block. So are its kin in
other languages ("Received from ...", "Recibimos de ...", "Reçu de ...", "Erhalten von ...").
Its next line runs the sentence on and lists the note's fields ("... EMISSÃO: 11/03/2025 VALOR
TOTAL: R$ 7.842,60 DESTINATÁRIO: ACME LTDA"): two captions with a figure after each make a
row of fields, no name either.
"""

from __future__ import annotations

import re

_RECEIPT_SENTENCE = re.compile(
    r"^(?:recebemos|recebi(?:mos)?|recibimos|hemos recibido|(?:we\s+(?:have\s+)?)?received"
    r"|re[çc]u|nous avons re[çc]u|erhalten|wir haben erhalten|abbiamo ricevuto|ricevuto)"
    r"\s+(?:de|from|von|da|dal(?:la)?)\s+\S+(?:\s+\S+){3,}",
    re.IGNORECASE,
)

# A caption, its colon, and a figure (a date, an amount, perhaps after its currency's sign).
_FIGURE_FIELD = re.compile(r"[^\W\d_]{3,}\s*:\s*(?:[A-Z]{0,3}\$|€|£)?\s*\d")


def receipt_sentence(text: str) -> bool:
    """Whether a line is a receipt's sentence naming whom the goods came from, words after,
    or a row of two fields or more with a figure each."""
    text = text.strip()
    return _RECEIPT_SENTENCE.match(text) is not None or len(_FIGURE_FIELD.findall(text)) >= 2
