"""Legal forms as OCR misreads them: the letter l read as the digit 1, a capital I or a bar
("TESSUTI BELLANDI S.r.1.", "Colombo S.r.I.", "Harbour Tools 1td"), the m of "GmbH" read as
"rn" ("Kessler GrnbH"). A scan's letterhead then names no company by its form, and its street
is taken for the seller's name; read with the form restored, the name is the company's.

Only a word ending a name is restored, in the case the form is printed in: "itd." is
Polish for "etc.", "ITD" an acronym.
"""

from __future__ import annotations

import re

# Each misreading after a space, and the form it stands for.
_MISREAD_FORMS = (
    # Italy's "S.r.l." ("S.r.1.", "S.r.I.", "S.r.|."), in capitals too ("S.R.1.").
    (re.compile(r"(?<=\s)S\.r\.[1I|]\.(?!\w)"), "S.r.l."),
    (re.compile(r"(?<=\s)S\.R\.[1I|]\.(?!\w)"), "S.R.L."),
    # "Ltd" / "Ltd." with its L read as a digit or a capital I.
    (re.compile(r"(?<=\s)[1I|]td(?=\.?(?!\w))"), "Ltd"),
    # "GmbH" with its m read as "rn".
    (re.compile(r"(?<=\s)(g?)GrnbH(?!\w)"), r"\1GmbH"),
    # Britain's "plc" with its l read as a digit or a capital I.
    (re.compile(r"(?<=\s)p[1I|]c(?=\.?(?!\w))"), "plc"),
)


def read_misread_forms(text: str) -> str:
    """The text with the legal forms OCR misread restored ("S.r.1." -> "S.r.l.")."""
    if not any(ch in text for ch in "1I|r"):
        return text
    for misread, form in _MISREAD_FORMS:
        text = misread.sub(form, text)
    return text
