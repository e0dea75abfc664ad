"""Which of two uncaptioned blocks is the issuer's: the one whose name repeats the letterhead
and that carries the contact details (phone, e-mail, VAT ID) only an issuer prints.

A carpenter's scan prints the customer's block top left with its legal form ("Hotel
Seeblick GmbH") and its own block flush right ("Schreinerei Kuhn" / street / town /
"Telefon: ..." / "E-Mail: ..." / "USt-IdNr.: ..."), under a wordmark of the same name
("Schreinerei" / "KUHN"). A legal form alone would name the customer the seller.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, line_holding
from facturist.engine.model import Value

# A contact line's caption or mark: the issuer's phone, e-mail, web and tax identifiers.
_CONTACT = re.compile(
    r"\b(?:tel|telefon|phone|fon|fax|mobil|e-?mail|www|ust-?id\w*|vat|uid|tva|btw|p\.?\s?iva"
    r"|steuer-?nr|tax"
    # Tax registrations outside the EU: Japan's qualified-invoice "Registration number:
    # T...", the Gulf's "TRN", "GST Reg. No.", "ABN".
    r"|regist(?:ration|ered)\s+(?:no|number)|trn|gst|abn)\b|@|登録番号",
    re.IGNORECASE,
)

# What only the issuer prints among its contacts: its national tax number (a customer's
# block may show its VAT ID, never this) or the account to pay into.
_PAYEE_DETAIL = re.compile(
    r"\b(?:steuer-?nr|steuernummer|st\.-?nr|tax (?:no|number)|iban)\b", re.IGNORECASE
)


def issuer_by_contacts(lines: list[Line], seller: Value, buyer: Value) -> bool:
    """Whether the buyer's block is the issuer's: it holds two contact lines or more, the
    seller's none, and it holds the issuer's tax number or account, or the page prints its
    name again outside the block (a wordmark, a footer)."""
    page = [ln for ln in lines if ln.page == lines[0].page]
    theirs, ours = _block(page, seller), _block(page, buyer)
    if not theirs or not ours or _contacts(theirs) or _contacts(ours) < 2:
        return False
    if any(_PAYEE_DETAIL.search(cell.text) for cell in ours[1:]):
        # A freelancer's sidebar ("Dr. Anna Roth / ... / Steuer-Nr. ... / IBAN ...") beside
        # a bare address with no sender line over it: a tax number or the account to pay
        # into is printed by the issuer only, whatever the letterhead's wordmark says.
        return True
    return _printed_again(page, str(buyer.value), {id(c) for c in ours})


def _contacts(block: list[Cell]) -> int:
    return sum(
        _CONTACT.search(cell.text) is not None
        or _BARE_PHONE.fullmatch(cell.text.strip()) is not None
        for cell in block[1:]
    )


# A phone number printed without its caption ("06 - 41 87 22 90", "+49 30 1234 567"): a trunk
# "0" or a "+", then groups of digits; no street, postcode or customer number reads so.
_BARE_PHONE = re.compile(r"(?:\+|0)\d[\d ()/\-]{6,}\d")


def _block(page: list[Line], name: Value) -> list[Cell]:
    """The cells of the block a name heads: under it, flush with its left or right edge,
    each close under the one before (at most eight)."""
    if not name.boxes:
        return []
    start = line_holding(page, name.boxes[0])
    if start is None:
        return []
    head = next((c for c in page[start].cells if name.boxes[0] in c.boxes), None)
    if head is None:
        return []
    block, bottom = [head], page[start].y1
    for line in page[start + 1 :]:
        if len(block) > 8 or line.y0 - bottom > 1.6 * line.height:
            break
        cell = next((c for c in line.cells if _flush(c, head)), None)
        if cell is not None:
            block.append(cell)
            bottom = line.y1
    return block


def _flush(cell: Cell, head: Cell) -> bool:
    tolerance = max(6.0, 0.5 * (head.words[0].box.y1 - head.words[0].box.y0))
    return abs(cell.x0 - head.x0) < tolerance or abs(cell.x1 - head.x1) < tolerance


def _printed_again(page: list[Line], name: str, block: set[int]) -> bool:
    """Whether the name stands elsewhere on the page: in one cell ("Schreinerei Kuhn · Inh.
    ..." in the footer), or word by word as whole cells (a wordmark over two lines)."""
    folded = name.casefold()
    words = set(folded.split())
    alone: set[str] = set()
    for line in page:
        for cell in line.cells:
            if id(cell) in block:
                continue
            text = cell.text.casefold().strip()
            if folded in text:
                return True
            # "de vries" over "installatietechniek": a wordmark's lines, each one or more of
            # the name's words.
            if text and set(text.split()) <= words:
                alone.update(text.split())
    return len(words) >= 2 and alone == words
