"""Seller and buyer names: the blocks their section labels head, else a legal-form line on top."""

from __future__ import annotations

import itertools
import re
from itertools import pairwise

from facturist.engine.column_captions import names_columns
from facturist.engine.labels import (
    BUYER_SECTION,
    LABEL_VALUE_LINE,
    LEGAL_FORM,
    NAME_LABEL,
    SELLER_SECTION,
)
from facturist.engine.layout import Cell, Line, column_below, line_holding
from facturist.engine.model import Value
from facturist.engine.partynames import (
    SHIP_TO,
    customer_number,
    initials,
    logo_over_address,
    names_by_form,
    not_a_name,
)
from facturist.engine.partynames import spaced_name as spaced_name
from facturist.engine.towns import CAPITALS_TOWN
from facturist.engine.towns import POSTCODE_TOWN as POSTCODE_TOWN


def party_names(lines: list[Line]) -> tuple[Value | None, Value | None]:
    """Seller and buyer names: first the sections they head, then a legal-form line near the top."""
    seller = _section_name(lines, SELLER_SECTION)
    buyer = _section_name(lines, BUYER_SECTION)
    sender: Value | None = None
    if buyer is None:
        buyer, sender = _window_address(lines)
    if buyer is not None:
        buyer = _company_under_person(lines, buyer)
    if seller is None:
        first_page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
        top = first_page[: max(12, len(first_page) // 3)]
        formed = [
            (index, position)
            for index, line in enumerate(top)
            for position, cell in enumerate(line.cells)
            # "Issued by Ryde B.V. on behalf of:": a caption over the block, not its name.
            if names_by_form(cell.text)
            and not cell.text.rstrip().endswith(":")
            and (buyer is None or (cell.text != buyer.text and not _in_block(lines, buyer, cell)))
        ]
        if formed:
            # An addressee over no tax number ("Orion Foods Co., Ltd." top left), the issuer's
            # block beside it with its registration ("Registration No. T1011..."): the issuer.
            taxed = [n for n in formed if _holds_tax_id(top, *n)]
            index, position = taxed[0] if taxed and buyer is None else formed[0]
            seller = _with_joined_start(top[index].cells, position)
            if taxed and buyer is None and taxed[0] != formed[0]:
                buyer = _with_joined_start(top[formed[0][0]].cells, formed[0][1])
            logo = (
                None
                if taxed or buyer
                else logo_over_address(top, index, top[index].cells[position])
            )
            if logo is not None:  # the legal-form name right of a logo's letterhead: addressee
                seller, buyer = logo, seller
        if seller is not None:
            seller = _fuller_name(seller, (sender, _footer_company(first_page)))
        if seller is not None and buyer is None and _in_window(first_page, seller):
            # A legal-form name where an envelope's window shows the recipient, while the
            # footer names another company: the footer's is the seller's (its legal details).
            footer = _footer_company(first_page)
            if footer is not None and footer.text != seller.text:
                seller = footer
        if seller is None and sender is not None:
            seller = sender
        if seller is None:
            seller = _footer_company(first_page)
        if seller is None and top:
            # A title ("Invoice") alone at the top names no one.
            named = [
                c
                for ln in top[:3]
                for c in ln.cells
                if not initials(c.text) and not not_a_name(c.text)
            ]
            first = _letterhead(top, buyer) or (named or top[0].cells)[0]
            seller = Value(first.text, first.text, first.boxes, 0.4)
    if buyer is None and lines:
        buyer = _uncaptioned_block(lines, seller)
        if buyer is not None:
            buyer = _company_under_person(lines, buyer)
    return seller, buyer


def _holds_tax_id(top: list[Line], index: int, position: int) -> bool:
    """Whether the block under a name prints the registration only an issuer prints (Japan's
    qualified-invoice number "T" + 13 digits; both parties' VAT IDs may stand in Europe)."""
    cell = top[index].cells[position]
    for below in top[index + 1 : index + 7]:
        for other in below.cells:
            if other.x1 > cell.x0 and other.x0 < cell.x1 and _ISSUER_NUMBER.search(other.text):
                return True
    return False


_ISSUER_NUMBER = re.compile(r"\bT\d{13}\b")


def _in_block(lines: list[Line], buyer: Value, cell: Cell) -> bool:
    """Whether a cell stands in the buyer's block, under its first line ("Hôtel Bellecour SARL /
    c/o Gestion Hôtelière SAS"): a company named there is the buyer's, never the seller."""
    if not buyer.boxes:
        return False
    top = buyer.boxes[0]
    start = line_holding(lines, top)
    if start is None:
        return False
    block = itertools.islice(column_below(lines, start, top.x0, tolerance=6), 4)
    return any(other is cell for _line, other in block)


def _company_under_person(lines: list[Line], buyer: Value) -> Value:
    """The company a block names under its contact person ("Mr. Gregory T. Ashworth /
    General Counsel / Tollgate Precision Components, Inc."): the company is the buyer."""
    if not buyer.boxes or LEGAL_FORM.search(str(buyer.value)):
        return buyer
    top = buyer.boxes[0]
    start = line_holding(lines, top)
    if start is None:
        return buyer
    for _line, cell in itertools.islice(column_below(lines, start, top.x0, tolerance=6), 4):
        text = cell.text.strip()
        if any(ch.isdigit() for ch in text):
            break  # the street: the block's names are over
        if LEGAL_FORM.search(text) and not initials(text) and not not_a_name(text):
            return Value(text, text, cell.boxes)
    return buyer


def _fuller_name(name: Value, printings: tuple[Value | None, ...]) -> Value:
    """The company's full name when the page prints it again longer: a logo's second line
    ("WERKZEUGHANDEL GMBH" under "Hauser") or a tagline ("Hansen GmbH · Ihr Gartenfachhandel")
    is completed by the return address or the footer ("Hauser Werkzeughandel GmbH")."""
    text = str(name.value)
    pieces = [p.strip() for p in _STRONG_SEPARATOR.split(text) if LEGAL_FORM.search(p)]
    piece = pieces[0] if pieces else text
    for fuller in printings:
        if fuller is None:
            continue
        full = str(fuller.value)
        if len(full) > len(piece) and full.casefold().endswith(piece.casefold()):
            return fuller
    return name


def _in_window(page: list[Line], name: Value) -> bool:
    """Whether a name stands where a DIN 5008 / C5 envelope window is: left, 15-33% down."""
    if not name.boxes:
        return False
    bottom = max(ln.y1 for ln in page)
    right = max(ln.words[-1].box.x1 for ln in page)
    box = name.boxes[0]
    return 0.15 * bottom <= box.y0 <= 0.33 * bottom and box.x0 < 0.4 * right


def _footer_company(page: list[Line]) -> Value | None:
    """The company a page's footer names with its legal form ("Kranz Gebäudetechnik GmbH |
    Geschäftsführer: ..."; "Lumibox Télécom SAS · 16 rue ... · RCS Paris"): the seller's."""
    if not page:
        return None
    bottom = max(ln.y1 for ln in page)
    for line in page:
        if line.y0 < 0.85 * bottom:
            continue
        for cell in line.cells:
            for part in _STRONG_SEPARATOR.split(cell.text):
                # "Nimbusfield Cloud, Inc.", "Kranz GmbH, Am Hafen 7": the name ends before
                # the first comma-separated piece with a digit.
                leading = itertools.takewhile(
                    lambda bit: not any(ch.isdigit() for ch in bit), part.split(",")
                )
                piece = _SIGNED_FOR.sub("", _up_to_legal_form(",".join(leading)).strip())
                if len(piece) < 5 or ":" in piece:
                    continue
                if names_by_form(piece) and not not_a_name(piece):
                    return Value(piece, cell.text, cell.boxes, 0.5)
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
_SIGNED_FOR = re.compile(r"^(?:for and on behalf of|on behalf of|for)\s+", re.IGNORECASE)


def _uncaptioned_block(lines: list[Line], seller: Value | None) -> Value | None:
    """The buyer when nothing captions it and no return address or salutation stands above:
    a name over a street and a postcode/town line, in any column of page one's upper half,
    that is not the seller's ("Hôtel Les Tilleuls SAS / 12 rue ... / 69002 Lyon")."""
    page = [ln for ln in lines if ln.page == lines[0].page]
    bottom = max(ln.y1 for ln in page)
    own = str(seller.value).casefold() if seller is not None else ""
    for index, line in enumerate(page):
        if line.y0 > 0.45 * bottom:
            break
        for cell in line.cells:
            text = cell.text.strip()
            folded = text.casefold()
            if len(text) < 3 or any(ch.isdigit() for ch in text) or not_a_name(text):
                continue
            if own and (folded.startswith(own) or own.startswith(folded)):
                continue  # the seller's letterhead block
            if LABEL_VALUE_LINE.match(text) or SHIP_TO.match(text) or _only_opening(text):
                continue  # "Exmo.(s) Sr.(s)" opens the block; the name is on the next line
            if _starts_block(page, index, cell) and _ends_in_town(page, index, cell):
                return _continued_name(page, index, cell, text)
    return None


def _only_opening(text: str) -> bool:
    """A courtesy line without a name ("Exmo.(s) Sr.(s)", "Herrn"); "Mme Claire Dubreuil"
    opens the block and names the buyer in one line."""
    opening = RECIPIENT_OPENING.match(text)
    if opening is None:
        return False
    rest = re.sub(r"\((?:e?s|as)\)", "", text[opening.end() :]).strip(" :")  # "Exmo.(s) Sr.(s)"
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
        return _is_return_address(text) or bool(
            RECIPIENT_OPENING.match(text) or re.search(r"[●•·|▪■]", text)
        )
    return True


_NUMERIC_DATE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")


def _ends_in_town(page: list[Line], index: int, cell: Cell) -> bool:
    """True when the lines under a cell, aligned with it, run down to a postcode and town."""
    previous = page[index]
    for below in page[index + 1 : index + 7]:
        aligned = [c for c in below.cells if abs(c.x0 - cell.x0) < 6]
        if not aligned:
            continue  # a line of the other column between two of this block's
        if below.page != previous.page or below.y0 - previous.y1 > 1.6 * below.height:
            return False
        town = aligned[0].text
        # A town in capitals ("59000 LILLE") ends a block as well as "59000 Lille".
        placed = POSTCODE_TOWN.search(town) or CAPITALS_TOWN.search(town)
        if placed and not _NUMERIC_DATE.search(town):
            return True  # "13-09-2017 Time" on a receipt is a date, no town
        previous = below
    return False


def _with_joined_start(cells: list[Cell], position: int) -> Value:
    """The name in cells[position], with the cell before it when that one ends in "&":
    OCR parts "Santos & | Gomes S.A." at the wide gap an ampersand leaves."""
    cell = cells[position]
    if position > 0 and cells[position - 1].text.rstrip().endswith("&"):
        joined = Cell([*cells[position - 1].words, *cell.words])
        return Value(_first_piece(joined.text), joined.text, joined.boxes)
    if position > 0 and LEGAL_FORM.fullmatch(cell.text.strip()):
        # "MECCANICA | FRIULANA | S.P.A.": monospaced print parts every word into a cell; a
        # legal form alone ends the name the words before it, a word space apart, begin.
        first = position
        space = 1.5 * max(w.box.y1 - w.box.y0 for w in cell.words)
        while first > 0 and cells[first].x0 - cells[first - 1].x1 < space:
            first -= 1
        if first < position:
            joined = Cell([w for c in cells[first : position + 1] for w in c.words])
            return Value(joined.text, joined.text, joined.boxes)
    return Value(_first_piece(cell.text), cell.text, cell.boxes)


def _first_piece(text: str) -> str:
    """The name of a cell, or of a return-address line ("ACME S.L.· Calle 6 · 28581 Madrid")."""
    if _is_return_address(text):
        pieces = [p.strip() for p in RETURN_SEPARATOR.split(text) if p.strip()]
        if pieces:
            return pieces[0]
    return text.strip(" ,●·|")


def _letterhead(top: list[Line], buyer: Value | None) -> Cell | None:
    """The first name on top that heads an address block (a street or postcode under it).

    A tagline in the right half may stand above the sender's letterhead ("Global Wholesaler"
    over "Azure Interior / 4557 De Silva St"); the name the address belongs to is the sender.
    None when the first line starts on the left (a name whose address stands elsewhere), when
    it heads a block itself, or when no line does.
    """
    right_edge = max(line.words[-1].box.x1 for line in top)
    if top[0].words[0].box.x0 < 0.5 * right_edge:
        return None
    for index, line in enumerate(top):
        for cell in line.cells:
            text = cell.text.strip()
            if any(ch.isdigit() for ch in text) or not_a_name(text) or len(text) < 3:
                continue
            if buyer is not None and text == buyer.text:
                continue
            if _heads_address(top, index, cell):
                return None if index == 0 else cell
    return None


def _heads_address(top: list[Line], index: int, cell: Cell) -> bool:
    """True when the line under a cell, aligned with it, starts an address (has a digit)."""
    line = top[index]
    middle = (cell.x0 + cell.x1) / 2
    for below in top[index + 1 : index + 3]:
        if below.page != line.page or below.y0 - line.y1 > 1.5 * line.height:
            return False
        for other in below.cells:
            aligned = (
                abs(other.x0 - cell.x0) < 4
                or abs((other.x0 + other.x1) / 2 - middle) < 4
                or abs(other.x1 - cell.x1) < 4  # a block set flush right at the top right
            )
            if aligned:
                return any(ch.isdigit() for ch in other.text)
    return False


# A date with its own caption in the next column ("Bill to: | Date: 18/09/2024"): no code.
_DATED_CELL = re.compile(r"^[^\W\d][^:\d]{1,30}:\s*\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}$")


# Section words that introduce the party on the same line without a colon ("Bill to ACME").
_TO_FORM = re.compile(r"(?:to|[àa])\s*:?\s*$", re.IGNORECASE)


# A long caption run into the capitalised name after it, split at the first small-capital
# seam; short ones stay whole ("ClientFirst Ltd" is a name, not "Client: First Ltd").
_GLUED_HEAD = re.compile(r"^([^\W\d_]{9,}?[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöü])")


# Words that finish a party caption rather than start the party's name.
_CAPTION_TAIL = re.compile(
    r"^(?:address|adresse|anschrift|details|information|direcci[oó]n|indirizzo|adres|endere[cç]o)$",
    re.IGNORECASE,
)


# A platform's role word with the party's caption in brackets ("Hôte (émetteur)",
# "Voyageur (client)"): the bracketed caption heads the block.
_ROLE_IN_BRACKETS = re.compile(r"[^\W\d_]{3,20}\s*\(([^()]{3,30})\)\s*:?")


def _section_name(lines: list[Line], header: re.Pattern[str]) -> Value | None:
    for index, line in enumerate(lines):
        for position, cell in enumerate(line.cells):
            text = cell.text
            role = _ROLE_IN_BRACKETS.fullmatch(text.strip())
            caption = header.match(role.group(1)) if role else None
            if role and caption and not role.group(1)[caption.end() :].strip(" :"):
                text = role.group(1)
            match = header.match(text)
            if not match:
                # "RechnungsempfängerWeber & Schneider GmbH": OCR dropped the colon and space.
                text = _GLUED_HEAD.sub(r"\1: ", text, count=1)
                match = header.match(text)
                if not match or not text[match.end() :].startswith(":"):
                    continue
            if _BARE_TO.match(text) and _low_on_page(lines, line):
                continue  # a remittance slip's "To:" at the page's foot addresses the seller
            after = text[match.end() :]
            rest = after.strip(" :/")
            again = header.match(rest)
            if (
                _CAPTION_TAIL.match(rest)
                or re.fullmatch(r"\([^()]{1,30}\)\s*:?", rest)
                or (again is not None and not rest[again.end() :].strip(" :"))
            ):
                # "Bill to Address:", "Buyer (Bill to)", OCR's "Buyer Bill to": the caption
                # goes on, the name is below
                rest = ""
            if rest:
                labelled = after.lstrip().startswith(":") or _TO_FORM.search(match.group())
                if re.match(r"^[\w/]*empf[äa]nger", rest, re.IGNORECASE):
                    pass
                elif len(rest) <= 3:
                    continue
                elif labelled and customer_number(rest):
                    pass  # "Cliente: 000482", a code, never a name: the name may stand below
                elif labelled:
                    return Value(rest, cell.text, cell.boxes)
                else:
                    continue  # "Customer No.", "Client ID": another field's label
            nxt_cell = line.cells[position + 1] if position + 1 < len(line.cells) else None
            if (
                nxt_cell is not None
                and customer_number(nxt_cell.text.strip())
                and not _DATED_CELL.match(nxt_cell.text.strip())
            ):
                continue  # "Customer | 10452", "Kunde | KD-3381": the info block's number row
            if header is SELLER_SECTION and _in_field_list(lines, index, position):
                continue  # "Verkäufer | Jan Meiners" among the info block's rows: a salesperson
            following = lines[index + 1] if index + 1 < len(lines) else None
            beside = _name_beside(line, position, following)
            if beside is not None:
                return beside
            # A caption beside this one ("Bill To   Ship To") heads the next block over.
            nxt = line.cells[position + 1].x0 if position + 1 < len(line.cells) else None
            found = _name_below(lines, index, cell, nxt, contact=header is BUYER_SECTION)
            if found is None:
                found = _name_above(lines, index, cell)
            if found is not None:
                return found
    return None


_ATTENTION = re.compile(r"^(?:attn|attention)\b", re.IGNORECASE)
# A recipient's caption alone ("An:", "To:").
_BARE_TO = re.compile(r"^(?:an|to)\s*:\s*$", re.IGNORECASE)


def _low_on_page(lines: list[Line], line: Line) -> bool:
    """Whether a line stands in the lower half of its page."""
    bottom = max(ln.y1 for ln in lines if ln.page == line.page)
    return line.y0 > 0.5 * bottom


def _in_field_list(lines: list[Line], index: int, position: int) -> bool:
    """Whether a caption with a value beside it stands in a list of caption | value rows
    (an info block: "Ihre Referenz | ...", "Verkäufer | ...", "USt-IdNr. | ...")."""
    line = lines[index]
    if position + 1 >= len(line.cells):
        return False
    caption, value = line.cells[position], line.cells[position + 1]
    if (
        LEGAL_FORM.search(value.text)
        or SELLER_SECTION.match(value.text)
        or BUYER_SECTION.match(value.text)
    ):
        return False  # "Verkäufer | ACME GmbH" names the seller; "Lieferant | Käufer" heads blocks
    for near in (*lines[max(0, index - 2) : index], *lines[index + 1 : index + 3]):
        if near.page != line.page or abs(near.y0 - line.y0) > 3 * line.height:
            continue
        if _starts_under(near, caption, value):
            return True
    return False


def _starts_under(line: Line, *cells: Cell) -> bool:
    """Whether the line has a cell starting where each of `cells` starts (same columns)."""
    starts = [c.x0 for c in line.cells]
    return all(any(abs(x - cell.x0) < 4 for x in starts) for cell in cells)


def _name_beside(line: Line, position: int, below: Line | None = None) -> Value | None:
    """ "Customer:   ACME Ltd" - the party in the next cell of the header's line.

    Not when both cells head blocks under them ("Bill To   Ship To" over two addresses):
    the next cell is another block's caption.
    """
    if position + 1 >= len(line.cells):
        return None
    header, cell = line.cells[position], line.cells[position + 1]
    if (
        below is not None
        and below.page == line.page
        and below.y0 - line.y1 < 1.5 * line.height
        and _starts_under(below, header, cell)
    ):
        return None
    text = cell.text.strip()
    if cell.x0 - header.x1 > 200 or text.endswith(":") or LABEL_VALUE_LINE.match(text):
        return None
    if SELLER_SECTION.match(text) or BUYER_SECTION.match(text) or len(text) < 3:
        return None
    if not_a_name(text):
        return None
    return Value(text, text, cell.boxes)


def _name_above(lines: list[Line], index: int, header: Cell) -> Value | None:
    """A section label printed under its block: the party is the block's first line."""
    line = lines[index]
    top: Cell | None = None
    previous_y0 = line.y0
    for above in reversed(lines[max(index - 8, 0) : index]):
        cells = [c for c in above.cells if abs(c.x0 - header.x0) < 6]
        if above.page != line.page or not cells or previous_y0 - above.y1 > 1.2 * above.height:
            break
        top, previous_y0 = cells[0], above.y0
    if top is None or top.text.rstrip().endswith(":"):
        return None
    return Value(top.text, top.text, top.boxes)


# The marks that part a footer's pieces, commas aside ("ACME, Inc. | 1 Main St").
_STRONG_SEPARATOR = re.compile(r"[●•·|▪■–]|\s-\s")
# The marks that part a return address's pieces ("ACME GmbH ● Ecke 12 ● 12345 Stadt").
RETURN_SEPARATOR = re.compile(rf"{_STRONG_SEPARATOR.pattern}|,\s")
_WINDOW_GAP = 40


def _window_address(lines: list[Line]) -> tuple[Value | None, Value | None]:
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
            pieces = [p.strip() for p in RETURN_SEPARATOR.split(run[0].text) if p.strip()]
            if not pieces or any(ch.isdigit() for ch in pieces[0]):
                continue  # a letterhead's "Street 140 · 47229 Town" line names no sender
            if _is_return_address(text):
                found = _recipient_below(page, index, run)
                if found is not None:
                    return found, Value(pieces[0], run[0].text, run[0].boxes, 0.6)
        if _SALUTATION.match(line.cells[0].text.strip()):
            found = _addressed_block(page, index)
            if found is not None:
                return found, None
    return None, None


def _is_return_address(text: str) -> bool:
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
    return max(w.box.y1 - w.box.y0 for c in cells for w in c.words)


def _text_of(cells: list[Cell]) -> str:
    return " ".join(c.text for c in cells)


def _recipient_below(page: list[Line], index: int, run: list[Cell]) -> Value | None:
    """The first line under a return-address line, in larger print, at its left edge."""
    sender = page[index]
    left, right = run[0].x0 - 2 * _WINDOW_GAP, run[-1].x1
    for offset in range(index + 1, min(index + 5, len(page))):
        below = page[offset]
        cells = [c for c in below.cells if left <= c.x0 < right]
        if not cells:
            continue  # a line of a right-hand column (the sender's contact details)
        # DIN 5008 leaves a notes zone (12.7 mm, mostly empty) between the two.
        if below.y0 - sender.y1 > 5 * _height(cells):
            return None
        # OCR boxes do not tell font sizes apart; on text layers the small print must be smaller.
        if not _read_by_ocr(run) and _height(run) > 0.9 * _height(cells):
            return None
        name = _run_of_cells(cells)
        if _is_return_address(name) and _first_piece(name)[:8] == _first_piece(_text_of(run))[:8]:
            # The letterhead's line in large print, then the small return address repeating
            # it (OCR does not tell their sizes apart): the recipient is under the second.
            sender, run = below, cells
            continue
        if LABEL_VALUE_LINE.match(name) or not any(ch.isalpha() for ch in name):
            return None
        if not_a_name(name):
            return None  # the sender's e-mail line under its town
        return _continued_name(page, offset, cells[0], name)
    return None


def _addressed_block(page: list[Line], index: int) -> Value | None:
    """ "Herrn / Max Mustermann / Musterstr. 11 / 12346 Bad Musterhausen": the addressee."""
    first = page[index].cells[0]
    if _ends_in_town(page, index, first):
        return _continued_name(page, index, first, first.text)
    return None


_SALUTATION_WORDS = (
    r"herrn?|frau|firma|familie|eheleute|ehepaar|famille|mr\.?|mrs\.?|ms\.?|m\.|mme|sr\.?|sra\.?"
    r"|sig\.?"
)
_SALUTATION = re.compile(rf"^(?:{_SALUTATION_WORDS})$", re.IGNORECASE)
# A line opening an addressee's block: a salutation, or "Attn", "z. Hd.", "An", "To",
# "Exmo.(s) Sr.(s)", "t.a.v." before a name ("Herrn Max Mustermann", "To: Beta AG").
RECIPIENT_OPENING = re.compile(
    rf"^(?:{_SALUTATION_WORDS}|sig\.ra|attn\.?|z\. ?hd\.?|monsieur|madame|dhr\.|mevr\.|pan|pani"
    r"|an|to|à|exm[oa]s?\.?(?:\(s\))?|ilm[oa]s?\.?|dear|t\.\s?a\.\s?v\."
    r"|se[nñ]h?or(?:es|as?|\(es\))?|sres\.?)(?:\s|:|$)",
    re.IGNORECASE,
)


def _run(cells: list[Cell]) -> list[Cell]:
    """The first cells of a row up to a wide gap or another label (two-column headers)."""
    run = [cells[0]]
    for previous, cell in pairwise(cells):
        if cell.x0 - previous.x1 > 40 or cell.text.rstrip().endswith(":"):
            break
        run.append(cell)
    return run


def _run_of_cells(cells: list[Cell]) -> str:
    return " ".join(c.text for c in _run(cells)).strip()


def _name_below(
    lines: list[Line], index: int, header: Cell, limit: float | None = None, contact: bool = False
) -> Value | None:
    """The party name under a section header: a "Name:" row, else the first unlabelled row.

    `limit`: where the next caption on the header's line starts; its block's cells are not
    this one's. `contact`: the block is the buyer's, which may name a contact over the company.
    """
    line = lines[index]
    left = header.x0 - 12
    page = [w.box for ln in lines if ln.page == line.page for w in ln.words]
    middle = (min(b.x0 for b in page) + max(b.x1 for b in page)) / 2
    if len(line.cells) == 1 and abs((header.x0 + header.x1) / 2 - middle) < 8:
        left = 0.0  # a band's caption centred over its block ("TOMADOR DE SERVIÇOS")
    previous_y1 = line.y1
    for offset, below in enumerate(lines[index + 1 : index + 7], start=index + 1):
        # The block must run on from the header: a wide gap means the section is over.
        if below.page != line.page or below.y0 - previous_y1 > 3 * line.height:
            break
        if names_columns(below):
            # The item table starts: OCR'd lines are taller than their print, so a caption
            # printed under its block ("From") could reach past the gap to the table header.
            break
        previous_y1 = below.y1
        cells = [c for c in below.cells if left <= c.x0 <= header.x0 + 260]
        if limit is not None:
            # A long name runs into the next block's (the same company under "Ship To")
            # with too narrow a gap to split cells: the next caption's edge cuts it.
            cells = [Cell([w for w in c.words if w.box.x0 < limit - 2]) for c in cells]
            cells = [c for c in cells if c.words]
        if not cells:
            continue
        first = cells[0]
        row_text = " ".join(c.text for c in cells)
        name = NAME_LABEL.match(row_text)
        if name:
            # "ATTN: iViveLabs Limited     TOTAL AMOUNT DUE": the name ends at a wide gap,
            # unless the gap is the one after a lone "Name:" caption.
            run = _run_of_cells(cells)
            inline = NAME_LABEL.match(run)
            rest = run[inline.end() :].strip() if inline else ""
            if not rest and len(cells) > 1:
                rest = _run_of_cells(cells[1:])
                # "Name: | ACME GmbH": the name stands in the value column, where its
                # address and IDs follow ("Anschrift: | Ecke 12", "USt-IdNr.: | DE...").
                first = cells[1]
            if rest and _ATTENTION.match(run) and not LEGAL_FORM.search(rest):
                # "ATTN: Jane Doe" over "Acme Inc.": a contact; the company under it is the
                # party, no part of the contact's name.
                return Value(rest, run, first.boxes)
            if rest:
                return _continued_name(lines, offset, first, rest, contact)
            continue
        if first.text.rstrip().endswith(":") or LABEL_VALUE_LINE.match(row_text):
            continue
        if not_a_name(row_text):
            continue
        if _is_return_address(row_text) and _STRONG_SEPARATOR.search(row_text):
            if _town_below(lines, offset, first):
                continue  # the sender's return address, in small print over the window's block
            piece = _first_piece(row_text)  # the party's own address in one line
            return Value(piece, row_text, tuple(b for c in cells for b in c.boxes))
        return _continued_name(lines, offset, first, _run_of_cells(cells), contact)
    return None


def _whole_company(text: str, following: str) -> bool:
    """Whether the next line names a company on its own ("SARL RENAUD CONSEIL" under the
    contact "Clément RENAUD", "Pinecone Analytics LLC" under "Accounts Payable"), rather than
    ending the name above ("Versicherungsverein Musterstadt / a.G.", "Bau / GmbH")."""
    if re.search(r"(?:&|\bund|\band|\bet|\by|\be|-)\s*$", text, re.IGNORECASE):
        return False  # "Hausverwaltung Moser & / Partner GmbH": the name runs on
    words = [w for w in LEGAL_FORM.sub(" ", following).split() if any(ch.isalpha() for ch in w)]
    return len(words) >= 2


def _town_below(lines: list[Line], index: int, cell: Cell) -> bool:
    """Whether a postcode and town line follows within a few lines, in the cell's column (an
    OCR'd column's edges wander by up to a line's height)."""
    tolerance = max(6.0, lines[index].height)
    for below in lines[index + 1 : index + 6]:
        if below.page != lines[index].page:
            return False
        for other in below.cells:
            town = POSTCODE_TOWN.search(other.text) or CAPITALS_TOWN.search(other.text)
            if town and abs(other.x0 - cell.x0) < tolerance:
                return True
    return False


def _continued_name(
    lines: list[Line], index: int, cell: Cell, text: str, contact: bool = False
) -> Value:
    """Add the next line to a salutation, or to a name whose legal form is on that line.

    `contact`: in a buyer's block, a next line naming a company on its own is the company
    under its contact person or department, no part of their name.
    """
    boxes = list(cell.boxes)
    below, starts = None, []
    # The next line of the same column: a right-hand info block's lines may interleave.
    for below in lines[index + 1 : index + 4]:
        starts = [i for i, c in enumerate(below.cells) if abs(c.x0 - cell.x0) < 6]
        if starts or below.page != lines[index].page:
            break
    if below is not None and starts:
        cells = _run(below.cells[starts[0] :])
        same_page = (
            below.page == lines[index].page and below.y0 - lines[index].y1 < 1.5 * below.height
        )
        if cells and same_page:
            # "Versicherungsverein Musterstadt | a.G.": the legal form may stand in its own cell.
            following = " ".join(c.text for c in cells)
            plain = not any(ch.isdigit() for ch in following) and not following.rstrip().endswith(
                ":"
            )
            wanted = _SALUTATION.match(text) or (
                not LEGAL_FORM.search(text)
                and LEGAL_FORM.search(following)
                and not (contact and _whole_company(text, following))
            )
            if plain and wanted and not LABEL_VALUE_LINE.match(following):
                text = f"{text} {following}"
                boxes.extend(b for c in cells for b in c.boxes)
    return Value(text, text, tuple(boxes))
