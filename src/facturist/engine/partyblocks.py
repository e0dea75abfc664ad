"""Address blocks that name a party without a caption: the recipient in an envelope's window
under the sender's return address, a block opened by a salutation, a name over a street and a
town. How a block's name runs on to its next line is continuednames.py."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from facturist.engine.column_captions import names_columns, names_item_columns
from facturist.engine.contactlineend import starts_after_contacts
from facturist.engine.continuednames import CARE_OF as CARE_OF
from facturist.engine.continuednames import RECIPIENT_OPENING as RECIPIENT_OPENING
from facturist.engine.continuednames import SALUTATION, SALUTATIONS
from facturist.engine.continuednames import continued_name as continued_name
from facturist.engine.continuednames import run_of_cells as run_of_cells
from facturist.engine.deliverycaption import delivery_caption
from facturist.engine.gridcaptions import in_caption_grid
from facturist.engine.labels import (
    BUYER_SECTION,
    DOCUMENT_TITLE,
    LABEL_VALUE_LINE,
    SELLER_SECTION,
)
from facturist.engine.layout import Cell, Line
from facturist.engine.legalfooter import is_sentence
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.letterheadcolumn import right_of_column
from facturist.engine.letterheadtagline import trade_words_before_name
from facturist.engine.model import Value
from facturist.engine.ownnameblock import holds_own_name
from facturist.engine.partynames import (
    address_heading,
    customer_number,
    names_by_form,
    not_a_name,
)
from facturist.engine.postcodelesstown import postcodeless_town
from facturist.engine.registercourt import register_court
from facturist.engine.returnzone import deep_notes_zone, smaller_print
from facturist.engine.roleline import role_line
from facturist.engine.sitecaptions import site_line
from facturist.engine.townoverpostcode import town_over_postcode
from facturist.engine.towns import POSTCODE_TOWN, town_in
from facturist.engine.wordspace import phrase


def uncaptioned_block(lines: list[Line], seller: Value | None) -> Value | None:
    """The buyer when nothing captions it and no return address or salutation stands above:
    a name over a street and a postcode/town line, in any column of page one's upper half,
    that is not the seller's ("Hôtel Les Tilleuls SAS / 12 rue ... / 69002 Lyon")."""
    page = [ln for ln in lines if ln.page == lines[0].page]
    bottom = max(ln.y1 for ln in page)
    own = str(seller.value).casefold() if seller is not None else ""
    for index, line in enumerate(page):
        if line.y0 > 0.45 * bottom:
            break
        if names_columns(line):
            continue  # "Description | Quantity | Amount" heads the items: captions, no one's name
        for cell in line.cells:
            text = phrase(line, cell).text.strip()  # "RESTAURANT | DE | GOUDEN | LEEUW"
            folded = text.casefold()
            if len(text) < 3 or not_a_name(text):
                continue
            if is_sentence(text) and not names_by_form(text):
                continue  # "Please keep this bill for your records": a note, no one's name
            if (
                any(ch.isdigit() for ch in text)
                and not OWNERS_ASSOCIATION.match(text)
                # "Halle 7 Veranstaltungs GmbH", "3D Druck Werk GmbH": a digit in a name
                # with its legal form.
                and not names_by_form(text)
            ):
                continue  # a street or number line; a co-owners' association bears its street's
            if own and (folded.startswith(own) or own.startswith(folded)):
                continue  # the seller's letterhead block
            if own and holds_own_name(folded, own):
                continue  # "Coöperatie Bloemenveiling Westland U.A." (ownnameblock.py)
            if _sellers_office(folded, own):
                continue  # "Ondea Mobile - Service Clients / TSA 40021": the seller's reply address
            if _HEADING.match(text) and not LEGAL_FORM.search(text):
                continue  # "Votre contrat", "Your account": a section's heading, no one's name
            if LABEL_VALUE_LINE.match(text) or delivery_caption(text) or _only_opening(text):
                continue  # "Exmo.(s) Sr.(s)" opens the block; the name is on the next line
            if text.endswith(":"):
                continue  # "Maître d'ouvrage – adresse de facturation :" captions the block
            if role_line(text):
                continue  # "The Manager" opens the block; the company is on the next line
            if register_court(text):
                continue  # "Amtsgericht Bremen" over "HRB 28814 HB": the seller's register
            if GREETING.match(text):
                continue  # "Gentile cliente" greets the reader; the name is on the next line
            if party_caption(text):
                continue  # "From" over the seller's block, "Consignor / Billed to": captions
            if in_caption_grid(page, index, line.cells.index(cell)):
                continue  # "Número | Fecha | Albarán" over their values: captions
            if not _starts_block(page, index, cell) or town_over_postcode(page, index, cell):
                continue  # "Harrogate" over "HG1 1LE": a town line (townoverpostcode.py)
            bottom_line = _town_line(page, index, cell)
            if bottom_line is None:
                continue
            if seller is not None and _holds(page[index : bottom_line + 1], cell, seller):
                continue  # the letterhead over its legal name ("SAS Transports ..."): the seller's
            # A buyer's block: "Mr. David Harper" over "Northwind Consulting Ltd" names the
            # contact, then the company (not one name).
            return continued_name(page, index, cell, text, contact=True)
    return None


def _sellers_office(folded: str, own: str) -> bool:
    """Whether a block's first line names the seller, without its legal form, then one of its
    departments ("Ondea Mobile - Service Clients" of "Ondea Mobile SAS"): telecoms' and
    utilities' reply address beside the window, the seller's own."""
    stem = LEGAL_FORM.sub("", own).strip(" ,.-")
    return len(stem) >= 5 and stem != own and folded.startswith(stem + " ")


# A section's heading that addresses the reader ("Votre contrat", "Your account", "Ihr
# Vertrag", "Uw gegevens", "Sus datos"): it stands over the customer's details, names no one.
_HEADING = re.compile(
    r"^(?:votre|vos|your|ihre?|uw|jouw|sus?|tus?|vostr[oaie]|seus?|suas?)\s+\S+$", re.IGNORECASE
)


def letterhead_over_recipient(top: list[Line], index: int, cell: Cell) -> Value | None:
    """The letterhead at the page's top left when it heads its own street-and-town block and
    the legal-form name in `cell` heads another, lower and right of it (no caption on either):
    the letterhead's is the sender, the other block the window's recipient."""
    first = top[0]
    head = first.cells[0]
    text = head.text.strip()
    if index == 0 or len(text) < 3 or any(ch.isdigit() for ch in text) or not_a_name(text):
        return None
    if LEGAL_FORM.search(text) or cell.x0 < 0.4 * top[index].words[-1].box.x1:
        return None
    if cell.x0 < head.x1 and not right_of_column(top, head, cell):
        return None  # the recipient's block stands right of the letterhead's column
    if not (_starts_block(top, index, cell) and _town_line(top, index, cell) is not None):
        return None
    if not _heads_address(top, head):
        return None
    return Value(text, head.text, head.boxes, 0.5)


def _heads_address(top: list[Line], head: Cell) -> bool:
    """Whether the letterhead's address follows under it, in its column: the first line there
    close under the (large) name, running down to a postcode and town."""
    previous, tagline = top[0], False
    for offset, below in enumerate(top[1:5], start=1):
        aligned = [c for c in below.cells if abs(c.x0 - head.x0) < 6]
        if not aligned:
            continue
        # A tagline under the name sets the address apart by a blank line or so.
        gap = (3.0 if tagline else 1.5) * previous.height
        if below.page != top[0].page or below.y0 - previous.y1 > gap:
            return False
        text = aligned[0].text
        if POSTCODE_TOWN.search(text) or _town_line(top, offset, aligned[0]) is not None:
            return True
        if tagline or LEGAL_FORM.search(text):
            return False
        # "impression numérique & offset — depuis 1978" between the letterhead's name and its
        # street: the trade the firm prints under its name; the address follows.
        previous, tagline = below, True
    return False


def party_caption(text: str) -> bool:
    """A line that only captions a party's block: "From", "To", "Bill to", or role words
    joined by slashes ("Consignor / Billed to"), one of them a seller's or buyer's caption.
    An Indian or Gulf letter's "To," over "M/s. ..." is one as well."""
    text = text.removesuffix(",")
    pieces = [p.strip(" :") for p in text.split("/")]
    if _ROLE_CAPTION.fullmatch(text.strip(" :")):
        return True  # "COUNTERPART" over the buyer's block: its role, no name
    if not pieces or any(len(p.split()) > 3 or not p for p in pieces):
        return False
    return any(
        (found := section.match(piece)) is not None and not piece[found.end() :].strip(" :")
        for piece in pieces
        for section in (SELLER_SECTION, BUYER_SECTION, _BARE_TO)
    )


# A role caption alone over a party's block (a Greek myDATA print's "COUNTERPART"), no name.
_ROLE_CAPTION = re.compile(r"counterpart(?:y)?|recipient|receiver|addressee", re.IGNORECASE)
# "To" alone (without its colon) heads the addressee's block as "To:" does.
_BARE_TO = re.compile(r"^(?:to|an|[àa])$", re.IGNORECASE)


def _holds(block: list[Line], cell: Cell, seller: Value) -> bool:
    """Whether the seller's name stands in the block the cell heads (its column, its lines)."""
    for line in block:
        for other in line.cells:
            if abs(other.x0 - cell.x0) < 8 and any(box in seller.boxes for box in other.boxes):
                return True
    return False


def _only_opening(text: str) -> bool:
    """A courtesy line without a name ("Exmo.(s) Sr.(s)", "Herrn"); "Mme Claire Dubreuil"
    opens the block and names the buyer in one line."""
    opening = RECIPIENT_OPENING.match(text)
    if opening is None:
        return False
    # "Exmo.(s) Sr.(s)", "Exmo(a). Sr(a).": the plural's or the other sex's ending in brackets.
    rest = re.sub(r"\((?:e?s|as?)\)", "", text[opening.end() :]).strip(" :.")
    return len(rest) < 3 or RECIPIENT_OPENING.match(rest) is not None


def _starts_block(page: list[Line], index: int, cell: Cell) -> bool:
    """True when no line of the same column runs on just above the cell ("The Netherlands"
    under "5145 PD Waalwijk" ends the seller's block, it starts none)."""
    below = page[index]
    for above in reversed(page[max(0, index - 4) : index]):
        aligned = [c for c in above.cells if abs(c.x0 - cell.x0) < 6]
        if not aligned:
            continue
        if above.page != below.page or below.y0 - above.y1 > 1.6 * below.height:
            return True
        text = aligned[0].text.strip()
        # A return-address line (dotted apart; OCR may garble its postcode) or a courtesy
        # line heads the block below it.
        # So does the customer's number over its block ("KLANT 40812" / "RESTAURANT ...").
        return is_return_address(text) or bool(
            RECIPIENT_OPENING.match(text)
            or GREETING.match(text)
            or party_caption(text)
            or role_line(text)  # "The Manager" over "Copperleaf Café Ltd"
            # "Postadresse", "Billing address": a box's heading over the addressee's lines.
            or address_heading(text)
            # "Maître d'ouvrage – adresse de facturation :": a caption heads its block.
            or text.endswith(":")
            or re.search(r"[●•·|▪■]", text)
            or customer_number(phrase(above, aligned[0]).text)
            # "Please keep this bill for your records" over the addressee's name: a note's
            # sentence, no line of an address block.
            or (is_sentence(text) and not any(ch.isdigit() for ch in text))
            # "USt-IdNr. ATU..." ends the sender's block, a blank line over the addressee's.
            or starts_after_contacts(page, index, cell)
        )
    return True


# A greeting line over the addressee's block, no name in it ("Gentile cliente" over "GIULIA
# FERRARESI / VIA ...", as telecoms and utilities print it; "Dear customer", "Sehr geehrte
# Kundin", "Cher client", "Geachte klant", "Estimado cliente").
GREETING = re.compile(
    r"^(?:gentile|gent\.(?:mo|ma)|egregi[oa]|caro|cara|dear|sehr geehrter?|liebe[rs]?"
    r"|ch[eè]re?s?|estimad[oa]s?|querid[oa]s?|geachte|beste|prezad[oa]s?)"
    r"\s+(?:client[ea]?s?|customer|kund(?:e|in|innen)|klant|abonnat[oa]|subscriber|member"
    r"|utente|cliente)[,!]?$",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")


def _ends_in_town(page: list[Line], index: int, cell: Cell) -> bool:
    """True when the lines under a cell, aligned with it, run down to a postcode and town."""
    return _town_line(page, index, cell) is not None


def _town_line(page: list[Line], index: int, cell: Cell) -> int | None:
    """The index of the postcode and town line the lines under a cell run down to."""
    previous = page[index]
    previous_text = cell.text
    # A skewed scan's column edge drifts by a few pixels a line (OCR's pixel coordinates).
    tolerance = max(6.0, 0.2 * page[index].height)
    edge = cell.x0  # ... so each line is also held against the block's line above it
    step = 0.0  # ... and the drift it steps by each line (a tilted photo's edge keeps on)
    seen: list[Cell] = []
    for offset, below in enumerate(page[index + 1 : index + 7], start=index + 1):
        aligned = [
            c
            for c in below.cells
            if abs(c.x0 - cell.x0) < tolerance
            or abs(c.x0 - edge) < 0.5 * tolerance
            or abs(c.x0 - edge - step) < 0.5 * tolerance
        ]
        run_in = [] if aligned else _run_into(below, cell)
        if not aligned and not run_in:
            continue  # a line of the other column between two of this block's
        town = phrase(below, aligned[0]).text if aligned else run_in[0].text
        if below.page != previous.page or (
            below.y0 - previous.y1 > 1.6 * below.height
            and not _blank_line_before_town(previous, below, previous_text, town)
        ):
            return None
        # A town in capitals ("59000 LILLE") ends a block as well as "59000 Lille"; a Gulf
        # state's town and country without a postcode as well ("Dubai" / "United Arab
        # Emirates" under the street, postcodelesstown.py).
        placed = town_in(town) or postcodeless_town(town, seen)
        if placed and not _NUMERIC_DATE.search(town):
            return offset  # "13-09-2017 Time" on a receipt is a date, no town
        previous, previous_text = below, town
        seen.append(aligned[0] if aligned else run_in[0])
        step, edge = (aligned[0].x0 - edge, aligned[0].x0) if aligned else (step, edge)
    return None


def _blank_line_before_town(previous: Line, below: Line, street: str, town: str) -> bool:
    """Whether one blank line parts a street from the postcode and town under it: DIN
    5008's older address block ("Hafenstraße 88" / blank / "26789 Leer") leaves it."""
    gap = below.y0 - previous.y1
    if gap > 3.4 * max(below.height, previous.height):
        return False
    return (
        _HOUSE_NUMBER_END.search(street) is not None
        and POSTCODE_TOWN.match(town.strip()) is not None
    )


# A street ending in its house number ("Hafenstraße 88", "Am Markt 3a", "Hauptstr. 12-14").
_HOUSE_NUMBER_END = re.compile(
    r"[^\W\d_]{3,}\.?\s+\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-zA-Z]?)?$"
)


def _run_into(line: Line, cell: Cell) -> list[Cell]:
    """The words of a cell from the one starting under `cell` on, when the cell starts left
    of it: OCR reads the column to the left and this one as one cell ("AL-25-02117 18005
    Granada") where the gap between them is narrow."""
    for other in line.cells:
        if other.x0 < cell.x0 - 6 < other.x1:
            starts = [i for i, w in enumerate(other.words) if abs(w.box.x0 - cell.x0) < 6]
            if starts:
                return [Cell(other.words[starts[0] :])]
    return []


def first_piece(text: str) -> str:
    """The name of a cell, or of a return-address line ("ACME S.L.· Calle 6 · 28581 Madrid")."""
    if is_return_address(text):
        pieces = [p.strip() for p in RETURN_SEPARATOR.split(text) if p.strip()]
        if pieces:
            # "Farben · Lacke — Malerbedarf Wagner GmbH · Str. 3 · Town": trades, the name.
            return trade_words_before_name(pieces)[0]
    return text.strip(" ,●·|")


# The marks that part a footer's pieces, commas aside ("ACME, Inc. | 1 Main St", "Lumi SAS —
# 16 rue ... — RCS Paris"). A dash between two digits is a house-number range ("Lindenallee
# 18–20"), no mark.
STRONG_SEPARATOR = re.compile(r"[●•·|▪■]|(?<!\d)[–—]|[–—](?!\d)|\s-\s")


def owner_after_name(rest: str) -> bool:
    """Whether the words after a letterhead's name printed again at its block's head are the
    owner's or legal name after a dash ("Élec'Tric 33 — Julien Carrère EI"): a mark, then
    words without a digit; the address is the block under that line."""
    mark = STRONG_SEPARATOR.match(rest)
    after = rest[mark.end() :].strip() if mark is not None else ""
    return bool(after) and len(after.split()) <= 5 and not any(ch.isdigit() for ch in after)


# The marks that part a return address's pieces ("ACME GmbH ● Ecke 12 ● 12345 Stadt").
RETURN_SEPARATOR = re.compile(rf"{STRONG_SEPARATOR.pattern}|,\s")


_WINDOW_GAP = 40
# A building's co-owners' association named after its street and number: "Sameiet
# Solheimsgaten 22", "Borettslaget" (no), "Asunto Oy"/"Kiinteistö Oy" (fi), "Brf" (se),
# "E/F", "A/B", "Ejerforeningen" (dk), "VvE", "Vereniging van Eigenaren" (nl) and "...
# Eigenaars" (be), "WEG" (de), "Condominio" (it), "Comunidad de Propietarios" (es),
# "Comunitat de Propietaris" (ca), "Condomínio" (pt).
OWNERS_ASSOCIATION = re.compile(
    r"^(?:sameiet|borettslaget|asunto[- ]oy|as\.? oy|kiinteist[öo] oy|brf"
    r"|bostadsr[äa]ttsf[öo]reningen"
    r"|e/f|a/b|ejerforeningen|andelsboligforeningen|vve|vereniging van eigena(?:ars|ren)|weg"
    r"|wohnungseigent[üu]mergemeinschaft|eigent[üu]mergemeinschaft|condom[ií]nio"
    r"|comunidad de propietarios|comunitat de propietaris"
    r"|copropri[ée]t[ée]|syndicat des copropri[ée]taires)\s+\S",
    re.IGNORECASE,
)


def window_address(lines: list[Line]) -> tuple[Value | None, Value | None]:
    """The recipient of a window-envelope letter (DIN 5008) and the sender it names.

    Without a "Bill to" label the buyer is the address block at the top left of page one.
    It is told from other address blocks by what stands above it: the sender's return
    address in one line of small print ("ACME GmbH ● Ecke 12 ● 12345 Stadt"), or else a
    salutation ("Herrn", "Firma") opening a block that ends in a postcode and town.
    """
    if not lines:
        return None, None
    page = [ln for ln in lines if ln.page == lines[0].page]
    bottom = max(ln.y1 for ln in page)
    for index, line in enumerate(page):
        if line.y0 > 0.45 * bottom:
            break
        # The window sits left in Germany, right in Switzerland and France: any run of cells.
        for run in _runs(line.cells):
            text = " ".join(c.text for c in run)
            if _FRANKING.match(text):
                found = _recipient_below(page, index, run)
                if found is not None:
                    return found, None
            pieces = _sender_pieces(run[0].text)
            if not pieces or any(ch.isdigit() for ch in pieces[0]):
                continue  # a letterhead's "Street 140 · 47229 Town" line names no sender
            if site_line(text):
                continue  # "Chantier : Immeuble ..., 1008 Prilly": the job's site (sitecaptions.py)
            if is_return_address(text):
                run = _through_town(run)
                found = _recipient_below(page, index, run)
                if found is not None:
                    return found, Value(pieces[0], run[0].text, run[0].boxes, 0.6)
                if index > 0 and _over_table(page, index, run) and not _NUMERIC_DATE.search(text):
                    # Name, street and town in one line straight over the item table, under
                    # the letterhead: no return address (one has its recipient under it),
                    # the addressee printed in one line on a compact (landscape) page; never
                    # a subject line naming the service's site and period ("Afhentning af
                    # erhvervsaffald, Industrivej 7, 8883 Gjern – perioden 01.05.2024 – ...").
                    return Value(pieces[0], run[0].text, run[0].boxes, 0.6), None
        if SALUTATION.match(line.cells[0].text.strip()) or SALUTATIONS.match(
            line.cells[0].text.strip()
        ):
            found = _addressed_block(page, index)
            if found is not None:
                return found, None
        first = line.cells[0]
        if (
            _TITLED_NAME.match(first.text)
            and not _block_above(page, index, first)
            and _ends_in_town(page, index, first)
        ):
            # "Dhr. R. Bakker" / "Watergoorweg 41" / "3861 MA Nijkerk": a courtesy title
            # opening the name heads the addressee's block, however plain its lines (a
            # company's name over it makes the person its contact, no addressee of its own).
            return Value(first.text, first.text, first.boxes), None
    return None, None


def _through_town(run: list[Cell]) -> list[Cell]:
    """The return address's cells up to its town, without a right-hand column's caption
    that a narrower gap than the window's joins to it ("Rheinland Office Catering e.K. ·
    Deutzer Freiheit 71 · 50679 Köln   Rechnung Nr.: 2024-11-0457" in Courier, which sets
    the address's own words apart in cells too): the window's column ends at the town."""
    if len(run) < 3:
        return run
    for end, cell in enumerate(run):
        if POSTCODE_TOWN.search(cell.text) or (
            end > 0 and POSTCODE_TOWN.search(f"{run[end - 1].text} {cell.text}")
        ):
            break
    else:
        return run
    inner = max((b.x0 - a.x1 for a, b in pairwise(run[: end + 1])), default=0.0)
    for position in range(end + 1, len(run)):
        if run[position].x0 - run[position - 1].x1 > max(3 * inner, 15.0):
            return run[:position]
    return run


def _block_above(page: list[Line], index: int, cell: Cell) -> bool:
    """Whether a line right above holds a cell flush with `cell` (another column's lines may
    stand between, interleaved): the block starts higher."""
    line = page[index]
    for above in reversed(page[max(0, index - 3) : index]):
        if above.page != line.page or line.y0 - above.y1 > 1.6 * line.height:
            return False
        if any(abs(c.x0 - cell.x0) < 4 for c in above.cells):
            return True
    return False


# A courtesy title and the name after it on one line ("Dhr. R. Bakker", "Herrn Max Weber",
# "Mrs Jane Doe", "Mevr. de Vries", "Mme Claire Roux").
_TITLED_NAME = re.compile(
    r"^(?i:herrn?|frau|mr\.?|mrs\.?|ms\.?|dhr\.?|mevr\.?|de heer|mevrouw|mme\.?|monsieur"
    r"|madame|sr\.?|sra\.?|sig\.?(?:ra)?)\s+(?:[A-ZÄÖÜÉ]\.\s*)*[A-ZÄÖÜÉ]\w"
)


def _over_table(page: list[Line], index: int, run: list[Cell]) -> bool:
    """Whether the page's next line, under the run, is an item table's header row: nothing
    (no addressee's block in another column) stands between them."""
    if index + 1 >= len(page):
        return False
    below = page[index + 1]
    left, right = run[0].x0 - 2 * _WINDOW_GAP, run[-1].x1
    return any(left <= c.x0 < right for c in below.cells) and names_item_columns(below)


def is_return_address(text: str) -> bool:
    """Name, street and town in one line: with separators, or (OCR drops the dots) with a
    street number and at least three words before the postcode."""
    town = POSTCODE_TOWN.search(text)
    if town is None or not text[: town.start()].strip(" ,●•·|▪■–-"):
        return False  # "Denver, CO 80210": a town line alone names no sender
    if RETURN_SEPARATOR.search(text):
        return True
    before = text[: town.start()].split()
    return len(before) >= 3 and any(ch.isdigit() for ch in before[-1] + before[-2])


def _read_by_ocr(cells: list[Cell]) -> bool:
    return any(w.confidence < 1.0 for c in cells for w in c.words)


def _runs(cells: list[Cell]) -> list[list[Cell]]:
    """The runs of a line's cells between wide gaps (its columns), left to right."""
    runs: list[list[Cell]] = []
    while cells:
        run = _left_run(cells)
        runs.append(run)
        cells = cells[len(run) :]
    return runs


def _left_run(cells: list[Cell]) -> list[Cell]:
    """The cells of a line from its first up to a wide gap (a right-hand column's text)."""
    run = cells[:1]
    for previous, cell in pairwise(cells):
        if cell.x0 - previous.x1 > _WINDOW_GAP:
            break
        run.append(cell)
    return run


def _height(cells: list[Cell]) -> float:
    """The print size of the cells: their tallest word's glyph box, leaving out words with an
    accented capital ("Übersetzungen", "Élise"), whose mark rises above every other glyph and
    makes small print look as tall as the larger line under it."""
    words = [w for c in cells for w in c.words]
    plain = [w for w in words if not any(_accented_capital(ch) for ch in w.text)] or words
    return max(w.box.y1 - w.box.y0 for w in plain)


def _accented_capital(char: str) -> bool:
    return char.isupper() and len(unicodedata.normalize("NFD", char)) > 1


def _text_of(cells: list[Cell]) -> str:
    return " ".join(c.text for c in cells)


def _sender_pieces(text: str) -> list[str]:
    """A return line's pieces: name, street, town. OCR may drop the dots between them ("Haug
    e.K. Möhringer Str. 41 78532 Tuttlingen"), or only the one after the name ("ACME GmbH &
    Co. KG Am Hafen 7 ·28217 Bremen"); then the name ends at its (last) legal form."""
    # "Farben · Lacke — Malerbedarf Wagner GmbH · ...": trade words before the name are none.
    pieces = trade_words_before_name([p.strip() for p in RETURN_SEPARATOR.split(text) if p.strip()])
    first = pieces[0] if pieces else ""
    forms = [
        m
        for m in LEGAL_FORM.finditer(first)
        if m.start() > 0 and any(ch.isdigit() for ch in first[m.end() :])
    ]
    if forms:
        end = forms[-1].end()
        return [first[:end].strip(), first[end:].strip(), *pieces[1:]]
    return pieces


def _recipient_below(page: list[Line], index: int, run: list[Cell]) -> Value | None:
    """The first line under a return-address line, in larger print, at its left edge."""
    sender = page[index]
    left, right = run[0].x0 - 2 * _WINDOW_GAP, run[-1].x1
    for offset in range(index + 1, min(index + 5, len(page))):
        below = page[offset]
        # "PATIËNTENFACTUUR" left of the window's first line: the title, no recipient.
        cells = [c for c in below.cells if left <= c.x0 < right and not _is_title(c.text)]
        if not cells:
            continue  # a line of a right-hand column (the sender's contact details)
        # DIN 5008 leaves a notes zone (12.7 mm, mostly empty) between the two.
        gap = below.y0 - sender.y1
        if gap > 5 * _height(cells) and not deep_notes_zone(
            gap, _height(cells), _ends_in_town(page, offset, cells[0])
        ):
            return None  # deeper only over a block down to its town (returnzone.py)
        # OCR boxes do not tell font sizes apart; on text layers the small print must be smaller.
        if (
            not _read_by_ocr(run)
            and _height(run) > 0.95 * _height(cells)
            and not smaller_print(run, cells)
        ):
            return None
        if names_item_columns(below):
            return None  # "Pos | Art.-Nr. | Bezeichnung": the item table's header, no one
        name = run_of_cells(cells)
        if is_return_address(name) and first_piece(name)[:8] == first_piece(_text_of(run))[:8]:
            # The letterhead's line in large print, then the small return address repeating
            # it (OCR does not tell their sizes apart): the recipient is under the second.
            sender, run = below, cells
            continue
        if LABEL_VALUE_LINE.match(name) or not any(ch.isalpha() for ch in name):
            return None
        if _NUMERIC_DATE.search(name):
            return None  # "Kirchzarten, den 17.03.2025": the letter's place and date, no name
        if not_a_name(name):
            return None  # the sender's e-mail line under its town
        return continued_name(page, offset, cells[0], name)
    return None


def _addressed_block(page: list[Line], index: int) -> Value | None:
    """ "Herrn / Max Mustermann / Musterstr. 11 / 12346 Bad Musterhausen": the addressee."""
    first = page[index].cells[0]
    if _ends_in_town(page, index, first):
        return continued_name(page, index, first, first.text)
    return None


# A title word compounded with what is billed ("Patiëntenfactuur", "Patientenrechnung").
_TITLE_COMPOUND = re.compile(r"[^\W\d_]{3,}(?:factuur|rechnung|faktura|fattura|factura|fatura)")


def _is_title(text: str) -> bool:
    """The document's title alone in its cell ("RECHNUNG", "PATIËNTENFACTUUR")."""
    text = text.strip()
    return bool(DOCUMENT_TITLE.match(text) or _TITLE_COMPOUND.fullmatch(text.casefold()))


# The franking line over a Swiss or Austrian window's recipient in place of a return
# address ("P.P. CH-6010 Kriens", "P.P. A-1010 Wien", "P.P. 8001 Zürich").
_FRANKING = re.compile(r"^P\.\s?P\.\s+(?:[A-Z]{1,2}-)?\d{4,5}\s+\w", re.IGNORECASE)
