"""A party's address on a captioned row of its block.

Central and Eastern European forms list a party as caption rows under its name: "Sediul: Str.
Doamnei nr. 12, București" (ro), "Juridiskā adrese | Krasta iela 52, Rīga" (lv), "Адрес: | ул.
Иван Вазов № 12" with "Град: | Пловдив 4000" above it (bg). The address row's value is the
address; a town row of the same block is added after the street.
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.balticparties import party_heading
from facturist.engine.captionedtown import country_first_town
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.townline import CONTACT, town_in
from facturist.engine.towns import COUNTRY_NAMES
from facturist.engine.townundercaption import party_name_beside, town_under_caption
from facturist.engine.wordspace import run_on

# The caption of an address row (with or without its colon).
_ADDRESS = (
    r"(?:registered office|head office|business address|(?:registered |legal |postal )?address"
    r"|adresse|adresa|adrese|adresas|aadress|adres|juridisk[āa] adrese|sediul(?: social)?|sediu"
    r"|s[íi]dlo|sz[ée]khely|c[íi]m|адрес|седалище|anschrift|sitz)"
)
# A caption alone on its line over the address's lines, in a sidebar or a letterhead's
# column ("INDIRIZZO", "DIRECCIÓN", "ADDRESS"). Italy's "Indirizzo:" row with a value is read
# with its "Comune:" and "Cap:" rows by addresses.py.
_HEADING_ALONE = re.compile(
    rf"^(?:{_ADDRESS}|indirizzo|direcci[óo]n|endere[çc]o|morada)\s*:?$", re.IGNORECASE
)
# The caption of a town row ("Град: | Пловдив 4000").
_TOWN = (
    r"(?:town|city|ort|ville|град|населено място|ora[șs]|localitate|miasto|m[ěe]sto|v[áa]ros"
    r"|pils[ēe]ta|miestas"
    # A postcode and town on one row ("PLZ / Ort: | 20457 Hamburg", "Postcode / City").
    r"|(?:plz|post ?code|postal code|zip(?: code)?)\s*(?:/|und|and|&)\s*(?:ort|city|town))"
)
# A viewer's one-row-per-part address (XRechnung viewers, EN 16931 renderings): "Straße: |
# PLZ: | Ort: | Land:", "Address line 1 | Post code | City | Country code". Kept apart from
# _ADDRESS: a street caption never heads lines under it.
_STREET = (
    r"(?:stra(?:ß|ss)e(?: und hausnummer|\s*/\s*(?:hausnr\.?|hausnummer|nr\.?))?"
    r"|street(?: address|\s*/\s*(?:house )?(?:number|no\.?))?|adresszeile 1"
    # EN 16931's own caption (BT-35, BT-50), numbered or not: "Address line", "Address line 1".
    r"|address line(?: 1)?)"
)
_POSTCODE = r"(?:plz|postleitzahl|post ?code|postal code|zip(?: code)?|code postal|c\.?a\.?p\.?)"
_COUNTRY = r"(?:land|l[äa]ndercode|country(?: code)?|pays|code pays)"
_CAPTIONED = re.compile(rf"^(?P<caption>{_ADDRESS})\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
_CAPTION_ALONE = re.compile(rf"^{_ADDRESS}\s*:?$", re.IGNORECASE)
_TOWN_CAPTIONED = re.compile(rf"^(?P<caption>{_TOWN})\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
# A viewer's business-term number after a caption ("Straße (BT-35)", "Ort (BT-37)").
_TERM = r"(?:\s*\(B[TG]-\d+\))?"


# EN 16931's full term names lead with the party ("Seller address line 1", "Seller post
# code", "Buyer city", "Seller country code"), as viewers of the semantic model print them.
_PARTY = r"(?:(?:seller|buyer)\s+)?"


def _bilingual(pattern: str) -> str:
    """The caption in one language or in two ("Straße / Address line 1", "PLZ / Post code",
    "Ort / City"), as bilingual viewers of cross-border e-invoices print them; the English
    one perhaps with its party ("Seller city")."""
    return rf"{_PARTY}{pattern}(?:\s*/\s*{_PARTY}{pattern})?"


_TOWN_ALONE = re.compile(rf"^{_bilingual(_TOWN)}{_TERM}\s*:?$", re.IGNORECASE)
_FIELDS = {
    name: (
        re.compile(
            rf"^(?P<caption>{_PARTY}{pattern})(?:\s*\(B[TG]-\d+\)\s*:?|\s*:)\s*(?P<rest>\S.*)$",
            re.IGNORECASE,
        ),
        re.compile(rf"^{_bilingual(pattern)}{_TERM}\s*:?$", re.IGNORECASE),
    )
    for name, pattern in (("street", _STREET), ("postcode", _POSTCODE), ("country", _COUNTRY))
}
# A country's name alone on its line, under the town ("Deutschland", "Italia").
COUNTRY_LINE = re.compile(COUNTRY_NAMES, re.IGNORECASE)
_ROWS = 7  # caption rows of a block under its name
_UNDER = 4  # the lines under a caption alone on its line, past the block's caption rows


# A house number alone ("233", "17a", "12 B").
_HOUSE_NUMBER_ALONE = re.compile(r"\d{1,5}\s?[A-Za-z]?")


def captioned_address(
    lines: list[Line], index: int, cell: Cell, other: Value | None = None
) -> Value | None:
    """The value of the address row under the party name `cell` (on lines[index]), or None.

    Not when the other party's name stands between them: a hotel's letterhead over the
    folio's "Guest | Company | Address" rows, the address row is the billed company's.

    A house number alone is no address: a monospaced text layer (Courier, as till-style and
    older ERP printouts set it) puts each word in a cell of its own, so "Torgauer | Straße |
    233" under the firm's name reads like a street row ("Straße: | Lindenweg 8") whose value
    is the number; the block under the name is then read whole instead."""
    found = _address_rows(lines, index, cell)
    if found is not None and _HOUSE_NUMBER_ALONE.fullmatch(str(found.value).strip()):
        return None
    if found is not None and found.boxes and other is not None and other.boxes:
        first, named = found.boxes[0], other.boxes[0]
        between = named.page == first.page and lines[index].y1 <= named.y0 < first.y0
        # ... in the address's own column, not a block beside it.
        if between and named.x0 < max(b.x1 for b in found.boxes) and first.x0 < other.boxes[-1].x1:
            return None
    return found


def _address_rows(lines: list[Line], index: int, cell: Cell) -> Value | None:
    start = lines[index]
    left, right = _column(lines, index, cell)
    beside = _wrapped_beside(lines, index, left)
    if (left == cell.x0 or beside) and index > 0:
        # The name's second line ("Kessler GmbH" under "Firmenname: | Elektro-Großhandel"):
        # the column starts at the caption of the line above.
        above = lines[index - 1]
        first = next((c for c in above.cells if abs(c.x0 - cell.x0) <= 4), None)
        # "Pardavėjas | Pirkėjas" over the names: the headings side by side, neither the
        # other's caption (balticparties.py).
        if first is not None and above.page == start.page and not party_heading(first.text):
            above_left, above_right = _column(lines, index - 1, first)
            left = above_left if beside else min(left, above_left)
            # "Lindqvist Design Studio UG" beside the next card's name, over its wrapped
            # "(haftungsbeschränkt)" alone: the next card starts where the first line shows.
            # Its lines start flush with it, a point or two either side.
            right = min(right, above_right - 4)
    street: list[Word] = []
    town: list[Word] = []
    postcode: list[Word] = []  # a viewer's "PLZ:" and "Land:" rows (_FIELDS)
    country: list[Word] = []
    more: list[list[Word]] = []  # the address value's own next lines ("69002 Lyon", "France")
    wraps = False  # a street row's value, whose next line is its wrapped rest ("Straße 51")
    open_value = False
    street_line: list[Cell] = []  # the address row's cells in the party's column
    heading: Cell | None = None  # a caption alone on its line, over the address's lines
    rows: list[Cell] = []
    bottom = start.y1
    for number, line in enumerate(lines[index + 1 : index + 1 + _ROWS + _UNDER]):
        if line.page != start.page or line.y0 - bottom > 2.5 * max(start.height, line.height):
            break
        if number >= _ROWS and heading is None:
            break
        bottom = line.y1
        column = [c for c in line.cells if left - 8 <= c.x0 < right]
        if heading is not None:
            # A sidebar's "INDIRIZZO" / "Via del Pratello 41" / "40122 Bologna (BO)": the
            # lines flush under the caption, down to the town line.
            under = [c for c in column if abs(c.x0 - heading.x0) <= 4]
            if not under and column and all(c.x0 > heading.x1 + 20 for c in column):
                continue  # "AADRESS" beside the buyer's block: that block's line, set apart
            if not under or CONTACT.search(under[0].text) or len(rows) == 3:
                return None
            rows.append(under[0])
            if len(rows) > 1 and town_in(under[0].text, rows[:-1]) is not None:
                rows += _country_under(lines, index + 1 + number, under[0])
                text = ", ".join(c.text.strip(" ,") for c in rows)
                return Value(text, text, tuple(b for c in rows for b in c.boxes))
            continue
        if not street:
            alone = [c for c in column if _HEADING_ALONE.match(c.text.strip())]
            if alone and alone[0] is column[-1] and _head_alone(line, alone[0]):
                heading = alone[0]
                continue
        if open_value:
            # A cell starting under the value, with no caption of its own left of it, goes on
            # with the address; a new caption row ends it.
            x0 = street[0].box.x0
            below = [c for c in column if abs(c.x0 - x0) <= 4]
            if below and all(c.x0 >= x0 - 4 for c in column):
                more.append(list(below[0].words))
                continue
            town_line = _country_first_under(column, street_line)
            # "Sediu: Str. Lazăr nr. 24" over "300081 Timișoara, jud. Timiș" (townundercaption.py)
            town_line = town_line or town_under_caption(column, street_line, street)
            if town_line is not None and not wraps:
                more.append(town_line)
                open_value = False
                continue
            open_value = False
        if not street:
            street = _up_to_town(_value(column, _CAPTIONED, _CAPTION_ALONE))
            if not street:
                street = _value(column, *_FIELDS["street"])
                wraps = bool(street)
            open_value = bool(street)
            street_line = column
        town = town or _value(column, _TOWN_CAPTIONED, _TOWN_ALONE)
        postcode = postcode or _value(column, *_FIELDS["postcode"])
        country = country or _value(column, *_FIELDS["country"])
    if wraps:
        street, more = [*street, *(w for words in more for w in words)], []
    if not street or not any(ch.isdigit() for w in street for ch in w.text):
        return None
    parts = [" ".join(w.text for w in words) for words in (street, *more)]
    # The postcode row goes before the town row ("PLZ: 42349" / "Ort: Wuppertal").
    place = [*postcode, *town] if town else postcode
    if place and " ".join(w.text for w in place) not in ", ".join(parts):
        parts.append(" ".join(w.text for w in place))
        if country:
            parts.append(" ".join(w.text for w in country))
    text = ", ".join(p.strip(" ,") for p in parts)
    boxes = [w.box for words in (street, *more, place, country if place else []) for w in words]
    return Value(text, text, tuple(boxes))


def _country_first_under(column: list[Cell], street_line: list[Cell]) -> list[Word] | None:
    """The town line flush under the address row's caption, with no caption of its own, that
    leads with the country's code ("Anschrift: Landsberger Str. 302" over "DE 80687
    München"), in postal order ("80687 München, DE")."""
    if not column or not street_line or abs(column[0].x0 - street_line[0].x0) > 4:
        return None
    return country_first_town(list(column[0].words))


def _wrapped_beside(lines: list[Line], index: int, left: float) -> bool:
    """Whether the cell at `left` on the name's line is the wrapped rest of the next box's
    value, no caption: side-by-side boxes wrap both names ("Name | Autohaus Brandt | Name |
    Isarwerk Software" over "GmbH & Co. KG | GmbH"), and the cell stands flush under a value
    whose caption has nothing under it."""
    if index == 0 or lines[index - 1].page != lines[index].page:
        return False
    above, line = lines[index - 1], lines[index]
    for position, over in enumerate(above.cells):
        if position and abs(over.x0 - left) <= 4:
            caption = above.cells[position - 1]
            return not any(abs(c.x0 - caption.x0) <= 4 for c in line.cells)
    return False


def _column(lines: list[Line], index: int, cell: Cell) -> tuple[float, float]:
    """The party's column on its name line: from the caption cell before the name ("Име на
    фирма: | ACME", "Nosaukums | SIA ACME") or the name, to the next party's cell."""
    line = lines[index]
    position = next(i for i, c in enumerate(line.cells) if c is cell)
    left = cell.x0
    if position > 0 and not party_name_beside(line.cells[position - 1]):
        caption = line.cells[position - 1]
        if cell.x0 - caption.x1 < 120 or _in_listing(lines, index, caption, cell):
            left = _caption_start(lines, index, caption, cell)
    # A monospace name's words in cells of their own ("Weinhaus | Saale-Unstrut | GmbH"):
    # the next party's cell comes after them.
    after = line.cells[position + len(run_on(line.cells, position)) :]
    right = after[0].x0 if after else float("inf")
    return left, right


def _caption_start(lines: list[Line], index: int, caption: Cell, value: Cell) -> float:
    """Where the name's caption starts: side-by-side boxes, the left one's long value run
    into the next box's caption ("Bundesanstalt für ... -prüfung Name | Verbindungstechnik
    ..."), make one cell of both; the caption is the cell's word that the next row's caption
    starts under ("Anschrift"), which leaves the other box's value out of this one's column."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is None or below.page != line.page:
        return caption.x0
    starts = [
        c.x0
        for c in below.cells
        if caption.x0 + 4 < c.x0 and c.x1 <= value.x0 and not _has_digit(c.text)
    ]
    for word in reversed(caption.words[1:]):
        if any(abs(x - word.box.x0) <= 4 for x in starts):
            return word.box.x0
    return caption.x0


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _in_listing(lines: list[Line], index: int, caption: Cell, value: Cell) -> bool:
    """Whether `caption` heads the label column of a caption | value listing whose values
    start where `value` does: a viewer sizes the label column for its longest label
    ("Zahlungsbedingungen:"), so a short one ("Name:") stands far from its value. Viewers
    that print their captions without colons ("Seller name | Datenwerk GmbH" over "Address
    line 1 | Hafenstraße 48", EN 16931 renderings) show the listing by two such rows."""
    colon = caption.text.rstrip().endswith(":")
    if not colon and any(ch.isdigit() for ch in caption.text):
        return False
    line = lines[index]
    rows = 0
    for below in lines[index + 1 : index + 4]:
        if below.page != line.page:
            return False
        starts = [c for c in below.cells if abs(c.x0 - caption.x0) <= 4]
        if (
            starts
            and (starts[0].text.rstrip().endswith(":") or not colon)
            and any(abs(c.x0 - value.x0) <= 4 for c in below.cells)
        ):
            rows += 1
            if colon or rows == 2:
                return True
    return False


def _value(column: list[Cell], captioned: re.Pattern[str], alone: re.Pattern[str]) -> list[Word]:
    """The words of a row's value after its caption, in the caption's cell or the next one."""
    for position, cell in enumerate(column):
        text = cell.text.strip()
        match = captioned.match(text)
        if match is not None:
            skip = len(text[: match.start("rest")].split())
            return cell.words[skip:]
        if alone.match(text) and position + 1 < len(column):
            # A monospace value's words in cells of their own ("Kleiststraße | 8").
            return [w for c in run_on(column, position + 1) for w in c.words]
    return []


# A separator after the town, before a footer's next legal piece ("Bristol BS1 6XN · VAT Reg.
# No. GB ...", "75008 Paris – RCS Paris 421 ...").
_PIECE_AFTER = re.compile(r"^\s*(?:[·•|▪■–—]|-\s)\s*(?P<piece>.*)$")


def _up_to_town(words: list[Word]) -> list[Word]:
    """An address row's words up to its town when a footer's legal line goes on after it with
    another piece (its VAT or register number, its phone) after a dot or a bar: "Registered
    office: Unit 7, ..., Bristol BS1 6XN · VAT Reg. No. GB 294 5817 17"."""
    text = " ".join(w.text for w in words)
    town = town_in(text, [])
    after = _PIECE_AFTER.match(text[town.end() :]) if town is not None else None
    if town is None or after is None:
        return words
    piece = after.group("piece")
    if not (CONTACT.search(piece) or any(ch.isdigit() for ch in piece)):
        return words  # "... 5003 Bergen · Norway": the country goes on with the address
    kept: list[Word] = []
    offset = 0
    for word in words:
        if offset >= town.end():
            break
        kept.append(word)
        offset += len(word.text) + 1
    if kept:
        # "6XN·": OCR glues the separator to the postcode.
        kept[-1] = replace(kept[-1], text=kept[-1].text.rstrip("·•|▪■–—- "))
    return kept


def _country_under(lines: list[Line], index: int, town: Cell) -> list[Cell]:
    """The country's line flush under the town's, at the line pitch ("10435 Berlin" /
    "Deutschland"): a postal address's last line abroad and in viewers' prints."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is None or below.page != line.page or below.y0 - line.y1 > line.height:
        return []
    under = [c for c in below.cells if abs(c.x0 - town.x0) <= 4]
    if under and COUNTRY_LINE.fullmatch(under[0].text.strip()):
        return under[:1]
    return []


def _head_alone(line: Line, caption: Cell) -> bool:
    """Whether the caption stands alone in its part of the line: no value a short gap
    right of it (the value is on the lines under it)."""
    after = [c for c in line.cells if c.x0 >= caption.x1]
    return not after or after[0].x0 - caption.x1 > 60
