"""A person named after an academic or professional title: "Dipl.-Ing. Jan Ostermann".

German and Austrian blocks name the reader (or the practice's owner) under the firm's name
with the degree before the name and no salutation: "Architekturbüro Ostermann" / "Dipl.-Ing.
Jan Ostermann" / street / town; also "Dr. med. Anna Kessler", "Prof. Dr. Klaus Weber",
"Mag. Eva Huber", "DI Thomas Gruber", "Dipl.-Kfm. (FH) Ralf Simon". The salutation readers
(readerlines.py) need "Herrn" / "Frau" first, so the line was kept as the address's first
part. Such a line is a reader's line, no part of the postal address, with a salutation
before the degree or without one ("Herrn Dr. med. Thomas Berg"). A company named for a
doctor ("Dr. Klein GmbH") carries a legal form, a street a number: neither is read so.
"""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM

# The degrees and titles printed before a name, one or more ("Prof. Dr.-Ing.").
_TITLE = (
    r"(?:Prof\.|Dr\.(?:-Ing\.)?(?:\s?(?:med|dent|vet|rer\.\s?nat|rer\.\s?pol|phil|jur|h\.\s?c)\.)*"
    r"|Dipl\.[\s\-]?[A-ZÄÖÜ][a-zäöü]{1,8}\.(?:\s?\((?:FH|TU|Univ\.)\))?"
    r"|Mag\.(?:\s?\(FH\))?(?:\s?[a-z]{2,5}\.)?|Ing\.|DI|Dkfm\.|B\.\s?(?:Sc|A|Eng)\.|M\.\s?(?:Sc|A|Eng)\.)"
)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’\-]+"
# A salutation may come first ("Herrn Dr. med. Thomas Berg", "Frau Prof. Dr. Anna Keller").
_SALUTATION = r"(?:Herrn?|Frau|Hr\.|Fr\.)\s+"
_TITLED = re.compile(
    rf"^(?:{_SALUTATION})?(?:{_TITLE}\s*)+\s{_NAME_WORD}(?:\s+(?:(?:von|van|de|der|zu)\s+)*{_NAME_WORD}){{1,3}}$"
)


def titled_person(text: str) -> bool:
    """Whether a line is a person's name after a degree or title, no company, no digit."""
    text = text.strip()
    if any(ch.isdigit() for ch in text) or LEGAL_FORM.search(text) is not None:
        return False
    return _TITLED.match(text) is not None


__all__ = ["titled_person"]
