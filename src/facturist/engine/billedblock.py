"""The billed company's block: where an envelope's window shows it, the company a folio's
guest row stands for, and the company a block names under its contact person."""

from __future__ import annotations

import itertools

from facturist.engine.attention import is_attention
from facturist.engine.formopeningline import with_form_set_apart
from facturist.engine.lastfooter import issuer_footer
from facturist.engine.layout import Line, column_below, line_holding
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.letterheadtagline import company_after_title
from facturist.engine.model import Value
from facturist.engine.partyblocks import CARE_OF, uncaptioned_block
from facturist.engine.partynames import initials, names_by_form, not_a_name, owner_under_trade_name
from facturist.engine.personovercompany import business_under_person


def addressed_in_window(lines: list[Line]) -> bool:
    """Whether page one's first uncaptioned name-over-street-and-town block stands where an
    envelope's window shows the addressee."""
    block = uncaptioned_block(lines, None) if lines else None
    return block is not None and in_window([ln for ln in lines if ln.page == lines[0].page], block)


def other_company_addressed(lines: list[Line]) -> Value | None:
    """Page one's first uncaptioned block when it names a company by its legal form that the
    footer's legal line, which names the issuer, does not: the customer's block, wherever
    the layout sets it ("Brakel Tooling BV / Street 2 / 4835 NH Breda" left of the folio's
    details)."""
    block = uncaptioned_block(lines, None)
    if block is not None and not names_by_form(str(block.value)):
        # "HOTEL AM SEEUFER" over its street line: the hotel's letterhead, no legal form; the
        # customer's block is the next one ("Kessler Consulting AG / Frau ... / Street").
        block = uncaptioned_block(lines, block)
    if block is None or not names_by_form(str(block.value)):
        return None
    footer = issuer_footer(lines)  # page one's, else the last page's (lastfooter.py)
    if footer is None or str(footer.value).casefold() == str(block.value).casefold():
        return None
    return block


def company_under_person(lines: list[Line], buyer: Value) -> Value:
    """The company a block names under its contact person ("Mr. Gregory T. Ashworth /
    General Counsel / Tollgate Precision Components, Inc."): the company is the buyer."""
    if not buyer.boxes or LEGAL_FORM.search(str(buyer.value)):
        return buyer
    formed = with_form_set_apart(buyer, lines)  # "Hodonín, | a.s." (formopeningline.py)
    if formed is not buyer:
        return formed  # the name's own form, not another company's name under it
    top = buyer.boxes[0]
    start = line_holding(lines, top)
    if start is None:
        return buyer
    between: list[str] = []
    for _line, cell in itertools.islice(column_below(lines, start, top.x0, tolerance=6), 4):
        text = cell.text.strip()
        if any(ch.isdigit() for ch in text) or CARE_OF.match(text) or is_attention(text):
            # The street, or the intermediary ("c/o Syndic SPRL"), or the one the mail is
            # for ("t.a.v. Beheer Maas & Co", the owners' managing agent): the names are over.
            break
        if owner_under_trade_name(str(buyer.value), text):
            break  # "Bioladen Sonnenblume" / "Gerda Schmiedl e.K.": the shop's owner
        if LEGAL_FORM.search(text) and not initials(text) and not not_a_name(text):
            if _restates(str(buyer.value), text):
                # "GWG Rhein-Erft" / "Gemeinnützige Wohnungsgesellschaft" / "Rhein-Erft mbH":
                # the short name's legal name runs on over the lines below it.
                whole = " ".join([str(buyer.value), *between, text])
                return Value(whole, whole, (*buyer.boxes, *cell.boxes))
            return Value(company_after_title(text) or text, text, cell.boxes)
        between.append(text)
    # "Ms Niamh Walsh" / "Walsh Physiotherapy Clinic" / street: no form (personovercompany.py).
    return business_under_person(lines, buyer)


def _restates(name: str, formed: str) -> bool:
    """Whether the legal-form line's words before its form are all the name's own: the
    name's stack goes on to its form, no other company's name under a person."""
    form = LEGAL_FORM.search(formed)
    head = formed[: form.start()].split() if form is not None else []
    mine = {w.casefold() for w in name.split()}
    return bool(head) and all(w.casefold() in mine for w in head)


def in_window(page: list[Line], name: Value) -> bool:
    """Whether a name stands where a DIN 5008 / C5 envelope window is: left, 15-33% down."""
    if not name.boxes:
        return False
    bottom = max(ln.y1 for ln in page)
    right = max(ln.words[-1].box.x1 for ln in page)
    box = name.boxes[0]
    return 0.15 * bottom <= box.y0 <= 0.33 * bottom and box.x0 < 0.4 * right
