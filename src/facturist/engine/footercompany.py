"""The company a page's footer names with its legal form: the seller's, when the letterhead on
top is a logo or a trade name (moved out of parties.py, which reads the blocks on top)."""

from __future__ import annotations

import functools
import itertools
import re

from facturist.engine.footerbank import (
    account_piece,
    after_trading_name_of,
    bank_after_details,
    bank_before_account,
    names_bank,
)
from facturist.engine.footerformapart import form_piece, names_entity
from facturist.engine.layout import Cell, Line, print_height
from facturist.engine.legalfooter import after_sentence, footer_name_part, is_sentence
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.ocrforms import read_misread_forms
from facturist.engine.partyblocks import STRONG_SEPARATOR
from facturist.engine.partynames import names_by_form, not_a_name
from facturist.engine.transferpayer import without_payer_blocks
from facturist.engine.wordspace import phrase


def same_name(one: Value, other: Value) -> bool:
    return str(one.value).casefold().strip(" .") == str(other.value).casefold().strip(" .")


def footer_company(
    page: list[Line], share: float = 0.85, besides: Value | None = None
) -> Value | None:
    """The company a page's footer names with its legal form ("Kranz Gebäudetechnik GmbH |
    Geschäftsführer: ..."; "Lumibox Télécom SAS · 16 rue ... · RCS Paris"): the seller's.
    `share`: where the footer starts, as a share of the page's printed height; `besides`: a
    name to pass over (the payer a transfer slip at the foot names)."""
    if not page:
        return None
    bottom = max(ln.y1 for ln in page)
    lines = without_payer_blocks(page)  # a transfer form's payer (transferpayer.py)
    for index, line in enumerate(lines):
        if line.y0 < share * bottom:
            continue
        below = lines[index + 1] if index + 1 < len(lines) else None
        for cell in line.cells:
            if over_account(cell, below) or _bank_over_account(cell, lines, index):
                continue  # "GLS Gemeinschaftsbank eG" over "IBAN DE12 ...": the bank's column
            found = footer_name(cell)
            if found is None:
                # "Pennine Freight | Services | Ltd | - Registered ...": monospaced print
                # parts the footer's words into cells a word space apart.
                found = footer_name(phrase(line, cell))
            if found is None and index > 0:
                # "Fastighets AB Hammarbyhamnen 08-120 455 00": the next column's phone a
                # narrow gutter after the name, where the heading row over the footer's
                # columns ("Postadress | Kontakt") starts it.
                found = footer_name(_short_of_columns(cell, lines[index - 1]))
            if found is not None and (besides is None or not same_name(found, besides)):
                return found
    return None


def _short_of_columns(cell: Cell, above: Line) -> Cell:
    """The cell's words left of the first column the line above starts inside it."""
    height = print_height(cell)
    if above.y1 < cell.words[0].box.y0 - 2 * height:
        return cell
    edges = [c.x0 for c in above.cells if cell.x0 + height < c.x0 < cell.x1]
    if not edges:
        return cell
    kept = [w for w in cell.words if w.box.x1 < min(edges)]
    return Cell(kept) if kept else cell


def _bank_over_account(cell: Cell, lines: list[Line], index: int) -> bool:
    """A bank's name two lines over its account's details, the account's currency or kind
    between them ("Barclays Bank PLC, Leeds City Branch" / "USD currency account · SWIFT
    ..." / "IBAN GB03 ..."): the bank's column too."""
    if index + 2 >= len(lines) or not names_bank(cell.text):
        return False
    below, height = lines[index + 1], print_height(cell)
    if below.y0 - cell.words[0].box.y1 > 1.5 * height:
        return False
    under = next((c for c in below.cells if abs(c.x0 - cell.x0) <= max(4.0, 0.5 * height)), None)
    return under is not None and over_account(under, lines[index + 2])


def over_account(cell: Cell, below: Line | None) -> bool:
    """Whether the line under the cell opens an account's details flush under it: the cell
    heads a footer's bank column ("Sparkasse Nord eG" / "IBAN ..." / "BIC ...")."""
    if below is None:
        return False
    bottom = max(w.box.y1 for w in cell.words)
    if below.page != cell.words[0].box.page or below.y0 - bottom > 1.5 * print_height(cell):
        return False
    flush = max(4.0, 0.5 * print_height(cell))
    return any(abs(c.x0 - cell.x0) <= flush and account_piece(c.text) for c in below.cells)


def footer_name(cell: Cell) -> Value | None:
    """The company a footer cell names with its legal form, before its other pieces."""
    piece = _footer_piece(cell.text)
    return None if piece is None else Value(piece, cell.text, cell.boxes, 0.5)


# A pure function of the cell's text: `footer_company` reads the same footer cells for each
# of the seller's checks (and each cell twice when no word-spaced phrase extends it).
@functools.lru_cache(maxsize=4096)
def _footer_piece(text: str) -> str | None:
    """The company name a footer cell's text gives (see `footer_name`), else None."""
    parts = STRONG_SEPARATOR.split(text)
    # "Conti Bulloneria S.r.1. - Cap. Soc. ...": a scan's form read with a digit, which would
    # end the name before it (ocrforms.py).
    for index, part in enumerate(map(footer_name_part, map(read_misread_forms, parts))):
        following = parts[index + 1] if index + 1 < len(parts) else ""
        if account_piece(following) or bank_before_account(part):  # footerbank.py
            continue  # "UniCredit S.p.A. – IBAN IT97 ...": the bank the account is held at
        if bank_after_details(index, part):
            continue  # "UID-Nr. ... · Erste Bank ... AG": the account's bank (footerbank.py)
        if index > 0 and form_piece(part.strip()) and names_entity(parts[index - 1].strip()):
            # "Atelier Castan Architectes – SARL d'architecture – SIRET ...": the form with its
            # profession names no one; the piece before it is the firm's name (footerformapart.py).
            return parts[index - 1].strip()
        # "Nimbusfield Cloud, Inc.", "Kranz GmbH, Am Hafen 7": the name ends before the first
        # comma-separated piece with a digit.
        leading = itertools.takewhile(
            lambda bit: not any(ch.isdigit() for ch in bit), part.split(",")
        )
        piece = _SIGNED_FOR.sub("", _up_to_legal_form(",".join(leading)).strip())
        piece = after_trading_name_of(piece)  # "X is the trading name of X LLP" (footerbank.py)
        piece = after_sentence(
            piece
        )  # "... cassetto fiscale. Ferrovie ... S.p.A." (legalfooter.py)
        if len(piece) < 5 or ":" in piece:
            continue
        if names_by_form(piece) and not not_a_name(piece) and not is_sentence(piece):
            return piece
    return None


def _up_to_legal_form(text: str) -> str:
    """ "ACME Media Ltd., Hollyhill Estate, Cork": a footer's name ends with its legal form,
    the pieces after it are the address (even with no digit in it)."""
    pieces = text.split(",")
    for end in range(1, len(pieces)):
        head = ",".join(pieces[:end]).rstrip(" .")
        form = LEGAL_FORM.search(head.split()[-1] + ".") if head.split() else None
        if form is not None and form.start() == 0:
            return ",".join(pieces[:end])
    return text


# A signature's opening before the company's name ("for Shree Ganesh Electricals Pvt. Ltd.",
# "For and on behalf of ACME Ltd").
# ... or a payment instruction's ("Bank transfer to Thistle & Pine Ltd", "Cheques payable to").
_SIGNED_FOR = re.compile(
    r"^(?:for and on behalf of|on behalf of|for|(?:please\s+)?(?:make\s+)?(?:(?:bank\s+)?"
    r"transfer|(?:all\s+)?che(?:que|ck)s?(?:\s+(?:are|should be|to be))?\s+payable|payable"
    # "Pay by BACS to", "Payment via bank transfer to": the means of payment named between.
    r"|payments?|pay)(?:\s+(?:by|via)\s+[\w./-]+(?:\s+[\w./-]+)?)?\s+to)\s+",
    re.IGNORECASE,
)
