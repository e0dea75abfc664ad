"""A footer's legal line that prints the company's name as one piece and its legal form as
the next ("Comptoir Provençal de l'Épicerie – SAS au capital de 150 000 € – RCS Marseille"):
the name before the form's piece is the legal entity's, though it holds no legal form of its
own. It names the seller in full where the letterhead prints it short on a logo's line
("Comptoir Provençal" over an italic "de l'Épicerie — grossiste ...")."""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.layout import Line
from facturist.engine.legalforms import LEGAL_FORM, SHARE_CAPITAL
from facturist.engine.model import Value
from facturist.engine.partyblocks import STRONG_SEPARATOR

# The footer: the page's last lines, below this share of its printed height.
_FOOTER_SHARE = 0.85
_LEAST_WORDS = 2
# The profession a form's piece goes on with ("SARL d'architecture", "SELARL de géomètres-
# experts", "SAS d'expertise comptable"): a preposition, then lower-case words only.
_PROFESSION = re.compile(r"(?:d['’]|de\s|des\s|du\s)\s*[a-zà-ÿ][a-zà-ÿ'’ -]*")


def footer_name_before_form(page: list[Line]) -> Value | None:
    """The name a footer line prints just before a piece that opens with a legal form and
    goes on with the share capital (or is the form alone); None where no line does."""
    if not page:
        return None
    bottom = max(ln.y1 for ln in page)
    for line in page:
        if line.y0 < _FOOTER_SHARE * bottom:
            continue
        for cell in line.cells:
            parts = [p.strip() for p in STRONG_SEPARATOR.split(cell.text)]
            for name, after in pairwise(parts):
                if names_entity(name) and form_piece(after):
                    return Value(name, cell.text, cell.boxes, 0.5)
    return None


def names_entity(text: str) -> bool:
    """A name's piece: two words at least, no digit, no colon, no legal form of its own."""
    words = text.split()
    return (
        len(words) >= _LEAST_WORDS
        and not any(ch.isdigit() for ch in text)
        and ":" not in text
        and LEGAL_FORM.search(text) is None
        and text[:1].isupper()
    )


def form_piece(text: str) -> bool:
    """ "SAS au capital de 150 000 €", "GmbH", "SARL d'architecture": a legal form opening
    the piece, alone, followed by the share capital or by the profession only."""
    words = text.split()
    if not words or LEGAL_FORM.fullmatch(words[0]) is None:
        return False
    if len(words) == 1:
        return True
    if _PROFESSION.fullmatch(text[len(words[0]) :].strip()):
        return True
    capital = SHARE_CAPITAL.search(text)
    return capital is not None and not text[len(words[0]) : capital.start()].strip()
