"""The value of a construction site's or project's caption: never a party's name.

A tradesman's invoice names the job in its details block ("Bauvorhaben: | Bad OG", "Objekt:
| Wohnanlage Nord", "Chantier : | Villa Les Pins"), whose value reads like a name and may
even end in a legal form's letters (Austria's "OG": "Obergeschoss", the upper floor). The
details block's values stand in their own column, however far from the captions; the
caption before them says what they are.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell

# de "Bauvorhaben", "Baustelle", "Bauort", "Objekt", "Projekt", "Leistungsort"; fr "Chantier",
# "Projet"; es "Obra", "Proyecto"; it "Cantiere", "Progetto"; nl "Bouwplaats", "Werf",
# "Project"; en "Project", "Site", "Job site"; a practice's case file: fr/nl "Dossier", fr
# "Affaire".
_SITE = (
    r"(?:bauvorhaben|baustelle|bauort|bauobjekt|objekt|projekt|leistungsort|chantier|projet"
    r"|dossier|affaire"
    r"|obra|proyecto|cantiere|progetto|bouwplaats|werf|project|(?:job |project )?site)"
)
# The caption alone in its cell, its colon perhaps set apart.
_SITE_CAPTION = re.compile(rf"^{_SITE}\s*:?$", re.IGNORECASE)
# The caption and its value in one cell ("Bauvorhaben: Bad OG").
_SITE_INLINE = re.compile(rf"^{_SITE}\s*:\s*\S", re.IGNORECASE)


# A job's caption in a details column: a site's or project's, or the order's ("Auftrag",
# it "Commessa", nl "Opdracht", es "Encargo", en "Job").
_JOB_CAPTION = re.compile(
    rf"^(?:{_SITE}|auftrag|commessa|opdracht|encargo|job)\s*(?:-?nr\.?|no\.?)?\s*:?$",
    re.IGNORECASE,
)


def job_caption(text: str) -> bool:
    """Whether a cell is a job's caption alone ("Projekt", "Project:", "Auftrag-Nr."): the
    cells after it on its line are the job's, however much its code reads like a postcode
    ("P-2311 Kundenportal")."""
    return _JOB_CAPTION.match(text.strip()) is not None


def site_line(text: str) -> bool:
    """Whether a line opens with a site's or project's caption and its value ("Chantier :
    Immeuble ..., chemin ... 30, 1008 Prilly"): the job's place, no party's name or address."""
    return _SITE_INLINE.match(text.strip()) is not None


def site_value(cells: list[Cell], position: int) -> bool:
    """Whether cells[position] is the value of a site's or project's caption: the caption in
    the cell before it on the line, or opening the cell itself."""
    if _SITE_INLINE.match(cells[position].text.strip()):
        return True
    return position > 0 and bool(_SITE_CAPTION.match(cells[position - 1].text.strip()))
