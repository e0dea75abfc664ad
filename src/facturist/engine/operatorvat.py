"""A marketplace operator's VAT ID is not the seller's.

A marketplace issues the invoice on behalf of a third-party seller: "Sold by: Pemberton ...
Ltd" on top, the operator's legal line in the footer ("Brightaisle Marketplace UK Ltd, 40
Holborn Viaduct, London ... VAT reg. no. GB ..."). A seller that is not VAT-registered prints
no ID; the only one on the page is the operator's. When the page names the seller under a
"Sold by" caption and the VAT ID's line (or the line it wraps from) names another company by
its legal form, the ID is that company's.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line, line_holding
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partyblocks import STRONG_SEPARATOR
from facturist.engine.partynames import names_by_form

# A marketplace's caption of the third-party seller: en "Sold by", de "Verkauft von /
# durch", fr "Vendu par", es "Vendido por", it "Venduto da", nl "Verkocht door", pl
# "Sprzedane przez", sv "Säljs av", da "Sælges af".
SOLD_BY = re.compile(
    r"\b(?:sold\s+(?:and\s+shipped\s+)?by|verkauft\s+(?:von|durch)|vendu\s+par|vendido\s+por"
    r"|venduto\s+da|verkocht\s+door|sprzedane\s+przez|s[äa]ljs\s+av|s[æa]lges\s+af)\b",
    re.IGNORECASE,
)
# A name's own word: four letters or more.
_WORD = re.compile(r"[^\W\d_]{4,}")
# Where a legal line's pieces part: commas, semicolons, a footer's marks.
_PIECES = re.compile(rf"[,;]|{STRONG_SEPARATOR.pattern}")


def operators_vat_id(vat_id: Value, seller: Value | None, lines: list[Line]) -> bool:
    """Whether the seller, named under a marketplace's "Sold by", is not the company whose
    legal line holds the VAT ID."""
    if seller is None or not vat_id.boxes or not any(SOLD_BY.search(ln.text) for ln in lines):
        return False
    index = line_holding(lines, vat_id.boxes[0])
    if index is None:
        return False
    company = _company_before(lines, index, vat_id)
    if company is None:
        return False
    return not (_name_words(company) & _name_words(str(seller.value)))


def _company_before(lines: list[Line], index: int, vat_id: Value) -> str | None:
    """The legal-form name printed before the ID on its line, or on the line it wraps from."""
    line = lines[index]
    first = vat_id.boxes[0]
    before = " ".join(w.text for w in line.words if w.box.x1 <= first.x0 + 0.5)
    found = _named_piece(before)
    if found is not None or index == 0:
        return found
    above = lines[index - 1]
    if above.page != line.page or line.y0 - above.y1 > max(line.height, above.height):
        return None
    return _named_piece(f"{above.text} {before}")


def _named_piece(text: str) -> str | None:
    for piece in _PIECES.split(text):
        piece = piece.strip(" .:")
        if piece and len(piece.split()) <= 8 and names_by_form(piece):
            return piece
    return None


def _name_words(text: str) -> set[str]:
    """The name's words of four letters or more, its legal form left out."""
    return {w.casefold() for w in _WORD.findall(text) if not LEGAL_FORM.fullmatch(w)}
