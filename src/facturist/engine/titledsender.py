"""The letterhead's full name of a practitioner whom the return line names by title alone.

A notary's, a lawyer's or a doctor's letterhead sets the person's full name large ("Dr. jur.
Henrike Brandt") and prints a return line over the envelope's window that shortens it to the
profession and the surname ("Notarin Dr. Brandt · Street 24 · 20354 Town"). The return line is
a shortened repeat: the seller is the name the letterhead prints in full. Its boxes stay the
return line's, where the address is read.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line, line_holding, print_height
from facturist.engine.legalfooter import is_sentence
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.professiontitle import profession_title

# "K.", "Th.": an initial standing for a given name the letterhead writes out.
_INITIAL = re.compile(r"^[^\W\d_]{1,2}\.$")


def letterhead_of_titled(page: list[Line], sender: Value) -> Value | None:
    """The larger name above the return line that holds each of its words but the
    profession's title (and writes out its initials), ending in the same surname; else None."""
    short = str(sender.value)
    if not sender.boxes or LEGAL_FORM.search(short) or any(ch.isdigit() for ch in short):
        return None
    words = short.split()
    kept = [w for w in words if not profession_title(w)]
    if len(kept) == len(words) or not kept or len(kept[-1]) < 3 or not kept[-1].isalpha():
        return None  # no title to shorten by, or no surname after it
    index = line_holding(page, sender.boxes[0])
    if index is None:
        return None
    line = page[index]
    size = max((print_height(c) for c in line.cells if sender.boxes[0] in c.boxes), default=0.0)
    for above in page[:index]:
        if above.page != line.page:
            continue
        for cell in above.cells:
            text = cell.text.strip()
            if print_height(cell) < 1.2 * size or not _fuller(kept, text):
                continue
            return Value(text, sender.text, sender.boxes, sender.confidence)
    return None


def _fuller(kept: list[str], text: str) -> bool:
    """Whether `text` is a person's name writing out the short one's words: more words, the
    same last word, every other short word printed or an initial of one of its words."""
    if any(ch.isdigit() for ch in text) or ":" in text or len(text) > 60 or is_sentence(text):
        return False
    if LEGAL_FORM.search(text):
        return False
    theirs = text.split()
    folded = [w.casefold() for w in theirs]
    if len(theirs) <= len(kept) or folded[-1] != kept[-1].casefold():
        return False
    for word in kept[:-1]:
        if word.casefold() in folded:
            continue
        stem = word[:-1].casefold()
        if not _INITIAL.match(word) or not any(w.startswith(stem) for w in folded[:-1]):
            return False
    return True
