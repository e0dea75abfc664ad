"""Postal addresses of seller and buyer: the lines under a party's name, down to its town.

An address is printed as a block under the name, in the name's column (left-, right-aligned
or centred with it): street, perhaps a building or contact line, then postcode and town,
perhaps a country. The block ends at the town line; contact and register lines (Tel, VAT
id, IBAN), dates, or a wide gap end it sooner, and then no address is given: without its
town line a block is not known to be one. A return address on one line ("ACME GmbH ● Ecke
12 ● 12345 Stadt") gives the rest of that line; a letterhead's address set in a column of
its own, over the company's contact and register lines, gives that column's street and town.
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.addressjoin import ALIGN as _ALIGN
from facturist.engine.addressjoin import aligned as _aligned
from facturist.engine.addressjoin import centred_line as _centred_line
from facturist.engine.addressjoin import country_after as _country_after
from facturist.engine.addressjoin import flush_right as _flush_right
from facturist.engine.addressjoin import joined as _joined
from facturist.engine.addresspatterns import (
    ADDRESS_CAPTION,
    COUNTRY,
    REGISTRATION_UNDER_NAME,
    other_language_name,
)
from facturist.engine.addresstagline import STREET_AFTER as _STREET_AFTER
from facturist.engine.addresstagline import names_party as _names_party
from facturist.engine.addresstagline import other_caption as _other_caption
from facturist.engine.addresstagline import without_tagline as _without_tagline
from facturist.engine.addresstagline import x_at as _x_at
from facturist.engine.bareiberianid import is_bare_spanish_id
from facturist.engine.blanktownline import beside_block, town_after_blank
from facturist.engine.capitalpiece import capital_piece_off
from facturist.engine.captionedaddress import captioned_address
from facturist.engine.captionedtown import captioned_town
from facturist.engine.captionedwrap import with_wrapped_town
from facturist.engine.codecountry import code_then_country
from facturist.engine.codeovertown import town_under_code
from facturist.engine.colonrows import after_id_caption, postcode_alone
from facturist.engine.columngutter import short_of_column
from facturist.engine.countrypostcodes import country_postcode_town, country_under
from facturist.engine.elidedtrades import elided_trade_line
from facturist.engine.fences import unfenced
from facturist.engine.iberoaddressrows import holds_caption, party_rows_address
from facturist.engine.idundernames import id_after_names
from facturist.engine.indianpinblock import pin_over_indian_ids
from facturist.engine.latamtown import latam_town, regime_line
from facturist.engine.layout import Cell, Line, flush_under, line_holding, print_height
from facturist.engine.legalforms import SHARE_CAPITAL
from facturist.engine.letterheadaddress import letterhead_address
from facturist.engine.letterheadtagline import tagline_pieces_off, trade_tagline_off
from facturist.engine.lineaddress import register_then_address, rest_of_line, with_cells_after
from facturist.engine.model import Value
from facturist.engine.namelinesblank import address_after_name_lines
from facturist.engine.namepiece import name_piece_off
from facturist.engine.namepitch import blank_under_name, name_pitch
from facturist.engine.nameprintings import PO_BOX, bare_name, same_start
from facturist.engine.othersblock import under_other_name
from facturist.engine.partyblocks import RETURN_SEPARATOR
from facturist.engine.partylisting import listed_address
from facturist.engine.partynames import OWNER_BY_DI, OWNER_LINE, initials
from facturist.engine.postcodecell import town_with_postcode_cell
from facturist.engine.postcodelesstown import postcodeless_town
from facturist.engine.provincepostcodes import spaced_province_codes
from facturist.engine.readerlines import contact_off, opens_other_block, reader_lines_off
from facturist.engine.registeredoffice import after_registered_caption
from facturist.engine.registerpieces import register_only
from facturist.engine.registersentence import register_sentence
from facturist.engine.remitletterhead import (
    in_remit_column,
    letterheads_of_remittee,
    remit_caption,
)
from facturist.engine.separatedtown import separated_town
from facturist.engine.sidebaraddress import sidebar_block_start
from facturist.engine.sixdigittown import six_digit_town
from facturist.engine.streetaftertown import street_piece_end, street_under_town
from facturist.engine.taglinepiece import (
    display_line,
)
from facturist.engine.townapart import town_apart
from facturist.engine.townline import CONTACT as _CONTACT
from facturist.engine.townline import town_in as _town
from facturist.engine.townregion import region_after_town
from facturist.engine.tradestatus import status_line
from facturist.engine.ukpostcodes import spaced_uk_postcodes
from facturist.engine.wordspace import phrase as _phrase
from facturist.engine.wordspace import phrase_before

_MAX_LINES = 5  # building, street, district, town, postcode (South Africa)
# The caption cell of an address row in a caption | value list ("Anschrift: | Ecke 12").
_ADDRESS_ROW = re.compile(
    r"(?:post)?anschrift|adresse|address|adres|indirizzo|direcci[oó]n|endere[cç]o|morada"
    r"|sitz|registered office",
    re.IGNORECASE,
)
# Such a list's town row, its country code first: "DE 76133 Karlsruhe", "GB SW1B 3BN London".
_CODED_TOWN = re.compile(r"^[A-Z]{2} (?=[A-Z\d]*\d)[A-Z\d]{2,5}(?: [A-Z\d]{3})? \w")


def party_address(
    lines: list[Line], name: Value | None, other: Value | None = None
) -> Value | None:
    """The postal address printed with the party `name` (found by its boxes), or None.

    `other` is the other party's name: a block reaching it is that party's.
    """
    lines = spaced_uk_postcodes(lines)  # "WF10-1AY": a scan's "WF10 1AY" (ukpostcodes.py)
    lines = spaced_province_codes(lines)  # "NSB3H 2R1": "NS B3H 2R1" (provincepostcodes.py)
    found = _address(lines, name, other)
    if name is not None and (found is None or holds_caption(str(found.value))):
        # "Dirección | : Av. Colón 1280" / "Comuna | : Punta Arenas" (iberoaddressrows.py)
        found = party_rows_address(lines, name, other) or found
    # "REMIT TO:" over the name and a lockbox, a QR-bill's "Konto / Zahlbar an" over a
    # "Postfach": the letterhead's address (remitletterhead.py), never the payment part's again.
    heads = [] if found is None or name is None else letterheads_of_remittee(lines, name)
    if found is not None and heads:
        addresses = (_address(lines, head, other) for head in heads)
        return next((a for a in addresses if a is not None and a.value != found.value), found)
    if found is None or name is None or not PO_BOX.match(str(found.value)):
        return found
    # "ACME GmbH · Postfach 30 02 11 · 40402 Düsseldorf" over the window, the footer's
    # "Hausanschrift: Erkrather Straße 230, ...": the street address is the party's.
    lines = unfenced(lines)
    index = line_holding(lines, name.boxes[-1])
    cell = None if index is None else _cell_holding(lines[index], name)
    if index is None or cell is None:
        return found
    avoid = {str(other.value), other.text} if other is not None else set()
    street = _printed_again(lines, index, cell, str(name.value), avoid, street_only=True)
    return street or found


def _cell_holding(line: Line, name: Value) -> Cell | None:
    return next((c for c in line.cells if any(w.box == name.boxes[-1] for w in c.words)), None)


def _address(lines: list[Line], name: Value | None, other: Value | None) -> Value | None:
    if name is None or not name.boxes:
        return None
    lines = unfenced(lines)  # the party's name was read without headings' fences
    listed = listed_address(lines, name)  # "Verkäufer.Straße | .PLZ | .Ort" rows
    if listed is not None:
        return listed
    last = name.boxes[-1]
    index = line_holding(lines, last)
    if index is None:
        return None
    line = lines[index]
    cell = next((c for c in line.cells if any(w.box == last for w in c.words)), None)
    if cell is None:
        return None
    same_line = rest_of_line(cell, str(name.value)) or rest_of_line(
        with_cells_after(line, cell), str(name.value)
    )
    if same_line is not None and in_remit_column(lines, index, same_line):
        same_line = None  # "REMIT TO:" over the town beside the name (remitletterhead.py)
    if same_line is None and name.text and name.text != name.value:
        # A name spelled out from its short printing (shortnames.py): the short one is here.
        same_line = rest_of_line(cell, name.text)
    if (
        same_line is not None
        and ", " not in str(same_line.value)
        and rest_of_line(cell, str(name.value)) is None
        and town_apart(line, cell)
    ):
        # "Café Kiezliebe UG | 10119 Berlin": the town of a column far beside (townapart.py).
        avoid = {str(other.value), other.text} if other is not None else set()
        below = _block_below(lines, index, {(cell.x0, cell.x1)}, avoid, str(name.value))
        if below is not None and ", " in str(below.value):
            return below
    if same_line is not None and ", " not in str(same_line.value):
        # Only a town after the name ("ACME AG · 60276 Frankfurt", a PO-box postcode; the
        # street in a column beside it): the page may print the name again with its street
        # (the footer's block, the return-address line).
        avoid = {str(other.value), other.text} if other is not None else set()
        again = _printed_again(lines, index, cell, str(name.value), avoid)
        if again is not None and ", " in str(again.value):
            return again
        # "giulia ferraris   10128 Torino" under "Corso Vittorio Emanuele II, 71" set flush
        # right: the wordmark's tall line starts below the street beside it.
        beside = _town_beside(lines, index, cell)
        if beside is not None:
            return beside
    if same_line is not None:
        return same_line
    listed = _listed_address(lines, index) or captioned_address(lines, index, cell, other)
    if listed is not None and not register_only(str(listed.value)):  # "Sitz: Graz · FN 1 t"
        return with_wrapped_town(lines, listed)  # "Sediu: Str. X nr. 2," / "550234 Sibiu"
    # The block's edges: the name's cell, or the line's first cell when a logo's initials
    # stand left of the name ("FL  Fjord Lusitano SAS" over "99 rue de la République").
    named = [w for w in line.words if w.box in name.boxes]
    # "MECCANICA | FRIULANA | S.P.A.": a name over several cells spans them all.
    edges = {(min(cell.x0, named[0].box.x0), cell.x1)} if named else {(cell.x0, cell.x1)}
    # "BERNASCONI S.R.L. - dal 1952" centred as one phrase over its address.
    phrase = _phrase(line, cell)
    edges.add((phrase.x0, phrase.x1))
    # A name set large starts a side bearing right of its block's edge, which grows with its
    # size: a fifth of its height ("Tobias Wren" set tall over "221 Larkspur Lane").
    edges.add((cell.x0 - 0.2 * print_height(cell), cell.x1))
    if name.boxes[0].x1 <= cell.x0 and name.boxes[0].page == line.page:
        # "MAIR" set tall beside "Industrietechnik GmbH" (logobeside.py): the block under
        # the letterhead starts at the logo word's edge.
        edges.add((name.boxes[0].x0, cell.x1))
    logo = line.cells[0]
    if logo is not cell and initials(logo.text) and cell.x0 - logo.x1 < 40:
        # The letters sit inset in the logo's square: the block starts up to a letter-run's
        # width left of them.
        edges.add((logo.x0 - (logo.x1 - logo.x0) / 2, logo.x1))
    avoid = {str(other.value), other.text} if other is not None else set()
    below = _block_below(lines, index, edges, avoid, str(name.value), name_pitch(name))
    sidebar = sidebar_block_start(lines, index, cell) if below is None else None
    if sidebar is not None:
        # The name in a sidebar, its address lower down the column (sidebaraddress.py).
        below = _block_below(lines, sidebar, edges, avoid, str(name.value))
    if below is not None:
        # The window's sender line under the letterhead ("Firma GmbH, Straße 7, 74076 Ort")
        # repeats the name before the street: no piece of the address (namepiece.py).
        return name_piece_off(below, str(name.value))
    # "GIULIA FERRARI      Corso San Maurizio 39" / "10124 Torino (TO)": the street and town
    # set flush right in the letterhead, beside the name.
    # ... or the town and country beside the name, the street over them (_town_beside).
    beside = _street_beside(lines, index, cell) or _town_beside(lines, index, cell)
    if beside is not None:
        return beside
    spanning = _spanning_town_line(lines, index, cell, name)
    if spanning is not None:
        return spanning
    again = _printed_again(lines, index, cell, str(name.value), avoid)
    if again is not None and index < len(lines) // 3 and after_registered_caption(lines, again):
        # The footer's "Registered office: ..." after the name; the trading address stands
        # under the logo at the top (registeredoffice.py), and is the seller's.
        found = letterhead_address([ln for ln in lines if ln.page == lines[0].page], other)
        if found is not None and (other is None or _above(found, other)):
            again = name_piece_off(tagline_pieces_off(found), str(name.value)) or again
    if again is not None:
        return again
    page = [ln for ln in lines if ln.page == last.page]
    footer = last.y0 > 0.85 * max(ln.y1 for ln in page)
    if index < len(lines) // 3 or footer:  # a name in the footer: the letterhead's address
        nameless = _nameless_block(page, avoid)
        if nameless is not None:
            return nameless
    first = other.boxes[0] if other is not None and other.boxes else None
    above = first is None or (last.page, last.y0) < (first.page, first.y0)
    if index < len(lines) // 3 or footer or above:
        # The letterhead's address set apart from the name, above the other party.
        found = letterhead_address([ln for ln in lines if ln.page == lines[0].page], other)
        found = tagline_pieces_off(found)  # "Traiteur depuis 1998, 3 place ..." (a tagline)
        return name_piece_off(found, str(name.value))  # "Firma, Straße 1, ..." (namepiece.py)
    return None


def _above(found: Value, other: Value) -> bool:
    """Whether an address ends above the other party's name (a letterhead's, not a block
    beside the addressee's)."""
    if not found.boxes or not other.boxes:
        return False
    last, first = found.boxes[-1], other.boxes[0]
    return (last.page, last.y1) <= (first.page, first.y0)


def _spanning_town_line(lines: list[Line], index: int, cell: Cell, name: Value) -> Value | None:
    """A one-line address set under a logo's short name, wider than it on both sides and
    a line of the logo's largest letters below it ("RHÔNE" / "EMBALLAGES" over "14 rue de
    l'Industrie - ZI de Corbas - 69960 Corbas")."""
    line = lines[index]
    if index + 1 >= len(lines):
        return None
    under = lines[index + 1]
    tallest = max(box.y1 - box.y0 for box in name.boxes)
    if under.page != line.page or under.y0 - line.y1 > 1.6 * max(tallest, under.height):
        return None
    for spanning in under.cells:
        wider = spanning.x0 < cell.x0 - _ALIGN and spanning.x1 > cell.x1 + _ALIGN
        town = _town(spanning.text, [])
        if wider and town is not None and not _CONTACT.search(spanning.text[: town.start()]):
            return _joined([spanning])
    return None


def _listed_address(lines: list[Line], index: int) -> Value | None:
    """The address row of a caption | value list under the party's name ("Name: | ACME" /
    "Ansprechpartner: | ..." / "Anschrift: | Ecke 12" / "| DE 12345 Stadt"): its value and the
    rows under it in the value column, down to the town. Another caption's row, or a line
    that is neither ("Käufer" heading the next party's list), ends the search."""
    start = lines[index]
    bottom = start.y1
    for number in range(index + 1, min(index + 6, len(lines))):
        line = lines[number]
        if line.page != start.page or line.y0 - bottom > 2 * max(start.height, line.height):
            return None
        bottom = line.y1
        caption = line.cells[0]
        if len(line.cells) < 2 or not caption.text.rstrip().endswith(":"):
            if line.cells[0].x0 > start.cells[0].x1:
                continue  # a value row under another caption's ("| Hof 3")
            return None
        if _ADDRESS_ROW.fullmatch(caption.text.strip(" :")):
            return _listed_rows(lines, number, line.cells[1])
    return None


def _listed_rows(lines: list[Line], index: int, value: Cell) -> Value | None:
    """The address from its first row's value down its column to the town row."""
    taken = [value]
    line = lines[index]
    for number in range(index, min(index + _MAX_LINES, len(lines))):
        if number > index:
            following = lines[number]
            gap = following.y0 - line.y1 > 1.6 * max(line.height, following.height)
            if following.page != line.page or gap or following.cells[0].x0 < value.x0 - _ALIGN:
                return None  # a new caption's row, or the list is over
            line = following
            cell = line.cells[0]
            if abs(cell.x0 - value.x0) >= _ALIGN or _CONTACT.search(cell.text):
                return None
            taken.append(cell)
        text = taken[-1].text
        if _CODED_TOWN.match(text) or _town(text, taken[:-1]) is not None:
            edges = {(value.x0, max(c.x1 for c in taken))}
            return _joined(taken + _country_after(lines, line, edges))
    return None


def _printed_again(
    lines: list[Line], index: int, cell: Cell, name: str, avoid: set[str], street_only: bool = False
) -> Value | None:
    """A letterhead name alone at the top, printed again with its address: in the window's
    return address line ("Polder Delta AG · Mariahilfer Straße 1 · 4240 Linz"), a footer's
    line ("Nordlicht Messebau GmbH | Hafenstraße 64 | 28217 Bremen"), or a footer's block
    under the name ("Energía del Levante, S.A.U." / "Avda. de Aragón 30, 46021 Valencia").
    The name may be set in capitals at the top ("NORDLICHT MESSEBAU GMBH")."""
    page = lines[index].page
    folded = name.casefold()
    # A later page's footer prints it too (the first page has none, or no room for it).
    bottoms: dict[int, float] = {}
    for ln in lines:
        bottoms[ln.page] = max(bottoms.get(ln.page, 0.0), ln.y1)
    for number, candidate in enumerate(lines):
        in_footer = candidate.page > page and candidate.y0 > 0.85 * bottoms[candidate.page]
        if (candidate.page != page and not in_footer) or number == index:
            continue
        for again in candidate.cells:
            phrase = _phrase(candidate, again)
            found = None
            if again is not cell and phrase.text.casefold().startswith(folded):
                found = rest_of_line(phrase, name) or rest_of_line(
                    with_cells_after(candidate, again), name
                )
                if found is None and bare_name(phrase.text, folded):
                    edges = {(again.x0, again.x1)}
                    found = _block_below(lines, number, edges, avoid, name)
            if found is None and again is not cell:
                found = _rest_under(lines, number, phrase.text, name)
            top = again is not cell and number < len(lines) // 3
            if found is None and top and same_start(phrase.text, name):
                found = _block_below(lines, number, {(again.x0, again.x1)}, avoid, name)
                # "Reifen · Felgen · Achsvermessung | Am Stadtrand 55 · ...": the band's trades.
                found = tagline_pieces_off(found) or _street_beside(lines, number, again)
            if found is not None and not (street_only and PO_BOX.match(str(found.value))):
                return found
    return None


def _rest_under(lines: list[Line], number: int, text: str, name: str) -> Value | None:
    """A letterhead name set over two lines, its address after the second's end ("Trattoria
    Il Melograno" / "di Bellandi Marco & C. s.n.c. — Via dei Serragli 41/r — 50124 Firenze")."""
    head = text.strip(" ,").casefold()
    if len(head.split()) < 2 or not name.casefold().startswith(head + " "):
        return None
    rest = name[len(head) :].strip()
    line = lines[number]
    following = lines[number + 1] if number + 1 < len(lines) else None
    if following is None or following.page != line.page:
        return None
    if following.y0 - line.y1 > 1.6 * max(line.height, following.height):
        return None
    for cell in following.cells:
        phrase = _phrase(following, cell)
        if phrase.text.casefold().startswith(rest.casefold()):
            return rest_of_line(phrase, rest)
    return None


def _street_beside(lines: list[Line], index: int, name: Cell) -> Value | None:
    """A letterhead's street and town set in a column of their own on the name's line and
    the one under it, flush left or right ("KAFFEERÖSTEREI OBERPFALZ   Gewerbering 7" /
    "92224 Amberg")."""
    line = lines[index]
    if index + 1 >= len(lines) or lines[index + 1].page != line.page:
        return None
    for street in line.cells[line.cells.index(name) + 1 :]:
        if not any(ch.isdigit() for ch in street.text) or _CONTACT.search(street.text):
            continue
        if _town(street.text, []) is not None:
            continue
        edges = {(street.x0, street.x1)}
        for town in lines[index + 1].cells:
            if remit_caption(town.text):
                continue  # "Remit payments to: P.O. Box ..." under the footer's pieces
            if _aligned(town, edges) and _town(town.text, [street]) is not None:
                return _joined([*_street_above(lines, index, street), street, town])
    return None


def _town_beside(lines: list[Line], index: int, name: Cell) -> Value | None:
    """A town line beside the name with its street flush over it, on the line above; a
    postcode-less town with its country ("14 Creek Road, Apapa" / "Lagos, Nigeria") too."""
    line = lines[index]
    for town in line.cells[line.cells.index(name) + 1 :]:
        found = _town(town.text, [])
        if found is not None and found.start() > 0:
            continue
        street = _street_above(lines, index, town)
        if not street or street[0].x0 <= name.x1:
            continue
        found = found or postcodeless_town(town.text, street)
        if found is not None and found.start() == 0:
            return _joined([*street, town, *_country_under(lines, index, town)])
    return None


def _country_under(lines: list[Line], index: int, town: Cell) -> list[Cell]:
    """The country flush under the town line beside the name ("79102 Freiburg" / "Germany"):
    the block's last line (a code alone, "DE", may be a table's caption)."""
    line = lines[index]
    if index + 1 >= len(lines) or lines[index + 1].page != line.page:
        return []
    below = lines[index + 1]
    if below.y0 - line.y1 > 1.6 * line.height:
        return []
    for cell in below.cells:
        flush = abs(cell.x1 - town.x1) < _ALIGN or abs(cell.x0 - town.x0) < _ALIGN
        if flush and len(cell.text.strip()) > 2 and COUNTRY.match(cell.text.strip()):
            return [cell]
    return []


def _street_above(lines: list[Line], index: int, street: Cell) -> list[Cell]:
    """The block's first line when the street line beside the name is its second, flush
    with it on the right ("Unit 7, Peffermill Industrial Estate" over "25 King's Haugh")."""
    line = lines[index]
    if index == 0 or lines[index - 1].page != line.page:
        return []
    above = lines[index - 1]
    if line.y0 - above.y1 > 1.6 * line.height:
        return []
    for cell in above.cells:
        flush = abs(cell.x1 - street.x1) < _ALIGN or abs(cell.x0 - street.x0) < _ALIGN
        numbered = any(ch.isdigit() for ch in cell.text) and not _CONTACT.search(cell.text)
        if flush and numbered and _town(cell.text, []) is None:
            return [cell]
    return []


def _nameless_block(page: list[Line], avoid: set[str]) -> Value | None:
    """A letterhead's address set apart from its name, in a column of its own at the top,
    flush left or flush right: one or two street lines and a town line, nothing above them,
    the company's contact and register lines under them ("Kerkstraat 12a / 7561 BE
    Deurningen / Tel. ... / KvK ...", "Unit 7, Peffermill Industrial Estate / 25 King's
    Haugh / Edinburgh EH16 5UY / 0131 661 4827 / hello@...")."""
    bottom = max(ln.y1 for ln in page)
    for index, line in enumerate(page):
        if line.y0 > 0.4 * bottom:
            break
        for cell in line.cells:
            if not any(ch.isdigit() for ch in _without_year(cell.text)):
                continue  # a street has a number ("depuis 1962" in a tagline is none) ...
            if _town(cell.text, []) is not None:
                continue  # ... and no town
            if _CONTACT.search(cell.text) or not _heads_nothing(page, index, cell, named=True):
                continue
            if under_other_name(page, index, cell, avoid):
                continue  # the addressee's street under its name (othersblock.py)
            below = _column_under(page, index, cell)
            for count in (1, 2):
                if len(below) < count + 2 or _CONTACT.search(below[count - 1].text):
                    break
                if _town(below[count - 1].text, [cell, *below[: count - 1]]) is None:
                    continue
                # "9000 Gent" / "België" / "BTW BE 0456.789.133": the country under the town.
                country = below[count : count + 1] if COUNTRY.match(below[count].text) else []
                contact = all(
                    _CONTACT.search(c.text) or _PHONE.match(c.text)
                    for c in below[count + len(country) :]
                )
                if contact and cell.text not in avoid:
                    return _joined([cell, *below[:count], *country])
                break
    return None


def _without_year(text: str) -> str:
    """ "depuis 1962", "since 1988": a founding year is no house number."""
    return re.sub(r"\b(?:18|19|20)\d{2}\b", "", text)


# A phone number alone on its line ("0131 661 4827", "+31 (0)20 555 0199").
_PHONE = re.compile(r"^\+?[\d\s()./-]{7,}$")


def _column_under(page: list[Line], index: int, cell: Cell) -> list[Cell]:
    """Up to four cells under a cell, close under each other, flush with its left or right
    edge (a right-aligned block's lines start at different places)."""
    return flush_under(page, index, cell, most=4, span=7, slack=lambda _line: 4.0)


def _heads_nothing(page: list[Line], index: int, cell: Cell, named: bool = False) -> bool:
    """True when no line of the cell's column runs on just above it; `named`: or only the
    logo's name or tagline, no number in it but a year ("& Fils — fournitures de bureau
    depuis 1962" over the street)."""
    line = page[index]
    for above in reversed(page[max(0, index - 3) : index]):
        if line.y0 - above.y1 > 1.6 * line.height:
            return True
        aligned = [c for c in above.cells if abs(c.x0 - cell.x0) < 4]
        if aligned:
            # "depuis 1962", "since 1988": a founding year is no house number.
            return named and not any(ch.isdigit() for ch in _without_year(aligned[0].text))
    return True


def _block_below(
    lines: list[Line],
    index: int,
    edges: set[tuple[float, float]],
    avoid: set[str],
    name: str = "",
    pitch: float = 0.0,
) -> Value | None:
    start = lines[index]
    bottom, height = start.y1, start.height
    taken: list[Cell] = []
    # Where the next box's column starts on the name's line: party boxes side by side.
    right = max(x1 for _, x1 in edges)
    limit = min((c.x0 for c in start.cells if c.x0 > right), default=float("inf"))
    for number in range(index + 1, min(index + 9, len(lines))):
        line = lines[number]
        # A blank line may part the name from its first address line (a sidebar's "ACME
        # Consulting Ltd" / gap / "3rd Floor" / "14 Park Row" / "Leeds LS1 5HD").
        spacing = 1.6 if taken else 2.0
        gap = line.y0 - bottom > spacing * max(height, line.height)
        gap = gap and not blank_under_name(start, pitch, line, taken)  # (namepitch.py)
        # ... or a blank line the town's own under the street (blanktownline.py).
        if line.page != start.page or (
            gap and not (town_after_blank(start, taken, line) or beside_block(line, taken))
        ):
            aligned = next((c for c in line.cells if _aligned(c, edges)), None)
            if line.page != start.page or not address_after_name_lines(
                taken, bottom, height, line, aligned
            ):
                break
            taken.clear()  # "Baumeister" / "Ing. ..." / blank / street (namelinesblank.py)
        centred = _centred_line(line, edges)
        if centred is not None and not any(ch.isdigit() for ch in centred.text):
            # "Mehmet Özdemir · Taxiunternehmen": owner and trade under the name, no address.
            bottom, height = line.y1, line.height
            continue
        cell = centred or next((c for c in line.cells if _aligned(c, edges)), None)
        if cell is None:
            continue
        if centred is None and after_id_caption(line, cell):
            bottom, height = line.y1, line.height
            continue  # "RFC: | DFN0309128Q9" in the party's caption rows (colonrows.py)
        if centred is None and not _flush_right(cell, edges):
            # A block set flush right takes no cell beyond its edge (a logo's letters).
            # ... nor the next column's words across a narrow gutter (columngutter.py).
            cell = short_of_column(cell, _phrase(line, cell), limit)
        elif centred is None:
            # ... but the words a space before it, in monospaced print ("9712 | AN Groningen").
            cell = phrase_before(line, cell)
        # "Comune: Modena  Provincia: MO  Cap: 41126": the town line in postal order.
        under = lines[number + 1] if number + 1 < len(lines) else None
        cell = captioned_town(line, cell, limit, under) or cell
        cell = town_with_postcode_cell(line, cell, taken, limit) or cell  # "LEEDS  LS10 1TF"
        coded = town_under_code(taken, cell, line, under)  # "04356" / "Leipzig"
        if coded is not None:
            cell, line = coded
        if taken and name and (_names_party(cell.text, name) or id_after_names(taken, cell.text)):
            # "Développement web ..." / "EI Camille Roussel" / street: a tagline and the
            # legal name under the letterhead's name come before the address proper; so do
            # the owner's name and the ID under a shop's ("NIF ...", idundernames.py).
            taken.clear()
            bottom, height = line.y1, line.height
            continue
        text = cell.text
        if text.strip() in avoid:
            # The other party's name ends the block even where its words would be passed
            # over as a line under this name (a legal-form name read as the firm's other one).
            break
        registered = register_then_address(cell) if not taken else None
        if registered is not None:
            return registered  # "CIF A50188234 · Paseo ... 31, 50001 Zaragoza" (lineaddress.py)
        if not taken and (
            REGISTRATION_UNDER_NAME.match(text)
            or is_bare_spanish_id(text)  # "B86429313" alone under the name (bareiberianid.py)
            or OWNER_LINE.match(text)
            or OWNER_BY_DI.match(text)  # "BAR IL CHIOSTRO" / "di De Luca Anna" / street
            or elided_trade_line(text)  # "Garten- und Landschaftsbau" (elidedtrades.py)
            or ADDRESS_CAPTION.fullmatch(text.strip())
            or display_line(text)
            or (SHARE_CAPITAL.search(text) and _town(text, []) is None)
            or other_language_name(text)
            or regime_line(text)  # "Giro: ...", "Responsable de IVA" (latamtown.py)
            or status_line(text)  # "egyéni vállalkozó" under the owner (tradestatus.py)
        ):
            # ... a sole trader's owner under the firm ("Inh. Heiko Wendt"), or a caption
            # alone over the street ("Hausanschrift:"), or a tagline with a founding year
            # ("BOOKSELLERS · FINE BINDING · EST. 1911"), or the legal form with the share
            # capital the law asks a company to print ("SAS au capital de 50 000 €"), or the
            # firm's name in its region's other language ("Mair Tecnica Industriale S.r.l."
            # under "Mair Industrietechnik GmbH"): no part of the address.
            bottom, height = line.y1, line.height
            continue
        cell = capital_piece_off(cell)  # "SARL au capital de 40 000 € – 9 chemin ..."
        text = cell.text
        town = _town(text, taken) or code_then_country(text)  # "R93 X2F4 Ireland"
        town = town or six_digit_town(text, taken)  # "400363 Cluj-Napoca" (sixdigittown.py)
        if taken and under is not None:  # "Noida 201301" over "India" (countrypostcodes.py)
            town = town or country_postcode_town(text, country_under(under, cell))
            town = town or pin_over_indian_ids(lines, number, cell)  # "... GSTIN: ..." under
        town = town or postcodeless_town(text, taken)  # "Dubai, U.A.E." (postcodelesstown.py)
        town = town or separated_town(text, taken)  # "Manchester · M16 7BF" (separatedtown.py)
        town = latam_town(text, [c.text for c in taken], town)  # "Pirque - Región ..."
        # Contact details may follow the town on its line ("22100 Como (CO) - P.IVA ...").
        head = text[: town.start()] if town else text
        if _CONTACT.search(head) or opens_other_block(text, taken, avoid) or text in avoid:
            break  # contact lines, or the other party's block ("Herrn Max Mustermann")
        if not taken and town is None and _other_caption(text):
            # "Regime fiscale: RF01" between the name and "Indirizzo: Via dei Mille 23".
            bottom, height = line.y1, line.height
            continue
        taken.append(cell)
        bottom, height = line.y1, line.height
        if town:
            # A centred letterhead line may go on after the town (" · (860) 555-0142").
            after = RETURN_SEPARATOR.search(text, town.end())
            # ... or go on into its contacts after a colon or none ("OL9 6RS: Tel 0161 ..."),
            # a scan's lost separator before them too ("84030 Ergolding Tel. ... · info@").
            contact = _CONTACT.search(text, town.end())
            if contact is not None and (after is None or contact.start() < after.start()):
                after = contact
            after = after or register_sentence(text, town.end())  # ". Registered in"
            rest = text[after.end() :].strip(" ,") if after is not None else ""
            kept_on = COUNTRY.match(rest) or _STREET_AFTER.match(rest)
            # "4025 Debrecen, Piac utca 48. · Adószám: ..." (streetaftertown.py)
            cut = street_piece_end(text, after.end()) if after is not None else None
            if after is not None and not kept_on and not region_after_town(text, after.start()):
                end = after.start() if cut is None else cut
                kept = [w for w in cell.words if w.box.x0 < _x_at(cell, end)]
                if kept and cut is None and kept[-1].text.endswith((":", ";", ".")):
                    kept[-1] = replace(kept[-1], text=kept[-1].text.rstrip(":;."))
                taken[-1] = Cell(kept)
            taken = trade_tagline_off(taken, start)  # "Technical Translation" over the street
            taken = reader_lines_off(taken)  # "z. Hd. Frau ...", "Attn: ..." (readerlines.py)
            taken = contact_off(name, taken)  # "Firma GmbH" / "Torti Mayer" / street
            taken = street_under_town(taken, lines, number)  # "1139 Budapest" / "Váci út 91."
            if postcode_alone(taken):
                return None  # "Domicilio fiscal: | C.P. 64000" (colonrows.py)
            return _joined(_without_tagline(taken, town) + _country_after(lines, line, edges))
        if len(taken) >= _MAX_LINES:
            break
    return None
