"""A business named under its contact person in the addressee's block, with no legal form.

Letters to a small business put the reader first and the business under them, then the
street: "Ms Niamh Walsh" / "Walsh Physiotherapy Clinic" / "14 Grand Parade", "De heer J.P.
de Vries" / "Lunchroom De Zoete Inval" / "Oudegracht 112", "Eng. Carlos Sousa" / "Clínica
Dentária Sorriso Atlântico" / "Av. da Boavista, 2310". The business is billed, the person
reads the letter. A clinic, a shop or a café often prints no legal form, so billedblock.py's
legal-form rule misses it. A person's own block has the street under the name; a line
between them that is a role ("Finance Director"), a department, another reader or a house's
name ("Rose Cottage") is no business.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, column_below, line_holding
from facturist.engine.model import Value
from facturist.engine.partyblocks import CARE_OF
from facturist.engine.partynames import not_a_name
from facturist.engine.readerlines import reader_line

# A salutation or title before a person's name: en, nl, de, fr, it, es, pt.
_PERSON = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|de heer|mevrouw|dhr|mevr|mw|herrn?|frau|m|mme|monsieur|madame"
    r"|sig|sig\.ra|sigra|dott|dott\.ssa|ing|geom|avv|arch|sr|sra|srta|d|dña|don|doña"
    r"|eng|exmo|exma|dra)\.?\s+(?:[^\W\d_]{1,5}\.\s+)*(?-i:[A-ZÀ-ÖØ-Þ])[^\d]*$",
    re.IGNORECASE,
)
# A house's name in a private address ("Rose Cottage", "The Old Rectory", "Oak Farm"), or a
# role or office in the company ("Finance Director", "Head of Procurement", "Office Manager").
_NO_BUSINESS = re.compile(
    r"\b(?:cottage|house|farm|farmhouse|lodge|barn|villa|manor|rectory|vicarage|grange"
    r"|bungalow|croft|chalet|mews|flat|apartment|director|manager|officer|head|secretary"
    r"|treasurer|accountant|owner|partner|chairman|chair|president|controller|directeur"
    r"|directrice|eigenaar|gesch[äa]ftsf[üu]hrer\w*|inhaber\w*|gerente|titolare)\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"^(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*(?:\s+\S+)+$")


def business_under_person(lines: list[Line], buyer: Value) -> Value:
    """The business on the line under the addressed person, the street under it."""
    name = str(buyer.value).strip()
    if not buyer.boxes or not _PERSON.match(name):
        return buyer
    top = buyer.boxes[0]
    # "Herrn" / "Max Mustermann": the name read over two lines goes on from its last one.
    start = line_holding(lines, buyer.boxes[-1])
    if start is None:
        return buyer
    below: list[Cell] = [cell for _line, cell in column_below(lines, start, top.x0, tolerance=6)][
        :2
    ]
    if len(below) < 2 or not any(ch.isdigit() for ch in below[1].text):
        return buyer  # the street must follow the business's line
    text = below[0].text.strip()
    if (
        any(ch.isdigit() for ch in text)
        or not _CAPITALISED.match(text)
        or CARE_OF.match(text)
        or reader_line(text)
        or not_a_name(text)
        or _NO_BUSINESS.search(text)
    ):
        return buyer
    return Value(text, text, below[0].boxes)
