"""A party's name printed more than once: each copy heads a block of the party's.

A Swiss invoice prints the customer twice, in the envelope window and again in the QR slip's
"Payable by" box at the page's foot; the name may be read from the slip while the window's
block holds the customer's VAT ID ("Partita IVA / USt-IdNr.: DE…" under its town). A seller's
name may be read from its logo ("LEMANIC / ADVISORY") while its address stands under the
name printed in full in a contact sidebar ("Lemanic Advisory Sàrl" / "Rue du Rhône 65" /
"1204 Genève"). A cell holding the same name, or the name and its legal form, is a copy; so is
one writing a word before the logo's name ("Studio Lichtweg GmbH" for "LICHTWEG").
"""

from __future__ import annotations

from itertools import pairwise

from facturist.engine.layout import Line
from facturist.engine.model import Value

# Names shorter than this may be a word any cell holds ("Bar", "Kunde").
_MIN_NAME = 6
# Words a copy may add after the name: its legal form ("Sàrl", "GmbH & Co. KG").
_MORE_WORDS = 3


def name_copies(party: Value | None, lines: list[Line], *, fuller: bool = False) -> list[Value]:
    """The party's name as read, then each other cell printing the name whole (with
    `fuller`, only those that add words to it: a logo's name written out in full)."""
    if party is None:
        return []
    copies = [party]
    name = str(party.value).strip().casefold()
    if len(name) < _MIN_NAME:
        return copies
    for line in lines:
        for cell in line.cells:
            text = cell.text.strip().casefold()
            rest = text.removeprefix(name)
            if fuller and rest == text and text.endswith(" " + name):
                # "Studio Lichtweg GmbH" for the logo's "LICHTWEG" with its form: a word
                # of the name before it, written out in full.
                rest = " " + text.removesuffix(name).strip()
            if rest == text or (rest and not rest.startswith(" ")) or (fuller and not rest):
                continue
            if len(rest.split()) > _MORE_WORDS or set(cell.boxes) & set(party.boxes):
                continue
            copies.append(Value(party.value, cell.text, cell.boxes, party.confidence))
    return copies


# How far apart (in line heights) a wrapped copy's two lines' left edges may stand.
_WRAP_INDENT = 1.0


def wrapped_copies(party: Value | None, lines: list[Line]) -> list[Value]:
    """Each copy of the party's name printed over two lines of one column, as a footer's
    narrow block wraps it ("Reinholz Sanitär- und" / "Heizungstechnik GmbH" over the street
    and town, the letterhead's one-line name standing alone on top)."""
    if party is None:
        return []
    name = " ".join(str(party.value).split()).casefold()
    if len(name) < _MIN_NAME or " " not in name:
        return []
    copies = []
    for line, below in pairwise(lines):
        if below.page != line.page or below.y0 - line.y1 > line.height:
            continue
        for cell in line.cells:
            head = cell.text.strip().casefold()
            if not head or not name.startswith(head + " ") or set(cell.boxes) & set(party.boxes):
                continue
            rest = name[len(head) + 1 :]
            tails = (
                c
                for c in below.cells
                if abs(c.x0 - cell.x0) <= _WRAP_INDENT * line.height
                and c.text.strip().casefold() == rest
            )
            tail = next(tails, None)
            if tail is not None:
                text = f"{cell.text} {tail.text}"
                copies.append(Value(party.value, text, cell.boxes + tail.boxes, party.confidence))
    return copies
