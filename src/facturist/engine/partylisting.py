"""Parties printed as a listing of field rows, one caption and one value a row.

E-invoice visualisers print BG-4/BG-7 as rows instead of an address block: a party heading
over "Name | ACME GmbH" / "Straße | Hafenweg 4" / "PLZ | 12345" / "Ort | Stadt" rows (the
FeRD grid), the party in each caption ("Verkäufer.Name ....... ACME GmbH", ZUGFeRD.NET's
dotted listing), or the XML's element names ("ram:SellerTradeParty" over "ram:Name" and
"ram:PostalTradeAddress/ram:LineOne", an ERP's XML view). The address is never printed in
one piece there: it is assembled from the street, postcode and town rows.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from operator import is_

from facturist.engine.labels import BUYER_SECTION, SELLER_SECTION
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.xmlnames import NAMESPACE, ROW_INDEX, element_name

# The field a row's caption names, by the caption's last part ("ram:PostalTradeAddress/
# ram:CityName" reads "CityName"; "Verkäufer.PLZ" reads "PLZ").
_FIELDS = (
    ("name", re.compile(r"(?:registration)?name|firmenname|company name|raison sociale|nom", re.I)),
    (
        "street",
        re.compile(
            r"lineone|streetname|stra(?:ß|ss)e(?: und hausnummer)?|street(?: address)?"
            r"|address line 1|adresszeile 1",
            re.IGNORECASE,
        ),
    ),
    (
        "postcode",
        re.compile(
            r"postcodecode|postalzone|plz|postleitzahl|post ?code|postal code|zip(?: code)?"
            r"|code postal",
            re.IGNORECASE,
        ),
    ),
    ("town", re.compile(r"cityname|ort|stadt|city|town|ville", re.IGNORECASE)),
    # The whole address on one row, its postcode and town line set under the value with no
    # caption ("Anschrift ....... Kehrwieder 8" / "DE-20457 Hamburg", a text dump's listing).
    ("address", re.compile(r"anschrift|adresse|address", re.IGNORECASE)),
    ("country", re.compile(r"countryid|land|country(?: code)?|pays", re.IGNORECASE)),
)
# The XML's party elements (CII, UBL) as headings.
_XML_PARTY = {
    "sellertradeparty": "seller",
    "accountingsupplierparty": "seller",
    "buyertradeparty": "buyer",
    "accountingcustomerparty": "buyer",
}
# A caption's party prefix ("Verkäufer.Name", "Käufer.Straße").
_PREFIXED = re.compile(r"^([^\W\d_]{3,})\.\s?([^\W\d_].*)$")
# A dotted leader between caption and value, alone or closing the caption's cell.
_LEADER = re.compile(r"\s*[.…·_]{3,}\s*$")
# A field of a party, the party after it: "Name des Verkäufers", "Name of the seller".
_OF_PARTY = re.compile(r"^(.+?)\s+(?:des|der|of the)\s+([^\W\d_]+)$", re.IGNORECASE)
# The widest gap between rows, and between a heading and its first row, in line heights.
_ROW_GAP = 3
_HEADING_GAP = 4.5
# The separator of a bilingual caption's wordings ("Straße / Street", "Käufer / Buyer").
_WORDINGS = re.compile(r"\s*/\s*")
# A caption's first character: a letter (cheap check before the row is read).
_CAPTION_START = re.compile(r"^[^\W\d_]")
# A caption's term number ("Name (BT-27)"), and a bilingual caption's separator: compiled once,
# as `_caption` runs for most lines of every page.
_TERM_NUMBER = re.compile(r"\s*\(B[TG]-\d+\)")
_SPACED_SLASH = re.compile(r"\s/\s")


@dataclass
class _Party:
    rows: dict[str, list[Cell]] = field(default_factory=dict)


def listed_names(lines: list[Line]) -> tuple[Value | None, Value | None]:
    """Seller and buyer names from their "Name" rows in a party listing."""
    parties = _listing(lines)
    return _name(parties.get("seller")), _name(parties.get("buyer"))


def listed_address(lines: list[Line], name: Value) -> Value | None:
    """The address rows of the listed party whose "Name" row holds `name`."""
    if not name.boxes:
        return None
    for party in _listing(lines).values():
        cells = party.rows.get("name")
        if cells and any(box in name.boxes for c in cells for box in c.boxes):
            return _address(party)
    return None


def _name(party: _Party | None) -> Value | None:
    cells = party.rows.get("name") if party is not None else None
    if not cells:
        return None
    text = " ".join(c.text for c in cells).strip()
    return Value(text, text, tuple(b for c in cells for b in c.boxes)) if len(text) > 2 else None


def _address(party: _Party) -> Value | None:
    """ "Street, postcode town": a street with its number and a postcode or town."""
    street = party.rows.get("street")
    place = [c for key in ("postcode", "town") for c in party.rows.get(key, [])]
    if street is None and not place and "address" in party.rows:
        return _address_row(party.rows["address"])
    if not street or not place or not any(ch.isdigit() for c in street for ch in c.text):
        return None
    country = party.rows.get("country", [])
    named = country and len(" ".join(c.text for c in country).strip()) > 3  # not "DE"
    parts = [street, place, *([country] if named else [])]
    text = ", ".join(" ".join(c.text.strip() for c in part) for part in parts)
    return Value(text, text, tuple(b for part in parts for c in part for b in c.boxes))


def _address_row(cells: list[Cell]) -> Value | None:
    """An address row's value, one part a printed line: the street first, then the lines
    under it down to the town (a country code alone left out, as a country row's)."""
    parts: list[list[Cell]] = []
    for cell in cells:
        if parts and cell.words[0].box.y0 < parts[-1][0].words[0].box.y1:
            parts[-1].append(cell)
        else:
            parts.append([cell])
    parts = [part for i, part in enumerate(parts) if i == 0 or len(_joined(part)) > 3]
    if len(parts) < 2 or not any(ch.isdigit() for part in parts for ch in _joined(part)):
        return None
    text = ", ".join(_joined(part) for part in parts)
    return Value(text, text, tuple(b for part in parts for c in part for b in c.boxes))


def _joined(cells: list[Cell]) -> str:
    return " ".join(c.text.strip() for c in cells)


# The last lines read and their listing: party names and each party's address ask for the
# same lines' listing in turn. The very same Line objects in the same order give the same
# listing (lines are never changed once built); callers only read it, never change it.
_last_listing: tuple[tuple[Line, ...], dict[str, _Party]] | None = None


def _listing(lines: list[Line]) -> dict[str, _Party]:
    """The listed parties by role (see `_read_listing`), read once for the same lines."""
    global _last_listing
    last = _last_listing
    if last is not None and len(last[0]) == len(lines) and all(map(is_, last[0], lines)):
        return last[1]
    parties = _read_listing(lines)
    _last_listing = (tuple(lines), parties)
    return parties


def _read_listing(lines: list[Line]) -> dict[str, _Party]:
    """The listed parties by role: rows under a party heading, or with the party's prefix."""
    parties: dict[str, _Party] = {}
    role: str | None = None  # the heading's party whose rows follow
    column: float | None = None  # where the rows' captions start
    previous: Line | None = None
    last: list[Cell] = []  # the value cells of the row before, a wrapped line goes on with
    for line in lines:
        first = line.cells[0]
        # Under its heading a party's rows may start further down: a viewer's grid prints its
        # column header ("ID | Fachbegriff | Wert") there, gone with the term references.
        gap = _HEADING_GAP if role and column is None else _ROW_GAP
        # A rule of dashes between a heading and its rows is a thin line: no measure of gaps.
        height = max(previous.height, line.height) if previous is not None else 0.0
        if previous is not None and (
            line.page != previous.page or line.y0 - previous.y1 > gap * height
        ):
            role = None
        previous = line
        if not _CAPTION_START.match(first.text):
            if role and last and abs(first.x0 - last[0].x0) < 4:
                last.extend(_values(line.cells))  # "69002 Lyon" under "17 rue des Tanneurs"
            continue
        heading = _heading(line)
        last = last if first.x0 > (column or 0) + 4 else []
        if heading is not None:
            role, column = heading or None, None
            continue
        caption = _caption(first.text)
        prefixed = _PREFIXED.match(caption)
        if prefixed is not None and _role(prefixed.group(1)):
            _add(parties, _role(prefixed.group(1)), prefixed.group(2), line)
            continue
        if role is None:
            continue
        if column is None:
            column = first.x0
        if first.x0 > column + 4:
            # A value's wrapped line ("Landratsamt" / "Tübingen" in a narrow value column).
            if last and abs(first.x0 - last[0].x0) < 4:
                last.extend(_values(line.cells))
            continue
        if first.x0 < column - 4 or len(line.cells) < 2:
            role = None  # another heading: the party's rows are over
            continue
        last = _add(parties, role, caption, line)
    return parties


def _add(parties: dict[str, _Party], role: str, caption: str, line: Line) -> list[Cell]:
    """Keep a row's value under its field; the cells kept (a wrapped line adds to them)."""
    key = _field_key(caption, role)
    if key is None:
        return []
    values = _values(line.cells[1:])
    party = parties.setdefault(role, _Party())
    if not values or key in party.rows:
        return []
    party.rows[key] = values
    return values


def _field_key(caption: str, role: str) -> str | None:
    """The field a row's caption names. A bilingual viewer captions a row in two wordings
    ("Straße / Street", "PLZ, Ort / Post code, city"): both name the field; a postcode and
    town caption is the place's row, kept as the postcode's (its value is the postcode and
    town, "76133 Karlsruhe"). Where the wordings disagree, the last one names it."""
    whole = _key(_unqualified(caption.strip(), role))
    if whole is not None:
        return whole
    wordings = [_unqualified(w.strip(), role) for w in _WORDINGS.split(caption)]
    keys = {_wording_key(wording) for wording in wordings}
    if len(wordings) > 1 and len(keys) == 1:
        return keys.pop()
    return _key(wordings[-1]) if len(wordings) > 1 else None


def _wording_key(wording: str) -> str | None:
    """The field a caption's wording names; "PLZ, Ort" names its place (postcode and town)."""
    keys = {_key(part.strip()) for part in wording.split(",")}
    if None in keys or not keys:
        return None
    if len(keys) == 1:
        return keys.pop()
    return "postcode" if keys == {"postcode", "town"} else None


def _key(caption: str) -> str | None:
    return next((k for k, pattern in _FIELDS if pattern.fullmatch(caption)), None)


def _unqualified(caption: str, role: str) -> str:
    """The field's caption less the party that German term names print after it ("Name des
    Verkäufers", "Name des Käufers", EN 16931's BT-27 and BT-44): the listing's heading names
    the party already. Only the heading's own party is taken off."""
    of_party = _OF_PARTY.match(caption)
    if of_party is not None and _role(_inflected(of_party.group(2))) == role:
        return of_party.group(1)
    return caption


def _inflected(word: str) -> str:
    """A party's word less its genitive ending ("Verkäufers", "Käufers")."""
    return word[:-1] if word.endswith("s") and _role(word[:-1]) else word


def _values(cells: list[Cell]) -> list[Cell]:
    """A row's value cells after its caption: past a dotted leader, up to a wide gap."""
    cells = [c for c in cells if _LEADER.sub("", c.text)]
    run: list[Cell] = []
    for cell in cells:
        if run and cell.x0 - run[-1].x1 > 40:
            break
        run.append(cell)
    return run


# Pure functions of a cell's text, memoised: `_read_listing` reads each line's first cell as
# a heading and as a row's caption, for party names and again for each party's address.
@functools.lru_cache(maxsize=8192)
def _caption(text: str) -> str:
    """A caption's name: no leader, colon or term number; an XML path's last element."""
    text = _TERM_NUMBER.sub("", _LEADER.sub("", text)).strip().rstrip(":").strip()
    if _SPACED_SLASH.search(text):
        return text  # "Straße / Street": a bilingual caption, no XML path
    return element_name(text.rsplit("/", 1)[-1])


def _heading(line: Line) -> str | None:
    """ "seller"/"buyer" for a party's heading alone on its line, "" for another heading
    (an XML element over its own rows), None for a row."""
    if any(not ROW_INDEX.match(c.text.strip()) for c in line.cells[1:]):
        return None  # a cell beside it, other than a row's index: a row, no heading
    caption = _caption(line.cells[0].text)
    role = _XML_PARTY.get(caption.casefold()) or _role(caption) or _bilingual_role(caption)
    if role:
        return role
    return "" if NAMESPACE.match(line.cells[0].text.strip()) else None


@functools.lru_cache(maxsize=8192)
def _bilingual_role(caption: str) -> str:
    """The party a bilingual heading names in each of its wordings ("Verkäufer / Seller")."""
    roles = {_role(wording.strip()) for wording in _WORDINGS.split(caption)}
    return roles.pop() if len(roles) == 1 else ""


@functools.lru_cache(maxsize=8192)
def _role(text: str) -> str:
    for role, pattern in (("seller", SELLER_SECTION), ("buyer", BUYER_SECTION)):
        found = pattern.match(text)
        if found is not None and not text[found.end() :].strip(" :"):
            return role
    return ""
