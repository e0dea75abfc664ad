"""The lines of an address block that are no part of the address: a tagline or a list of
trades over the street, a "caption: value" line captioning no address part, the party's name
printed again; and where a kept line's words end."""

from __future__ import annotations

import re

from facturist.engine.activityline import activity_line
from facturist.engine.addressjoin import PART_CAPTION
from facturist.engine.addresspatterns import ADDRESS_CAPTION
from facturist.engine.estates import industrial_estate
from facturist.engine.labels import LABEL_VALUE_LINE
from facturist.engine.layout import Cell
from facturist.engine.membershipline import membership_line
from facturist.engine.partnersline import partners_line
from facturist.engine.partyblocks import RETURN_SEPARATOR
from facturist.engine.taglinepiece import ALL_HOURS, tagline_piece_off
from facturist.engine.tradedescription import trade_description

# A first line of a block that lists trades ("Menuiserie bois et alu – Agencement –
# Escaliers", "Binnen- en buitenschilderwerk · Behangen"): pieces without a digit.
# ... also two trades joined by "&" ("Text & Lektorat", "Illustration & Lettering").
TRADE_LIST = re.compile(r"^[^\d]+(?:\s[–·|•&+]\s|\s-\s)[^\d]+$")
# The street printed after its town ("1097 Budapest, Gubacsi út 6/B."): words, then a house
# number ending the line.
STREET_AFTER = re.compile(r"[^\W\d_][^\d,·|•]{2,40} \d{1,4}[A-Za-z]?(?:/[A-Za-z0-9]{1,3})?\.?$")
# A street with its house number captioned "No:" ("Organize Sanayi Bölgesi 4. Cadde No: 17").
HOUSE_NUMBER = re.compile(
    r"\b(?:cadde|cad|caddesi|sokak|sok|sk|bulvar\w*|mahalle\w*|mah|street|st|road|rd|avenue"
    r"|ave|calle|rua|via)\.? (?:no|nr)\s*:\s*\d{1,4}[A-Za-z]?(?:/\d{1,3}[A-Za-z]?)?"
    # Turkish addresses add the floor and the flat: "Bağdat Cad. No: 212 Kat: 3 D: 5".
    r"(?:\s+(?:kat|k|daire|d)\s*:\s*\d{1,3})*\s*$",
    re.IGNORECASE,
)


def other_caption(text: str) -> bool:
    """A "caption: value" line that captions no address part."""
    return bool(
        LABEL_VALUE_LINE.match(text)
        and not ADDRESS_CAPTION.match(text)
        and not PART_CAPTION.match(text)
        and not HOUSE_NUMBER.search(text)
    )


def without_tagline(taken: list[Cell], town: re.Match[str]) -> list[Cell]:
    """The block without a tagline on its first line: a list of trades, or words without a
    digit over an address the town line gives whole ("ATTORNEYS AT LAW" over "1650 Market
    Street, Suite 3600 | Philadelphia, PA 19103")."""
    taken = [tagline_piece_off(taken[0]), *taken[1:]]
    if len(taken) >= 2 and trade_description(taken[0].text):
        return taken[1:]  # "Distributeur de matériel électrique - Agences Lyon 7e, ..."
    if len(taken) >= 2 and membership_line(taken[0].text):
        return taken[1:]  # "Arquitecte tècnic · Col·legiat núm. 11.482" (membershipline.py)
    first = ALL_HOURS.sub("", taken[0].text)
    if len(taken) < 2 or any(ch.isdigit() for ch in first) or industrial_estate(first):
        return taken  # "Polígono Industrial ..." over the street: the estate's line (estates.py)
    street = taken[-1].text[: town.start()]
    whole = RETURN_SEPARATOR.search(street) is not None and any(ch.isdigit() for ch in street)
    if TRADE_LIST.match(first) or (len(taken) == 2 and whole) or set_apart(taken):
        return taken[1:]
    # "Coffee roasting and wholesale trade"; "Anna i Piotr Wiśniewscy" (partnersline.py).
    if len(taken) >= 3 and (activity_line(first) or partners_line(first)):
        return taken[1:]
    return taken


def set_apart(taken: list[Cell]) -> bool:
    """Whether the first line stands apart from the address lines under it, set at one and
    a half times their line pitch or more: a tagline over the street ("Fotografie und
    Bildbearbeitung" / gap / "Lindenstraße 4" / "12345 Stadt")."""
    if len(taken) < 3:
        return False
    tops = [min(w.box.y0 for w in c.words) for c in taken[:3]]
    return tops[1] - tops[0] > 1.5 * (tops[2] - tops[1])


def names_party(text: str, name: str) -> bool:
    """Whether a line of the block repeats the party's name ("EI Camille Roussel"), or is
    the name itself under a logo that prints it shorter ("Bureau Concept Mobilier SARL")."""
    return len(name) >= 4 and name.casefold() in text.casefold()


def x_at(cell: Cell, offset: int) -> float:
    """The left edge of the word of `cell` at character `offset` of its text."""
    position = 0
    for word in cell.words:
        if position >= offset:
            return word.box.x0
        position += len(word.text) + 1
    return cell.x1 + 1
