"""The traveller a ticket receipt or a hotel folio is issued to, when no addressee is printed:
"PASSENGER NAME : KOWALSKI/ANNA MS" in the ticket's caption : value rows, "PASSENGER |
BRUNNER/LENA MS | BOOKING REFERENCE | ..." in a monospaced ticket's row (no colon, the name in
the next cell), "Huésped: | Sr. Jonas Verbeke" in a folio's info block, "Member: | Tomasz
Nowicki" on a club's membership receipt."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.wordspace import phrase

# "Passenger name", "Name of passenger", "Passagier", "Reisender", "Passager", "Nom du
# passager", "Pasajero", "Passeggero", then a colon and the name (surname/given name title).
_PASSENGER_CAPTION = (
    r"(?:passenger(?:'s)?(?:\s+name)?|name of (?:the\s+)?passenger|passagier(?:name)?"
    r"|reisende(?:/r|[rn])?|passager|nom du passager|pasajero|nombre del pasajero|passeggero"
    # A ride-hailing app's VAT receipt: "Rider | Jane Doe" beside the driver's business.
    r"|rider"
    r"|nome del passeggero"
    # A German taxi receipt's "Fahrgast | Proventis Beratung GmbH" (the one who rode, billed).
    r"|fahrgast(?:name)?)"
)
_PASSENGER = re.compile(rf"^{_PASSENGER_CAPTION}\s*:\s*(?=\S)", re.IGNORECASE)
# The caption alone in its cell, the name in the next one.
_PASSENGER_CELL = re.compile(rf"{_PASSENGER_CAPTION}\s*:?", re.IGNORECASE)
# A folio's guest caption in its cell: es "Huésped", pt "Hóspede", it "Ospite", en "Guest
# (name)", de and nl "Gast(name)".
_GUEST_CAPTION = r"(?:hu[ée]sped|h[óo]spede|ospite|guest(?:\s+name)?|gast(?:name)?)"
_GUEST_CELL = re.compile(rf"{_GUEST_CAPTION}\s*:?", re.IGNORECASE)
# The caption and the name in one cell: "Guest: Mr Tom Hale" on a bar's check posted to the
# room, printed at the foot of the slip.
_GUEST = re.compile(rf"^{_GUEST_CAPTION}\s*:\s*(?=\S)", re.IGNORECASE)
# A club's or gym's membership receipt names the member it bills beside its caption, among the
# till's rows ("Member: | Tomasz Nowicki"): en "Member (name)", de "Mitglied", fr "Membre",
# es/it "Socio", nl "Lid", sv/da/no "Medlem". A language school's or tutor's receipt names
# its pupil so ("Élève : | Mme Laura Bianchi"): fr "Élève", "Étudiant(e)", en "Student",
# "Pupil", de "Schüler(in)", es "Alumno/a", it "Allievo/a", "Studente", nl "Leerling".
_MEMBER_CELL = re.compile(
    r"(?:member(?:\s+name)?|mitglied(?:sname)?|membre|socio|lid|medlem"
    r"|[ée]l[èe]ve|[ée]tudiante?|student(?:\s+name)?|pupil|sch[üu]ler(?:in)?|alumn[oa]"
    r"|alliev[oa]|studente|leerling)\s*:",
    re.IGNORECASE,
)
# A courtesy title before a guest's name ("Sr. Jonas Verbeke", "Mrs Ann Lee"): no part of it.
_COURTESY = re.compile(
    r"^(?:sr|sra|srta|mr|mrs|ms|herr|frau|m|mme|mlle|sig|sig\.ra|dhr|mevr)\.?\s+(?=\S)",
    re.IGNORECASE,
)


def passenger_name(lines: list[Line]) -> Value | None:
    """The name after a passenger caption on page one's upper half, or None."""
    page = upper_half(lines)
    for line in page:
        caption = _PASSENGER.match(line.text)
        if caption is None:
            continue
        words = _words_after(line, caption.end())
        name = " ".join(w.text for w in words).strip()
        if len(name) >= 3 and any(ch.isalpha() for ch in name):
            return Value(name, line.text, tuple(w.box for w in words), 0.6)
    # A ride's receipt prints its rider under the trip's details, page one's lower half.
    return _name_beside(page, _PASSENGER_CELL, courtesy=False) or _name_beside(
        _page_one(lines), _PASSENGER_CELL, courtesy=False
    )


def guest_name(lines: list[Line]) -> Value | None:
    """The name beside a folio's guest caption on page one's upper half, or after "Guest:"
    in its own cell anywhere on page one (a check charged to the room), or None."""
    found = _name_beside(upper_half(lines), _GUEST_CELL, courtesy=True)
    if found is not None:
        return found
    for line in _page_one(lines):
        caption = _GUEST.match(line.text)
        if caption is None or len(line.cells) != 1:
            continue
        words = _words_after(line, caption.end())
        name = _COURTESY.sub("", " ".join(w.text for w in words).strip())
        if len(name) >= 3 and sum(ch.isalpha() for ch in name) >= 3 and not _has_digit(name):
            return Value(name, line.text, tuple(w.box for w in words), 0.6)
    return None


def _page_one(lines: list[Line]) -> list[Line]:
    return [ln for ln in lines if ln.page == lines[0].page] if lines else []


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def member_name(lines: list[Line]) -> Value | None:
    """The name beside a membership receipt's member caption on page one's upper half."""
    return _name_beside(upper_half(lines), _MEMBER_CELL, courtesy=True)


def upper_half(lines: list[Line]) -> list[Line]:
    """The lines of page one's upper half, where a receipt or bill names its customer."""
    page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
    if not page:
        return []
    bottom = max(ln.y1 for ln in page)
    return [ln for ln in page if ln.y0 <= 0.5 * bottom]


def _name_beside(page: list[Line], caption: re.Pattern[str], courtesy: bool) -> Value | None:
    """The next cell after a cell that is the caption alone, when it reads as a name (letters,
    no digit, no caption of its own). `courtesy`: drop a title before it ("Sr.")."""
    for line in page:
        for cell in line.cells:
            # Monospaced print parts every word into a cell ("PASSENGER | NAME", "MEIER/JONAS
            # | MR"): the caption and the name are each the cells a word space apart.
            captioned = phrase(line, cell)
            if not caption.fullmatch(captioned.text.strip()):
                continue
            after = [c for c in line.cells if c.x0 >= captioned.x1]
            if not after:
                continue
            value = phrase(line, after[0])
            text = value.text.strip()
            if text.endswith(":") or any(ch.isdigit() for ch in text):
                continue
            # "Gast | : Claudia Vogt": the caption's colon set apart, with the value.
            text = text.removeprefix(":").strip()
            if courtesy:
                text = _COURTESY.sub("", text)
            if len(text) >= 3 and sum(ch.isalpha() for ch in text) >= 3:
                return Value(text, value.text, value.boxes, 0.6)
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
