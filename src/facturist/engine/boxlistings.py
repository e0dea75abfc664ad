"""Position boxes printed as listings rather than forms: the lines itemboxes.py reads.

Tools that print an e-invoice's data as a listing instead of a viewer's form write each
position's rows with a dotted leader, a path of element names as the caption, or the XML
element names themselves::

    --- Position 2 ---
    Position.Artikelname ........... Arbeitspreis Strom Gewerbe NT
    Position.Menge ................. 1.926,0000 kWh

    ram:IncludedSupplyChainTradeLineItem [2]
       ram:SpecifiedTradeProduct/ram:Name         Randdämmstreifen 8 mm
       ram:BilledQuantity @MTR                    418.0000

This module reduces such a line to the "caption | value" pair of a form, a caption to the
element that names the value, and tells position headings and section titles apart.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.xmlnames import element_name

# Dashes, equals signs or stars around a listing's heading or section title: "--- Summen ---".
_DECORATION = re.compile(r"^[-=*#~_]{2,}\s*(.*?)\s*[-=*#~_]{2,}$")
# A dotted leader between a caption and its value: a word of dots only.
_LEADER = re.compile(r"^[.…·_]{3,}$")
# A leader glued to its caption: "Zahlung.Verwendungszweck.........".
_GLUED_LEADER = re.compile(r"[.…·_]{3,}$")
# The elements a caption's path leads through: "Position.", "ram:SpecifiedTradeProduct/";
# the last element names the value.
_PATH = re.compile(r"^(?:[\w\[\]:]+[./])+(?=[^\W\d_])")
# An attribute after an element's name (" @MTR", " @currencyID=EUR").
_ATTRIBUTE = re.compile(r"\s+@\S*$")
# A gross price's path: its figure is no item's net unit price.
_GROSS = re.compile(r"gross|brutto", re.IGNORECASE)
# The caption of a position's identifier (EN 16931 BT-126), the first row of each position's
# box where a viewer prints no "Position 1" heading: "Positionsnummer | 1", "Line identifier |
# 2". It opens the box as the heading would.
_LINE_ID = re.compile(
    r"^(?:positionsnummer|positions?-?nr\.?|pos\.?-?nr\.?"
    r"|(?:invoice )?line (?:identifier|id|number)"
    r"|num[ée]ro de ligne|identifiant de ligne|regelnummer)\s*:?$",
    re.IGNORECASE,
)
_LINE_NUMBER = re.compile(r"^\d{1,4}(?:\.\d{1,3})*$")
# The number a position heading ends with: "Position 1", "Rechnungsposition 2:".
_HEADING_NUMBER = re.compile(r"^[^\W\d_][^\d]{2,40}?\s*(\d{1,4}(?:\.\d{1,3})*)\s*:?$")
# The terse captions of the ZUGFeRD stylesheet's position blocks ("Stylesheet zur Lesbarmachung
# der XML-Daten": "Pos.-Nr.: / Artikelname: / Menge: / Preis: / Betrag:"), one word for the CII
# element they print: the net price's ChargeAmount and the line's LineTotalAmount. The gross
# price is printed as "Bruttopreis:", so a bare "Preis" is the net one.
_TERSE_CAPTIONS = {
    "preis": "ChargeAmount",
    "betrag": "LineTotalAmount",
}


def heading_text(line: Line) -> str | None:
    """A short line's text without decorations or namespace, to test as a heading; None for
    a line of many cells."""
    if len(line.cells) > 4:
        return None
    cells = [cell.text.strip() for cell in line.cells]
    if _is_id_row(line):
        return f"Position {cells[1]}"
    text = " ".join(cells).strip()
    decorated = _DECORATION.match(text)
    if decorated is not None:
        text = decorated.group(1)
    return element_name(text)


def without_repeated_ids(lines: list[Line]) -> list[Line]:
    """The lines less each identifier row that repeats the heading right above it: viewers
    that head a box "Position 1" may print "Positionsnummer: 1" as its first row, which read
    as a heading of its own would open a second, empty box."""
    out: list[Line] = []
    for line in lines:
        before = heading_text(out[-1]) if out and not _is_id_row(out[-1]) else None
        number = _HEADING_NUMBER.match(before) if before is not None else None
        if (
            number is not None
            and (_is_id_row(line) or _repeats_heading_word(line, before or ""))
            and line.cells[1].text.strip() == number.group(1)
        ):
            continue
        out.append(line)
    return out


def _repeats_heading_word(line: Line, heading: str) -> bool:
    """ "Position | 1" under "Position 1": the KoSIT viewer and its imitators caption the line
    identifier (BT-126) with the heading's own word ("Position / Invoice line identifier | 1"
    under "Position / Line 1")."""
    cells = [cell.text.strip() for cell in line.cells]
    if len(cells) != 2 or not _LINE_NUMBER.match(cells[1]) or not cells[0] or not heading:
        return False
    return cells[0].split()[0].lower() == heading.split()[0].lower()


def _is_id_row(line: Line) -> bool:
    """ "Positionsnummer: | 1", "Pos.-Nr.: | 2": a position's identifier row."""
    cells = [cell.text.strip() for cell in line.cells]
    return len(cells) == 2 and bool(_LINE_ID.match(cells[0])) and bool(_LINE_NUMBER.match(cells[1]))


def is_section_title(line: Line) -> bool:
    """A decorated title ("--- Steuern ---") starts another part of the listing."""
    text = " ".join(cell.text for cell in line.cells).strip()
    return _DECORATION.match(text) is not None


def caption_element(caption: str) -> str | None:
    """The element of a caption's path that names its value ("Position.Menge" -> "Menge",
    "ram:NetPriceProductTradePrice/ram:ChargeAmount" -> "ChargeAmount", a stylesheet's "Preis"
    -> "ChargeAmount"); None for a gross price's."""
    caption = _ATTRIBUTE.sub("", caption.strip())
    terse = _TERSE_CAPTIONS.get(caption.rstrip(":").strip().lower())
    if terse is not None:
        return terse
    path = _PATH.match(caption)
    if path is None:
        return element_name(caption)
    if _GROSS.search(path.group(0)):
        return None
    return element_name(caption[path.end() :])


def leader_pair(line: Line) -> tuple[Cell, Cell] | None:
    """A "caption ...... value" line as its caption and value cells, the leader dropped."""
    words = line.words
    for index, word in enumerate(words):
        if _LEADER.match(word.text):
            caption, value = words[:index], words[index + 1 :]
            break
        glued = _GLUED_LEADER.search(word.text)
        if glued is not None and glued.start() > 0 and index + 1 < len(words):
            caption, value = words[: index + 1], words[index + 1 :]
            break
    else:
        return None
    if not caption or not value:
        return None
    return Cell(caption), Cell(value)


def strip_leader(caption: str) -> str:
    """A caption without the leader glued to its end."""
    return _GLUED_LEADER.sub("", caption).strip()
