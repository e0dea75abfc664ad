"""An item of a letter's list whose number or bullet hangs in the margin, its text wrapping
under itself, the figures on the first line only::

    1)  Wände und Decken Wohnzimmer und      96,5 m² à 11,80     1.138,70
        Vorraum: Untergrund prüfen, Risse
        ausbessern, zweimaliger Anstrich
    2)  Abdeck- und Schutzarbeiten, Möbel    1 pausch. à 180,00    180,00
        verstellen, Endreinigung

The lines under the text, starting where it starts, at line spacing and without a figure,
are the rest of the item's name (a detail would stand apart or indented deeper); the marker,
in a cell of its own left of the text, is no part of it."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# A list's marker: a bullet or a dash; a number or a letter closed by a stop or a bracket
# ("1)", "2.", "(3)", "a)").
_MARKER = re.compile(r"^(?:[-–—•·*▪◦]|\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z]\))$")
# How far (line heights) a wrapped line may start from the text's left edge ...
_ALIGN = 0.25
# ... and how much blank space (line heights) may stand above it.
_LEADING = 0.8
# The most lines a name wraps onto.
_MAX_LINES = 8
_FIGURE = re.compile(r"\d[.,]\d{2}\b")


def hung_name(lines: list[Line], line: Line, name: list[Word]) -> list[Word]:
    """The name of the list item on `line` without its hanging marker, with the lines its
    text wraps onto; `name` itself where it opens with no marker in a cell of its own."""
    if len(name) < 2 or _MARKER.match(name[0].text) is None:
        return name
    if not any(cell.words == [name[0]] for cell in line.cells):
        return name  # "2. Mahnung": the number set in the text, no marker hung in the margin
    text = name[1:]
    left, height = text[0].box.x0, line.height
    try:
        index = lines.index(line)
    except ValueError:
        return text
    above = line
    for below in lines[index + 1 : index + 1 + _MAX_LINES]:
        if (
            below.page != line.page
            or below.y0 - above.y1 > _LEADING * height
            or abs(below.words[0].box.x0 - left) > _ALIGN * height
            or len(below.cells) != 1
            or _FIGURE.search(below.text)
            or not any(ch.isalpha() for ch in below.text)
        ):
            break
        text.extend(below.words)
        above = below
    return text
