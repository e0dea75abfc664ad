"""The passenger an airline's or railway's ticket receipt is issued to, when no addressee
is printed: "PASSENGER NAME : KOWALSKI/ANNA MS" in the ticket's caption : value rows."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

# "Passenger name", "Name of passenger", "Passagier", "Reisender", "Passager", "Nom du
# passager", "Pasajero", "Passeggero", then a colon and the name (surname/given name title).
_PASSENGER = re.compile(
    r"^(?:passenger(?:'s)?(?:\s+name)?|name of (?:the\s+)?passenger|passagier(?:name)?"
    r"|reisende[rn]?|passager|nom du passager|pasajero|nombre del pasajero|passeggero"
    r"|nome del passeggero)\s*:\s*(?=\S)",
    re.IGNORECASE,
)


def passenger_name(lines: list[Line]) -> Value | None:
    """The name after a passenger caption on page one's upper half, or None."""
    page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
    if not page:
        return None
    bottom = max(ln.y1 for ln in page)
    for line in page:
        if line.y0 > 0.5 * bottom:
            break
        caption = _PASSENGER.match(line.text)
        if caption is None:
            continue
        words = _words_after(line, caption.end())
        name = " ".join(w.text for w in words).strip()
        if len(name) >= 3 and any(ch.isalpha() for ch in name):
            return Value(name, line.text, tuple(w.box for w in words), 0.6)
    return None


def _words_after(line: Line, offset: int) -> list[Word]:
    """The line's words from the character offset on (its text joins words by one space)."""
    taken: list[Word] = []
    position = 0
    for word in line.words:
        if position >= offset:
            taken.append(word)
        position += len(word.text) + 1
    return taken
