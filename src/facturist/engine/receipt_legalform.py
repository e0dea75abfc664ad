"""A receipt's company row that opens with its legal form, and the owner caption before a
sole trader's name.

Malaysian tills wrap a long name so that its form starts the next row ("POPULAR BOOK" over
"SDN BHD"): a row opening with the form continues the row above. French companies print
the form first ("SARL LES VOILES", "SAS DISTRI-GOBELINS") under the shop's trade name
("Brasserie du Vieux Port", "CARREFOUR CITY"): a form followed by words of a name is the
company's whole name, and the shop's sign above it is no part of it.

A German sole trader's slip names the owner under the station ("Inh. Jonas Petersen e.K.",
"Inhaber: ..."): the caption is no part of the name (OCR may read its stop as a comma).
"""

from __future__ import annotations

import re

# A legal form that opens a company's name: fr / be / lu, es, it, pt.
_LEADING_FORM = re.compile(
    r"^\W*(?:SARL|EURL|SASU|SAS|SA|SNC|SCI|SELARL|S\.A\.R\.L\.?|S\.A\.S\.?|S\.A\.)\s+"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# Words after a form that name no company on their own: another form, "(M)", joiners.
_NO_NAME = re.compile(
    r"^(?:SDN|BHD|BERHAD|LTD|PTE|CO|COMPANY|AND|DAN|ET|DE|DU|DES|LA|LE|LES|AU)$", re.IGNORECASE
)
# "Inh.", "Inh,", "Inh:", "Inhaber:", "Inhaberin" before the owner's name.
_OWNER_CAPTION = re.compile(r"^\W*Inh(?:aber(?:in)?)?\b\s*[.,:]?\s*:?\s*(?=\S)", re.IGNORECASE)


def form_opens_name(text: str) -> bool:
    """The row opens with a legal form and names the company after it ("SARL LES VOILES")."""
    match = _LEADING_FORM.match(text.strip())
    if match is None:
        return False
    words = re.findall(r"[^\W\d_]{2,}", match.group("rest"))
    return any(not _NO_NAME.match(word) for word in words)


def without_owner_caption(text: str) -> str:
    """The name without the owner caption before it ("Inh. Jonas Petersen e.K.")."""
    return _OWNER_CAPTION.sub("", text, count=1)


# Italy's partnership names its partners after its form: "ROSSI CARBURANTI S.N.C." over
# "DI ROSSI MARCO & C.", "Bar Centrale S.a.s. di Bianchi Luca": the row opening with "di"
# under a row closing on "S.n.c." / "S.a.s." is the name's end, wrapped.
_PARTNERSHIP_END = re.compile(r"\bS\.?\s?[NA]\.?\s?[CS]\.?\s*$", re.IGNORECASE)
_PARTNERS = re.compile(r"^\W*DI\s+\w", re.IGNORECASE)


def partners_under_form(row: str, following: str) -> bool:
    """Whether `following` ("di Rossi Marco & C.") names the partners of the partnership
    whose form closes `row`."""
    return bool(_PARTNERSHIP_END.search(row)) and bool(_PARTNERS.match(following))
