"""An address printed on its name's own line, after the name: a return address over the
window ("ACME GmbH ● Ecke 12 ● 12345 Stadt") or a footer's company line ("Nimbusfield Cloud,
Inc. | 1200 Westlake Ave N | Seattle, WA 98109"), up to its town (and country).
"""

from __future__ import annotations

import re

from facturist.engine.addresspatterns import (
    ADDRESS_CAPTION,
    COUNTRY,
    REGISTRATION_UNDER_NAME,
    other_language_name,
)
from facturist.engine.gluedwords import unglued
from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import SHARE_CAPITAL
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_date
from facturist.engine.partyblocks import RETURN_SEPARATOR, STRONG_SEPARATOR
from facturist.engine.partynames import OWNER_LINE
from facturist.engine.registerpieces import register_number_at
from facturist.engine.sitecaptions import job_caption
from facturist.engine.taglinepiece import trade_after_name
from facturist.engine.townline import US_STREET, ends_with_coded_town
from facturist.engine.towns import POSTCODE_TOWN

# The same caption inside a footer's line, after its other pieces.
_CAPTION_IN_LINE = re.compile(
    r"(?<![^\W\d_])(?:registered office|head office|siège social|sitz|firmensitz|sede legale"
    r"|hausanschrift|geschäftsanschrift"
    r"|domicilio social)\s*:\s*",
    re.IGNORECASE,
)

# A three-column head's middle column ("Dakwerken X BV | Vervaldag: 30/03/2025 | 9100 Town"):
# a captioned date is the invoice's data, and what follows it is another column's.
_CAPTIONED_DATE = re.compile(r"^[^\W\d][^:\d]{1,40}:\s*\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}\b")


def rest_of_line(cell: Cell, name: str) -> Value | None:
    """ "ACME GmbH ● Ecke 12 ● 12345 Stadt": what follows the name, when it holds a town."""
    cell = unglued(cell)
    count = len(name.split())
    texts = [w.text for w in cell.words]
    # "NORDLICHT MESSEBAU GMBH" printed again as "Nordlicht ..."; "Ltd." ending a sentence.
    wanted = name.casefold().rstrip(".")
    start = next(
        (
            i
            for i in range(len(texts))
            if " ".join(texts[i : i + count]).strip(" ,.●·|").casefold() == wanted
        ),
        None,
    )
    if start is None:
        return None
    rest = trade_after_name(cell.words[start + count :])  # "· Übersetzungen ·": no address
    text = " ".join(w.text for w in rest)
    # " - " right after the name parts it from the street ("ACME - Ecke 12 - 12345 Stadt").
    if not rest or not RETURN_SEPARATOR.search(f" {text}"):
        return None
    # The address ends with its town (and a country after it): a footer line goes on with
    # the company's capital, register and VAT number ("... · 75008 Paris · SAS au capital").
    town = next(
        (
            m
            for m in POSTCODE_TOWN.finditer(text)
            if not US_STREET.match(text[m.start() :]) and not register_number_at(text, m.start())
        ),
        None,
    )
    if town is None:
        # "ACME Ltd · 42 Harbour Road, Riverside, Nelson 7010 · NZBN ...": the town before
        # its postcode, a piece of its own between the name and the register.
        # "ACME Ltd., Hollyhill Estate, Hollyhill, Cork, Republic of Ireland.": a footer's
        # address without a postcode still ends with its country.
        return _coded_town_piece(rest, text) or _ending_in_country(rest, text)
    after = RETURN_SEPARATOR.search(text, town.end())
    end = after.start() if after else len(text)
    if after is not None:
        raw = RETURN_SEPARATOR.split(text[after.end() :], maxsplit=1)[0]
        following = raw.strip(" ,")
        if COUNTRY.match(following) and len(following) > 2:
            end = after.end() + len(raw.rstrip(" ,"))  # "· Germany": the space before it
    # "... Bristol BS1 6DZ. Registered in England and Wales No. 10928374.": a sentence ends.
    sentence = re.compile(r"[.;]\s").search(text, town.end(), end)
    end = sentence.start() if sentence else end
    # "... au capital de 1 000 € — Siège social : 18 avenue ...", "Registered in England No.
    # 123. Registered office: Unit 7 ...": the address starts after its caption.
    captioned = list(_CAPTION_IN_LINE.finditer(text, 0, town.start()))
    begin = captioned[-1].end() if captioned else 0
    parts = [p.strip(" -–—,●•·|▪■") for p in RETURN_SEPARATOR.split(text[begin:end])]
    if parts:
        parts[0] = ADDRESS_CAPTION.sub("", parts[0])  # "Registered office: 3 Temple Quay"
    # "Lefèvre SARL au capital de 20 000 € — 18 rue ...": the capital is no part of it.
    parts = [p for p in parts if not SHARE_CAPITAL.search(p)]
    # "Turia Hospitality S.L. · CIF B96274139 · Passeig ...": the register before the street.
    parts = [p for p in parts if not REGISTRATION_UNDER_NAME.match(p)]
    # "ACME · Inh. Jonas Roth · Bergstraße 3 · ...": the owner's piece before the street.
    parts = [p for p in parts if p]
    while len(parts) > 1 and (OWNER_LINE.match(parts[0]) or other_language_name(parts[0])):
        parts = parts[1:]  # ... or the name's other language ("GmbH / Mair ... S.r.l. · ...")
    joined = ", ".join(p for p in parts if p)
    kept = rest[len(text[:begin].split()) : len(text[:end].split())]
    return Value(joined, text[:end], tuple(w.box for w in kept)) if joined else None


def _coded_town_piece(rest: list[Word], text: str) -> Value | None:
    """The first piece after a name, between strong separators, when it is a whole address
    ending with its town and four-digit postcode ("42 Harbour Road, Riverside, Nelson 7010")."""
    for match in _PIECE.finditer(text):
        piece = match.group().strip(" ,")
        if not piece:
            continue
        if not ends_with_coded_town(piece):
            return None
        kept = rest[len(text[: match.start()].split()) : len(text[: match.end()].split())]
        return Value(piece, piece, tuple(w.box for w in kept))
    return None


# A piece of a line between strong separators ("●", "·", "|", a dash between spaces).
_PIECE = re.compile(rf"(?:(?!{STRONG_SEPARATOR.pattern}).)+")


def _ending_in_country(rest: list[Word], text: str) -> Value | None:
    """The pieces after a name when the last is a country and two or more come before it."""
    parts = [p.strip(" -–,●•·|▪■.") for p in RETURN_SEPARATOR.split(text)]
    parts = [p for p in parts if p]
    if len(parts) < 3 or not COUNTRY.match(parts[-1]) or len(parts[-1]) <= 2:
        return None
    if any(":" in p or "@" in p or len(p) > 40 for p in parts):
        return None  # a register or contact piece: no address
    return Value(", ".join(parts), text, tuple(w.box for w in rest))


def with_cells_after(line: Line, cell: Cell) -> Cell:
    """The cell and the rest of its line, the gaps between cells read as separators
    ("Nimbusfield Cloud, Inc. | 1200 Westlake Ave N | Seattle, WA 98109" in a footer)."""
    words = list(cell.words)
    after = line.cells[line.cells.index(cell) + 1 :]
    for position, following in enumerate(after):
        if job_caption(following.text) or _CAPTIONED_DATE.match(following.text):
            break  # "Projekt | P-2311 Kundenportal": a details column's row (sitecaptions.py)
        if _date_cell(following) or (
            position + 1 < len(after)
            and not any(map(str.isdigit, following.text))
            and _date_cell(after[position + 1])
        ):
            # "Payment due | 3 July 2025" between the name and the other party's town: a
            # details column's row, its caption in a cell of its own. A date is never a
            # piece of an address.
            break
        words.append(Word("|", following.words[0].box))
        words.extend(following.words)
    return Cell(words)


def _date_cell(cell: Cell) -> bool:
    """The cell is a date and nothing else ("3 July 2025", "03/07/2025")."""
    if len(cell.words) > 4 or not any(map(str.isdigit, cell.text)):
        return False
    parsed = parse_date(cell.text.strip(".,;:()"))
    return parsed is not None and 1990 <= parsed.value.year <= 2100


def register_then_address(cell: Cell) -> Value | None:
    """A line under a name that opens with the company's register and goes on with its street
    and town ("CIF A50188234 · Paseo de la Independencia 31, 50001 Zaragoza | ..."): the
    address after the register's piece, up to its town."""
    pieces = RETURN_SEPARATOR.split(cell.text, maxsplit=1)
    if len(pieces) < 2 or not REGISTRATION_UNDER_NAME.match(pieces[0].strip()):
        return None
    found = rest_of_line(cell, pieces[0].strip())
    if found is None or not any(ch.isdigit() for ch in str(found.value).split(",")[0]):
        return None  # only a town after the register: no street on this line
    return found
