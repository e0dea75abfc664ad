"""A party's name spelled out where the page abbreviates it: the return line's "Elbufer VVaG",
"K. Albers" or "OGV Lindner" is the letterhead's or footer's "Elbufer Versicherungsverein a.G.",
"Katrin Albers", "Petra Lindner / Obergerichtsvollzieherin" (one distinctive word shared, every
other word an initial or an acronym of a word of the longer printing)."""

from __future__ import annotations

import re

from facturist.engine.formtagline import with_logo_over_form
from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.legalname import with_legal_form
from facturist.engine.model import Value
from facturist.engine.syllableacronyms import SYLLABLE_WORD, spells_syllables
from facturist.engine.wordmark import with_subline

# "K.", "Th.": an initial; "VVaG", "OGV", "GmbH": an acronym (two or more capitals).
_INITIAL = re.compile(r"^[A-ZÄÖÜ][a-zäöü]?\.$")
_ACRONYM = re.compile(r"^(?=(?:[a-zäöü]*[A-ZÄÖÜ]){2})[A-Za-zÄÖÜäöü]{2,5}\.?$")
# "H+W", "B&K": the partners' initials joined as their names are ("Hartmann + Weiß").
_JOINED_INITIALS = re.compile(r"^[A-ZÄÖÜ](?:[+&][A-ZÄÖÜ]){1,3}$")


def _spells_joined(word: str, full: str) -> bool:
    """Whether `full` prints the partners' names whose initials `word` joins ("H+W":
    "Hartmann + Weiß"), with the same mark between them."""
    mark = word[1]
    joint = rf"\s*{re.escape(mark)}\s*"
    names = joint.join(rf"\b{re.escape(letter)}\w+" for letter in word.split(mark))
    return re.search(names, full) is not None


def _words(text: str) -> list[str]:
    # A separator glued between two words ("GmbH·IT-Service", as OCR reads "GmbH · IT-...")
    # ends the one before it: the legal form stands alone, no word to write out.
    pieces = re.split(r"[\s·•|]+", text)
    return [w.strip(",;/()") for w in pieces if w.strip(",;/()")]


def spells_out(short: str, full: str) -> bool:
    """Whether `full` is `short` with its initials and acronyms written out."""
    mine, theirs = _words(short), _words(full)
    folded = [w.casefold() for w in theirs]
    if len(full) <= len(short) or not mine:
        return False
    shared = abbreviated = False
    for word in mine:
        if word.casefold() in folded:
            shared = shared or (len(word) >= 3 and word.isalpha() and not _ACRONYM.match(word))
            continue
        if _JOINED_INITIALS.match(word):
            if not _spells_joined(word, full):
                return False
        elif SYLLABLE_WORD.match(word):
            if not spells_syllables(word, full):  # "GaLaBau" (syllableacronyms.py)
                return False
        elif _INITIAL.match(word):
            stem = word[:-1].casefold()
            if not any(w.startswith(stem) and len(w) > len(stem) + 1 for w in folded):
                return False
        elif _ACRONYM.match(word):
            # The first letter of a long compound written out ("OGV": Obergerichtsvollzieherin).
            if not any(w[:1] == word[:1].casefold() and len(w) >= 8 for w in folded):
                return False
            if LEGAL_FORM.fullmatch(word) and not LEGAL_FORM.search(full):
                # "Nuageo SAS": a legal form is written out only in a company's name that
                # bears a form itself ("VVaG" / "Versicherungsverein a.G."), never in an item
                # line that starts with the brand ("Nuageo Business ... Signature ...").
                return False
        else:
            return False
        abbreviated = True
    return shared and abbreviated


def spelled_out(name: Value, page: list[Line], others: tuple[str, ...] = ()) -> Value:
    """The page's longer printing of an abbreviated name (a letterhead or footer cell, read
    with the title line under it), else the name itself; kept at the short one's place."""
    logo = with_logo_over_form(name, page)  # "HARTMANN & YILMAZ" / "Steuerberatungs... mbH"
    if logo is not name:
        return logo
    short = str(name.value)
    words = _words(short)
    if not any(_INITIAL.match(w) or _ACRONYM.match(w) or _JOINED_INITIALS.match(w) for w in words):
        # A syllable word ("Grünwerk GaLaBau GmbH") written out (syllableacronyms.py) ...
        syllables = any(SYLLABLE_WORD.match(w) for w in words)
        written = _written_out(name, page, others) if syllables else name
        if written is not name:
            return written
        # ... else a brand printed with its legal form elsewhere, or a wordmark over its trade.
        fuller = with_legal_form(name, page, others)
        return fuller if fuller is not name else with_subline(name, page)
    return _written_out(name, page, others)


def _written_out(name: Value, page: list[Line], others: tuple[str, ...]) -> Value:
    """The page's printing that spells the abbreviated `name` out, else the name itself."""
    short = str(name.value)
    found: list[tuple[int, bool, Value]] = []
    for index, line in enumerate(page):
        for cell in line.cells:
            text = cell.text.strip()
            if (
                text in others
                or len(text) <= len(short)
                or any(ch.isdigit() for ch in text)
                or ":" in text
                or len(text) > 60
                or any(box in name.boxes for box in cell.boxes)
            ):
                continue
            # Kept where the short one stands (and as its text): the address is read there.
            value = Value(text, short, name.boxes, name.confidence)
            # Of two printings, the one with the legal form: "H+W Ingenieure" is spelled
            # out by the tagline "Hartmann + Weiß Ingenieure" and, whole, by the footer's
            # "Hartmann + Weiß Ingenieure PartG mbB".
            unformed = LEGAL_FORM.search(text) is None
            if spells_out(short, text):
                found.append((0, unformed, value))
            elif spells_out(short, f"{text} {_title_under(page, index, cell)}"):
                found.append((1, unformed, value))  # with its title line under it
    return min(found, key=lambda f: f[:2])[2] if found else name


def _title_under(page: list[Line], index: int, cell: Cell) -> str:
    """The line right under a name, flush with it ("Petra Lindner" / "Obergerichtsvollzieherin")."""
    for below in page[index + 1 : index + 3]:
        if below.y0 - page[index].y1 > 1.5 * page[index].height:
            return ""
        for other in below.cells:
            if abs(other.x0 - cell.x0) < 4 and not any(ch.isdigit() for ch in other.text):
                return other.text.strip()
    return ""
