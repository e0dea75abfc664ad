"""A logo's name set large and centred ("HARTMANN & YILMAZ"), and centred under it in smaller
print a line that is only a legal form with a generic business word ("Steuerberatungs-
gesellschaft mbH", "Holding AG"): professional firms print their partners' names as the logo
and the kind of company under it. That line names no one alone; it completes the logo's name
("Hartmann & Yilmaz Steuerberatungsgesellschaft mbH")."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, line_holding, print_height
from facturist.engine.legalfooter import is_sentence
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partynames import initials, not_a_name

# A word that says what kind of company it is, not whose: German compounds of "-gesellschaft"
# ("Steuerberatungs-", "Wirtschaftsprüfungs-", "Rechtsanwalts-", "Handels-") or
# "-genossenschaft", and the group or partnership words firms put before their form.
_GENERIC_WORD = re.compile(
    r"\w*(?:gesellschaft|genossenschaft)|holdings?|group|gruppe|groupe|grupo|gruppo|company"
    r"|compagnie|partners?|partnerschaft|associates",
    re.IGNORECASE,
)


# A firm's kind spelled out before its form: pt "Sociedade de Advogados" (a law firm), es
# "Sociedad de Abogados", fr "Société d'Avocats", it "Società tra Avvocati".
_FIRM_KIND = re.compile(
    r"^(?:sociedade|sociedad|soci[ée]t[ée]|societ[àa])\s+(?:de\s+|d['’]\s*|tra\s+|entre\s+)"
    r"[^\W\d_]+,?\s+",
    re.IGNORECASE,
)


def form_only(text: str) -> bool:
    """Whether a line is a legal form, with at most two generic business words before it."""
    text = _FIRM_KIND.sub("", text.strip())
    words = text.split()
    generic = 0
    while generic < len(words) and _GENERIC_WORD.fullmatch(words[generic].strip(",")):
        generic += 1
    rest = " ".join(words[generic:])
    if generic > 2 or not rest or LEGAL_FORM.match(rest) is None:
        return False
    # Germany's "UG (haftungsbeschränkt)" (§ 5a GmbHG): the bracket belongs to the form.
    return not _LIMITED.sub(" ", LEGAL_FORM.sub(" ", rest)).strip(" &.,/-")


_LIMITED = re.compile(r"\(haftungsbeschr(?:ä|ae)nkt\)", re.IGNORECASE)


def with_logo_over_form(name: Value, page: list[Line]) -> Value:
    """The logo's name with the legal-form line `name` under it, else `name`."""
    text = str(name.value).strip()
    if not name.boxes or not form_only(text):
        return name
    index = line_holding(page, name.boxes[0])
    if index is None or index == 0:
        return name
    line = page[index]
    cell = next((c for c in line.cells if name.boxes[0] in c.boxes), None)
    above = page[index - 1]
    if cell is None or above.page != line.page:
        return name
    gap = line.y0 - above.y1
    logo = above.cells[0]
    if len(above.cells) != 1 or not _logo_over(logo, cell, gap):
        # A sidebar's name wrapped before its form, in the same print ("Holz & Filz" /
        # "UG (haftungsbeschränkt)"): the cell flush over the form's begins the name.
        flush = [c for c in above.cells if abs(c.x0 - cell.x0) < 4]
        if not flush or gap > print_height(cell) or not name_like(flush[0].text.strip()):
            return name
        logo = flush[0]
    joined = f"{logo.text.strip()} {text}"
    # Kept at the form line's place (and as its text): the address is read from there.
    return Value(joined, name.text, name.boxes, name.confidence)


def _logo_over(logo: Cell, cell: Cell, gap: float) -> bool:
    """Whether `logo` is a name set larger, close over the cell and centred or flush with it."""
    height = print_height(logo)
    if not name_like(logo.text.strip()):
        return False
    if height < 1.3 * print_height(cell) or gap > 0.8 * height:
        return False
    centred = abs((logo.x0 + logo.x1) - (cell.x0 + cell.x1)) / 2 < 0.08 * (logo.x1 - logo.x0)
    return centred or abs(logo.x0 - cell.x0) < max(4.0, 0.2 * height)


def name_like(text: str) -> bool:
    """Whether a line may be the name a form line completes: a few words, no digit, no form
    of its own, no initials, caption or sentence."""
    return not (
        len(text) < 3
        or len(text.split()) > 4
        or any(ch.isdigit() for ch in text)
        or LEGAL_FORM.search(text)
        or initials(text)
        or not_a_name(text)
        or is_sentence(text)
    )
