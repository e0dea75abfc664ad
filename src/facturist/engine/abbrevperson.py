"""A person named after an abbreviated French salutation: "M. Bernard Castaing".

French letters put the reader of a company's block after its name with the short forms of
Monsieur / Messieurs / Mademoiselle / Madame: "M. Bernard Castaing", "MM. Roux et Blanc",
"Mlle Claire Vidal", "Mme Anne Morel", "M. et Mme Durand". Such a line is a reader's line
(readerlines.py), no part of the postal address; when it is not taken as one the block's
address is lost and a fallback may give the party the other party's address.

"M." is a salutation only in its case and with a capitalised name after it; a company named
for a person ("M. Schmidt GmbH") carries a legal form and is no reader.
"""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]+"
_ABBREVIATED = re.compile(
    # "M.", "MM.", "Mlle", "Mme", "Mmes", also "M. et Mme"
    r"^(?:M\.|MM\.|Mlle\.?|Mme\.?|Mmes\.?)(?:\s+et\s+(?:Mme\.?|M\.))?"
    r"\s+(?:(?:Dr|Pr|Prof|Me)\.?\s+)?"
    + _NAME_WORD
    + r"(?:\s+(?:(?:de|du|des|le|la|et)\s+|d['’])?"
    + _NAME_WORD
    + r"){0,4}"
    # the role after a comma: "M. Éric Durand, gérant"
    r"(?:,\s*[^\W\d_][^\d,@:]{1,40})?$"
)


def abbreviated_person(text: str) -> bool:
    """Whether a line is a person after "M." / "MM." / "Mlle" / "Mme" (no company)."""
    text = text.strip()
    return bool(_ABBREVIATED.match(text)) and LEGAL_FORM.search(text) is None
