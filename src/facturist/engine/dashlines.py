"""Lines opening with a dash under an item's name, which say two different things.

A kit or bundle lists what it holds under its name, each part with its count after a
dash, often indented and in smaller italics, never priced (the kit's price covers them)::

    ST-12   Electrician's tool case, complete        1   189,00   189,00
              – 1 x Plastic case with insert
              – 2 x Insulated screwdriver

The parts are no items and no part of the kit's name.

A long name wraps at a dash instead, the second line starting with the dash at the name's
own margin, in the name's print, with no figure beside it::

    Brand identity refresh                           1.00   3,200.00   3,200.00
    — phase 1 of 2: discovery workshop and logo concepts

That line is the name's second half, even where the words after the dash read as a
"label: value" detail ("phase 1 of 2: ...").
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.printsize import smaller_by

# "– 1 x Plastic case", "- 2x Paar Handschuhe", "• 3 × Filter": a dash or bullet, a count and a
# times sign before the part's name.
_COMPONENT = re.compile(r"^[-–—•·]\s*\d{1,4}\s*[x×]\s+\S", re.IGNORECASE)
# An en or em dash opening the line: how a name is split, where a hyphen is a list's bullet.
_NAME_DASH = re.compile(r"^[–—]")
# Print of about the name's size (ratio of the line's to the name's).
_SAME_SIZE = 0.93
# How far, in line heights, the line may start from the name's first word.
_MARGIN = 0.5


def component_line(description: list[Word]) -> bool:
    """A part of a kit listed under it with its count ("– 2 x Insulated screwdriver")."""
    return _COMPONENT.match(" ".join(w.text for w in description)) is not None


def dash_continuation(name: list[Word], line: Line, description: list[Word]) -> bool:
    """The name going on after a dash on the line under it (see the module's docstring):
    the whole line is text, starting at the name's margin, printed as large as the name."""
    if not name or not description or len(description) != len(line.words):
        return False
    if not _NAME_DASH.match(description[0].text) or component_line(description):
        return False
    if abs(description[0].box.x0 - name[0].box.x0) > _MARGIN * line.height:
        return False
    if any(w.bold for w in name) != any(w.bold for w in description):
        return False
    ratio = smaller_by(name, description)
    return ratio is None or ratio >= _SAME_SIZE


# A dash standing alone at a line's end: the phrase breaks there and goes on.
_DANGLING = frozenset({"-", "–", "—"})


def dash_ended(name: list[Word]) -> bool:
    """A name whose line ends with a dash ("Website redesign –"): the phrase breaks there, so
    the line under it is the name's second half, even in smaller print or with a reference
    ("consultant's work (per report no. 7/2025)")."""
    return bool(name) and name[-1].text in _DANGLING
