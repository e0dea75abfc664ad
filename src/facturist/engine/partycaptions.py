"""The party a section caption heads ("Bill to", "Verkäufer", "Cliente"): its name beside
the caption, in the block under it, or over it when the caption is printed under its block."""

from __future__ import annotations

import functools
import re

from facturist.engine.balticparties import more_party_caption
from facturist.engine.captiongridrows import in_caption_rows
from facturist.engine.captionid import id_row_beside
from facturist.engine.captionlist import caption_under
from facturist.engine.captionnamebelow import name_below as _name_below
from facturist.engine.captionrow import heads_columns
from facturist.engine.clientreference import code_and_reference
from facturist.engine.codedcaption import name_under_code
from facturist.engine.colonrows import colon_caption_under
from facturist.engine.companyundercaption import company_under_caption
from facturist.engine.deliverycaption import only_delivery_caption
from facturist.engine.dottedcaption import first_dotted_piece
from facturist.engine.figurecaption import figure_caption
from facturist.engine.folioblock import company_beside_listing
from facturist.engine.gridcaptions import in_caption_grid, in_table_header
from facturist.engine.labelledtail import labelled_name
from facturist.engine.labels import BUYER_SECTION, LABEL_VALUE_LINE, SELLER_SECTION
from facturist.engine.labelvalues import values_above
from facturist.engine.layout import Cell, Line
from facturist.engine.leadercells import without_leaders
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.numbercaptions import INVOICE_WORD, NUMBER_WORD
from facturist.engine.operatorvat import SOLD_BY
from facturist.engine.partyblocks import (
    first_piece,
)
from facturist.engine.partynames import customer_number, not_a_name
from facturist.engine.qrbillcaptions import debtor_caption
from facturist.engine.remitletterhead import remit_caption
from facturist.engine.salespersonrow import salesperson_row
from facturist.engine.secondrole import second_role
from facturist.engine.shipmentrows import in_shipment_rows
from facturist.engine.sidecolumncaption import side_column_limit
from facturist.engine.slipcaptions import slip_caption, slip_caption_under
from facturist.engine.wordspace import phrase, word_space_after
from facturist.engine.wrapcaption import continues_line_above

# A date with its own caption in the next column ("Bill to: | Date: 18/09/2024", Estonia's
# "Maksja: | Kuupäev 04.03.2025" without a colon): no code.
_DATED_CELL = re.compile(r"^[^\W\d][^:\d]{1,30}:?\s*\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}$")
# The invoice's own heading and number beside the caption ("Customer | Invoice 2024-00056",
# sl "Prejemnik | Račun 2024-00056"): the title's column, no customer number.
_INVOICE_HEADING = re.compile(rf"^{INVOICE_WORD}(?:\s*{NUMBER_WORD})?\s*:?\s*\S*\d", re.IGNORECASE)


# A customer code in one token with a few digits in it ("0411-MOREL", "C-20931", "KD3381").
_CODE = re.compile(r"(?=(?:\S*\d){3})[\w./-]+")


# Section words that introduce the party on the same line without a colon ("Bill to ACME").
_TO_FORM = re.compile(r"(?:to|[àa])\s*:?\s*$", re.IGNORECASE)


# A long caption run into the capitalised name after it, split at the first small-capital
# seam; short ones stay whole ("ClientFirst Ltd" is a name, not "Client: First Ltd").
_GLUED_HEAD = re.compile(r"^([^\W\d_]{9,}?[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöü])")


# Words that finish a party caption rather than start the party's name.
# Brazil's DANFE heads its recipient's box "DESTINATÁRIO / REMETENTE" (the sender's, on a
# note of goods coming in): one box, the recipient's.
_CAPTION_TAIL = re.compile(
    r"^(?:address|adresse|anschrift|details|information|direcci[oó]n|indirizzo|adres|endere[cç]o"
    # "Spett.le / Messrs.": the salutation's English wording, the name below.
    r"|remetente|messrs\.?)$",
    re.IGNORECASE,
)


# The name's word after a party caption ("Customer Name", "Client name:", "Kundenname").
_NAME_TAIL = re.compile(r"(?:trading\s+|company\s+|legal\s+)?name\s*:?", re.IGNORECASE)


# A platform's role word with the party's caption in brackets ("Hôte (émetteur)",
# "Voyageur (client)"): the bracketed caption heads the block.
_ROLE_IN_BRACKETS = re.compile(r"[^\W\d_]{3,20}\s*\(([^()]{3,30})\)\s*:?")


def section_name(lines: list[Line], header: re.Pattern[str]) -> Value | None:
    for index, line in enumerate(lines):
        for position, cell in enumerate(line.cells):
            captioned = _captioned(cell.text, header)
            if captioned is None:
                continue
            text, match = captioned
            if _BARE_TO.match(text) and _low_on_page(lines, line):
                continue  # a remittance slip's "To:" at the page's foot addresses the seller
            if continues_line_above(lines, index, cell):
                continue  # "... color separations for can" over "supplier": a wrapped word
            if header is SELLER_SECTION and in_shipment_rows(lines, index):
                continue  # "Afzender", "From:" over "B/L No.": the consignor (shipmentrows.py)
            after = text[match.end() :]
            # Crater's "Bill To," / "Ship To,": a comma closes the caption as a colon does.
            # A card's title closed by a middle dot ("Rechnungsempfänger ·"), as by a colon.
            rest = after.strip(" :/·") if after.strip() != "," else ""
            # "BUYER (IF OTHER THAN CONSIGNEE) / BILL TO": a bracketed hint, then an alias.
            rest = re.sub(r"^\([^()]{1,30}\)\s*/\s*(?=\S)", "", rest)
            again = header.match(rest)
            if (
                _CAPTION_TAIL.match(rest)
                or re.fullmatch(r"\([^()]{1,30}\)\s*:?", rest)
                or (again is not None and not rest[again.end() :].strip(" :"))
                or only_delivery_caption(rest)
                or (header is BUYER_SECTION and second_role(after))  # "Odběratel / Příjemce"
            ):
                # "Bill to Address:", "Buyer (Bill to)", OCR's "Buyer Bill to": the caption
                # goes on, the name is below
                rest = ""
            coded = False
            if rest:
                # "Lieferant: Kranz GmbH", "Furnizor: CARPATICA S.R.L.": the seller's caption
                # takes its colon into the match; a colon closing it labels the name after it.
                labelled = (
                    after.lstrip().startswith(":")
                    or match.group().rstrip().endswith(":")
                    or _TO_FORM.search(match.group())
                    # A marketplace's "Sold by Brightwick Home Ltd", "Vendu par ...": the
                    # preposition closes the caption as "Bill to ACME"'s does; "Verkocht door
                    # partner" over the name names a role, in lower case.
                    or (SOLD_BY.fullmatch(match.group().strip(" :")) and rest[:1].isupper())
                )
                if re.match(r"^[\w/]*empf[äa]nger", rest, re.IGNORECASE):
                    pass
                elif len(rest) <= 3:
                    continue
                elif _NAME_TAIL.fullmatch(rest) and position + 1 < len(line.cells):
                    # "Customer Name | Hofmann GmbH": the caption names the value beside it.
                    named = line.cells[position + 1]
                    if not not_a_name(named.text) and not named.text.rstrip().endswith(":"):
                        return Value(named.text.strip(), named.text, named.boxes)
                    continue
                elif labelled and (
                    customer_number(rest) or _CODE.fullmatch(rest) or code_and_reference(rest)
                ):
                    # "Cliente: 000482", "Client : 0411-MOREL": a code, never a name; the name
                    # may stand below (not above: the lines over it are the title's).
                    coded = True
                elif labelled and header is SELLER_SECTION and salesperson_row(lines, index, cell):
                    continue  # "Vendedor: Rui Almeida" among field rows (salespersonrow.py)
                elif labelled:
                    # "Cliente: R. Jiménez (La Esquina) · N.I.F. ...": the name alone.
                    # "Kunde: ... GmbH · Leistungszeitraum ...": up to the dot (dottedcaption.py).
                    name = first_dotted_piece(labelled_name(first_piece(rest)))
                    return Value(name, cell.text, cell.boxes)
                else:
                    continue  # "Customer No.", "Client ID": another field's label
            # "CLIENTE ........ 43000391": leader dots lead to the value (leadercells.py).
            after_cells = without_leaders(line.cells[position + 1 :])
            nxt_cell = after_cells[0] if after_cells else None
            # "Kunde | 88 | 2041": monospaced print sets each group of a number in a cell of
            # its own; the number is the groups a word space apart (wordspace.py).
            nxt_cell = None if nxt_cell is None else phrase(line, nxt_cell)
            if (
                nxt_cell is not None
                and not coded  # "Aanvoerder : 31842 | Notanummer : ...": its own code
                and customer_number(nxt_cell.text.strip(" :"))
                and not _DATED_CELL.match(nxt_cell.text.strip(" :"))
                and not _INVOICE_HEADING.match(nxt_cell.text.strip())
            ):
                # "Customer | 10452", "Client | : C-00417": the info block's number row, its
                # colon perhaps set apart before the value.
                continue
            if not rest and _runs_on(line, position, header):
                continue  # "Customer | discount | 3.00 | %": a phrase in cells of its words
            if (
                header is SELLER_SECTION
                and _in_field_list(lines, index, position)
                # "Aanvoerder : 31842" over the grower's name: a block (codedcaption.py)
                and not (coded and name_under_code(lines, index, cell))
            ):
                continue  # "Verkäufer | Jan Meiners" among the info block's rows: a salesperson
            if header is BUYER_SECTION and _among_bank_rows(lines, index, cell):
                continue  # "Empfänger | ACME GmbH" over "IBAN | DE89 ...": the transfer's payee
            if in_table_header(lines, index, position):
                continue  # "FLIGHT | FROM | TO | DATE | DEP": a table's column, no party's block
            following = lines[index + 1] if index + 1 < len(lines) else None
            grid = in_caption_grid(lines, index, position)
            # "FACTURA | FECHA | CLIENTE | PÁGINA" over a row of values: the next cell is the
            # next column's caption, the customer's value is a code under it.
            preceding = lines[index - 1] if index > 0 else None
            beside = None if grid else _name_beside(line, position, following, preceding)
            # "Kunde | ... KG" over "Objekt | ..." rows: a form's grid (captiongridrows.py)
            if beside is None and not grid and in_caption_rows(lines, index, position):
                beside = _name_beside(line, position)
            if header is BUYER_SECTION and not grid:
                # "Client | M. ... | Société ... GmbH" heading a stay's rows (folioblock.py).
                beside = company_beside_listing(lines, index, position) or beside
            if beside is not None:
                return beside
            # A caption beside this one ("Bill To   Ship To") heads the next block over.
            nxt = _next_caption_x(line, position, header)
            # A side column's caption, the main column's block beside it (sidecolumncaption.py).
            if nxt is None:
                nxt = side_column_limit(lines, index, line.cells[position])
            cell = _with_icon(line, position, _first_wording(line, position, header))
            # A row of captions each under its value ("Distribuciones Aljarafe, S.L." over
            # "Cliente", "4821 KLM" over "Matrícula" next): the name stands above, and the
            # line below is the next row's values (labelvalues.py).
            under = not coded and values_above(lines, index)
            found = _name_above(lines, index, cell) if under else None
            if found is None:
                found = _name_below(lines, index, cell, nxt, contact=header is BUYER_SECTION)
            # A QR-bill's "Payable by (name/address)" over an empty box: the "Additional
            # information" block above it names no one (qrbillcaptions.py).
            if found is None and not coded and not under and not debtor_caption(cell.text):
                found = _name_above(lines, index, cell)
            if found is not None:
                return found
    return None


def _runs_on(line: Line, position: int, header: re.Pattern[str]) -> bool:
    """Whether the caption's word, closed by no colon, runs on a mere word space into the next
    cell's word ("Customer | discount | 3.00 | %" in a table, an ERP's print setting each word
    in a cell of its own): one phrase, as "Customer discount" in one cell is no caption; not
    when the word after goes on with the caption ("Customer | Details", "Kunde | Customer")."""
    if position + 1 >= len(line.cells):
        return False
    cell, following = line.cells[position], line.cells[position + 1]
    text, word = cell.text.rstrip(), following.text.strip()
    if text.endswith((":", ",", "·")) or _TO_FORM.search(text) or not word[:1].isalpha():
        return False
    if _CAPTION_TAIL.match(word) or _NAME_TAIL.fullmatch(word) or header.match(word):
        return False
    return word_space_after(cell, following)


def _next_caption_x(line: Line, position: int, header: re.Pattern[str]) -> float | None:
    """Where the next block's caption starts on the caption's line, if one does. A bilingual
    caption's second wording ("KÄUFER / BUYER", in cells of their own in monospace print)
    names the same block, not the next one."""
    for at, cell in enumerate(line.cells[position + 1 :], start=position + 1):
        text = cell.text.strip(" /:")
        if text and not header.fullmatch(text):
            # "Odběratel: | IČ: | 25187368": the block's own ID row (captionid.py).
            return None if id_row_beside(line.cells, at) else cell.x0
    return None


def _with_icon(line: Line, position: int, cell: Cell) -> Cell:
    """The caption with the icon glyph just before it ("⌂ Rechnungssteller", "☺
    Rechnungsempfänger"): an online viewer's card title, whose icon marks the card's left
    edge, where the card's captions and values start."""
    if position == 0 or cell is not line.cells[position]:
        return cell
    icon = line.cells[position - 1]
    text = icon.text.strip()
    if len(text) != 1 or text.isalnum() or cell.x0 - icon.x1 > 2 * line.height:
        return cell
    return Cell([*icon.words, *cell.words])


def _first_wording(line: Line, position: int, header: re.Pattern[str]) -> Cell:
    """The caption's cell, or its first wording's when it is a bilingual caption's second
    ("VERKÄUFER / SELLER" in cells of their own): the block lines up under the first."""
    cell = line.cells[position]
    if position >= 2 and line.cells[position - 1].text.strip() == "/":
        first = line.cells[position - 2]
        if header.fullmatch(first.text.strip(" :")):
            return first
    if position >= 1:
        # "Invoiced | To:": a letter-spaced caption's words fall into cells of their own, and
        # its last ("To:") matches alone; the block lines up under the caption's first word.
        before = line.cells[position - 1]
        joined = f"{before.text.strip()} {cell.text.strip()}".strip(" :")
        if cell.x0 - before.x1 < 2 * line.height and header.fullmatch(joined):
            return Cell([*before.words, *cell.words])
    return cell


# An EN 16931 business group's number before a block's caption ("BG-4 Verkäufer"), or a
# viewer's preamble before the role word ("Informationen zum Käufer", "Angaben zum
# Verkäufer", "Information about the seller"): the role heads the box. Croatia's "R1" mark
# (a receipt naming a VAT-registered buyer) before its caption: "R1 - Kupac:". A customs
# form's box number: "8. BUYER".
_GROUP_NUMBER = re.compile(
    r"^(?:BG-\d+\s+|\d{1,2}\.\s+|R-?[12]\s*[-–]?\s+|(?:informationen|angaben|daten)\s+zu[mr]\s+"
    r"|(?:information|details)\s+(?:about|on|of)\s+the\s+)",
    re.IGNORECASE,
)


# A recipient's caption alone ("An:", "To:").
_BARE_TO = re.compile(r"^(?:an|to)\s*:\s*$", re.IGNORECASE)


# A pure function of the cell's text and the caption pattern, memoised: `section_name` reads
# every cell of the page for each party (and again for page one's copy).
@functools.lru_cache(maxsize=8192)
def _captioned(cell_text: str, header: re.Pattern[str]) -> tuple[str, re.Match[str]] | None:
    """The cell's text as read for the caption, and the caption's match at its start; None
    when the cell opens with no caption of `header`'s party."""
    # "BG-4 Verkäufer", "BG-7 Käufer": an e-invoice viewer's group number before the
    # caption.
    text = _GROUP_NUMBER.sub("", cell_text)
    role = _ROLE_IN_BRACKETS.fullmatch(text.strip())
    caption = header.match(role.group(1)) if role else None
    if role and caption and not role.group(1)[caption.end() :].strip(" :"):
        text = role.group(1)
    # et "Arve saaja", lt "Gavėjas": Baltic captions the shared ones lack (balticparties.py)
    match = header.match(text) or more_party_caption(header is SELLER_SECTION, text)
    if not match:
        # "RechnungsempfängerWeber & Schneider GmbH": OCR dropped the colon and space.
        text = _GLUED_HEAD.sub(r"\1: ", text, count=1)
        match = header.match(text)
        if not match or not text[match.end() :].startswith(":"):
            return None
    return text, match


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
    beside = _GROUP_NUMBER.sub("", value.text)
    if LEGAL_FORM.search(beside) or SELLER_SECTION.match(beside) or BUYER_SECTION.match(beside):
        return False  # "Verkäufer | ACME GmbH" names the seller; "Lieferant | Käufer" heads blocks
    if company_under_caption(lines, index, caption):
        return False  # "Sold by | VAT Reg. No. ..." over the seller's name (companyundercaption.py)
    if _heads_both_parties(line):
        # A viewer's three-box overview: "Käufer | Verkäufer | Rechnungsdaten" heads boxes,
        # whatever the third box's title; no caption | value row.
        return False
    for near in (*lines[max(0, index - 2) : index], *lines[index + 1 : index + 3]):
        if near.page != line.page or abs(near.y0 - line.y0) > 3 * line.height:
            continue
        if _starts_under(near, caption, value) or _ends_under(near, caption, value):
            return True
    return False


def _heads_both_parties(line: Line) -> bool:
    """Whether the line holds both a seller's and a buyer's section caption, each a whole cell."""
    found = set()
    for cell in line.cells:
        text = _GROUP_NUMBER.sub("", cell.text).strip().rstrip(":").rstrip()
        # A caption with a bracketed remark ("SUPPLIER (OWNER DRIVER)") is still a caption,
        # and so is a role with its caption in brackets ("ISSUED BY (CUSTOMER)").
        remarked = _REMARK.fullmatch(text)
        wordings = (text,) if remarked is None else (text, *remarked.groups())
        for party, pattern in (("seller", SELLER_SECTION), ("buyer", BUYER_SECTION)):
            for wording in wordings:
                match = pattern.match(wording)
                if match is not None and match.end() >= len(wording):
                    found.add(party)
    return len(found) == 2


# A caption and a bracketed remark after it, no digit in either.
_REMARK = re.compile(r"([^\W\d_][^()\d]{1,30}?)\s*\(([^()\d]{3,30})\)")


# The rows of a bank transfer's details ("IBAN", "BIC", "Verwendungszweck", "Zahlungsart"):
# a recipient's caption among them ("Empfänger", "Beneficiary") names the payee.
_BANK_ROW = re.compile(
    r"^(?:iban|bic|swift|kontonummer|blz|bankleitzahl|verwendungszweck|account number"
    r"|sort code)\b",
    re.IGNORECASE,
)
# A recipient's caption that may caption the buyer or a transfer's payee alike.
# Spain's "Titular" (account holder) captions a bank account's holder as well as a customer.
_RECIPIENT = re.compile(
    r"^(?:empf[äa]nger|recipient|beneficiary|an|to|titular)\s*:?$", re.IGNORECASE
)


def _among_bank_rows(lines: list[Line], index: int, caption: Cell) -> bool:
    """Whether a bare recipient's caption ("Empfänger") stands in a column of bank-transfer
    rows: a cell starting under (or over) it, one or two rows away, captions an account's
    detail ("IBAN", "BIC", "Verwendungszweck")."""
    if not _RECIPIENT.match(caption.text.strip()):
        return False
    line = lines[index]
    for near in (*lines[max(0, index - 2) : index], *lines[index + 1 : index + 3]):
        if near.page != line.page or abs(near.y0 - line.y0) > 3 * line.height:
            continue
        if any(abs(c.x0 - caption.x0) < 4 and _BANK_ROW.match(c.text.strip()) for c in near.cells):
            return True
    return False


def _ends_under(line: Line, caption: Cell, value: Cell) -> bool:
    """Whether the line is another caption | value row of the same grid with its values set
    flush right ("Auftragsnr. | VA24-00957" over "Verkäufer | Markus Jödicke"): a cell
    starting under the caption, another ending where the value ends."""
    starts = any(abs(c.x0 - caption.x0) < 4 for c in line.cells)
    return starts and any(c.x0 > caption.x1 and abs(c.x1 - value.x1) < 3 for c in line.cells)


def _starts_under(line: Line, *cells: Cell) -> bool:
    """Whether the line has a cell starting where each of `cells` starts (same columns)."""
    starts = [c.x0 for c in line.cells]
    return all(any(abs(x - cell.x0) < 4 for x in starts) for cell in cells)


def _name_beside(
    line: Line, position: int, below: Line | None = None, above: Line | None = None
) -> Value | None:
    """ "Customer:   ACME Ltd" - the party in the next cell of the header's line.

    Not when both cells head blocks under them ("Bill To   Ship To" over two addresses):
    the next cell is another block's caption.
    """
    # "Cliente ........ Colegio ...": leader dots lead to the value (leadercells.py).
    after = without_leaders(line.cells[position + 1 :])
    if not after:
        return None
    header, cell = line.cells[position], after[0]
    if _heads_both_parties(line) and heads_columns(line, below):
        return None  # "EMISOR | CLIENTE | DATOS DE FACTURA" over three columns (captionrow.py)
    near = [
        other
        for other in (below, above)
        if other is not None
        and other.page == line.page
        and abs(other.y0 - line.y0) < 2.5 * line.height
        and _starts_under(other, header, cell)
    ]
    # Caption | value rows ("Invoice No | ... / Patient | Tan Wei Ling / Dentist | ..."),
    # a known caption over or under this one: not two blocks.
    # "Kunde | ..." over "Kundenadresse | ..." and "UID Kunde | ...": captions naming the same
    # party make rows of its details, the name beside the first.
    # "Maksaja / Betalare | ..." over "Viitenumero / Ref.nr | ...": a transfer slip's rows.
    rows = any(
        caption_under(other, header)
        or _same_party_caption(other, header)
        or slip_caption_under(other, header)
        or colon_caption_under(other, header)  # "Domicilio: | ..." (colonrows.py)
        for other in near
    )
    if below in near and not rows:
        return None
    text = cell.text.strip()
    # The gap from the caption, or from the leader dots that bridge it, to the value.
    reach = max(c.x1 for c in line.cells[position:] if c.x1 <= cell.x0 + 1)
    if cell.x0 - reach > 200 or text.endswith(":") or LABEL_VALUE_LINE.match(text):
        return None
    caption = _GROUP_NUMBER.sub("", text)
    if SELLER_SECTION.match(caption) or BUYER_SECTION.match(caption) or len(text) < 3:
        return None
    if not_a_name(text) or _CAPTION_TAIL.match(text):
        return None  # "Bill to | Details": the next column's caption
    if remit_caption(text):
        return None  # "Bill to | Remit to": the seller's payment block beside (remitletterhead.py)
    if figure_caption(text):
        return None  # "RECHNUNGSEMPFÄNGER | Fälliger Betrag": a box's caption (figurecaption.py)
    # "Maksaja / Betalare | Nordvik Oy, Tie 7, 01670 Vantaa": name and address in one line.
    # "Señor(es) | : ACME S.A.C.": an aligned colon column opens the value's cell.
    return Value(first_piece(text.lstrip(":").strip()), text, cell.boxes)


def _same_party_caption(line: Line, header: Cell) -> bool:
    """Whether the cell of `line` starting under a party's caption is another caption of the
    same party: it holds the caption's word and more ("Kundenadresse", "UID Kunde",
    "Customer address" under "Kunde", "Customer"), no digit."""
    word = header.text.strip(" :").casefold()
    for cell in line.cells:
        if abs(cell.x0 - header.x0) >= 4:
            continue
        text = cell.text.strip(" :").casefold()
        plain = not any(ch.isdigit() for ch in text) and len(text.split()) <= 3
        return len(word) >= 4 and plain and word in text and text != word
    return False


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
    if slip_caption(top.text):
        return None  # "Saaja" over "Mottagare": a transfer slip's caption in two languages
    return Value(top.text, top.text, top.boxes)
