"""The party a section caption heads ("Bill to", "Verkäufer", "Cliente"): its name beside
the caption, in the block under it, or over it when the caption is printed under its block."""

from __future__ import annotations

import functools
import re

from facturist.engine.balticparties import more_party_caption
from facturist.engine.captiongridrows import in_caption_rows
from facturist.engine.captionid import id_row_beside
from facturist.engine.captionlist import caption_under
from facturist.engine.captionrow import heads_columns
from facturist.engine.centredbands import band_caption
from facturist.engine.clientreference import code_and_reference
from facturist.engine.closinggreeting import is_closing_greeting
from facturist.engine.codedcaption import name_under_code
from facturist.engine.colonrows import colon_caption_under
from facturist.engine.column_captions import names_columns
from facturist.engine.deliverycaption import only_delivery_caption
from facturist.engine.dottedcaption import first_dotted_piece
from facturist.engine.figurecaption import figure_caption
from facturist.engine.folioblock import company_beside_listing
from facturist.engine.gridcaptions import in_caption_grid, in_table_header
from facturist.engine.labelledtail import labelled_name
from facturist.engine.labels import BUYER_SECTION, LABEL_VALUE_LINE, NAME_LABEL, SELLER_SECTION
from facturist.engine.labelvalues import values_above
from facturist.engine.layout import Cell, Line
from facturist.engine.leadercells import without_leaders
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.numbercaptions import INVOICE_WORD, NUMBER_WORD
from facturist.engine.partyblocks import (
    STRONG_SEPARATOR,
    continued_name,
    first_piece,
    is_return_address,
    run_of_cells,
)
from facturist.engine.partynames import customer_number, not_a_name
from facturist.engine.personcaptions import given_and_surname, title_row
from facturist.engine.remitletterhead import remit_caption
from facturist.engine.secondrole import second_role
from facturist.engine.shipmentrows import in_shipment_rows
from facturist.engine.sidecolumncaption import side_column_limit
from facturist.engine.slipcaptions import slip_caption, slip_caption_under
from facturist.engine.towns import town_in
from facturist.engine.valuewrap import wrapped_value
from facturist.engine.wordspace import phrase, word_space_after
from facturist.engine.wrapcaption import continues_line_above

# A date with its own caption in the next column ("Bill to: | Date: 18/09/2024", Estonia's
# "Maksja: | Kuupäev 04.03.2025" without a colon): no code.
_DATED_CELL = re.compile(r"^[^\W\d][^:\d]{1,30}:?\s*\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}$")
# The invoice's own heading and number beside the caption ("Customer | Invoice 2024-00056",
# sl "Prejemnik | Račun 2024-00056"): the title's column, no customer number.
_INVOICE_HEADING = re.compile(rf"^{INVOICE_WORD}(?:\s*{NUMBER_WORD})?\s*:?\s*\S*\d", re.IGNORECASE)


# An amount with its cents ("11,723.90", "1.234,56"): a table's header row prints none.
_FIGURE = re.compile(r"\d[.,]\d{2}(?!\d)")


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
            if found is None and not coded and not under:
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


# A party block's name caption in a cell of its own, the name in the next cell.
_NAME_WORDS = (
    # EN 16931 viewers print the term's name: "Seller name", "Buyer trading name".
    r"(?:(?:(?:seller|buyer|customer|supplier|vendor|client)\s+)?(?:trading\s+)?name"
    r"|firmenname|firma|company(?: name)?|raison sociale|nom|naam|nombre|nome"
    r"|denominazione|ragione sociale|raz[oó]n social|raz[aã]o social|denominaci[oó]n|bezeichnung"
    r"|registration name|legal name|naziv|pavadinimas|nosaukums|nimi)"
)
# A bilingual viewer prints the caption in both languages: "Name / Seller name".
_NAME_CAPTION = re.compile(rf"^{_NAME_WORDS}(?:\s*/\s*{_NAME_WORDS})?\s*:?$", re.IGNORECASE)

# The caption of a party's trading name (EN 16931 BT-28, BT-45) in a cell of its own: "Handelsname",
# "Seller trading name", "Nom commercial", "Enseigne", "Nombre comercial", "Handelsnaam".
_TRADING_CAPTION = re.compile(
    r"^(?:(?:(?:seller|buyer|customer|supplier|vendor|client)\s+)?trading\s+name|handelsname"
    r"|nom commercial|enseigne|nombre comercial|denominazione commerciale|handelsnaam"
    r"|nome comercial)\s*:?$",
    re.IGNORECASE,
)

# The caption of a party's reference or identifier in a cell of its own: "Käuferreferenz",
# "Buyer reference", "Leitweg-ID", "Kundennummer", "Customer ID", "Buyer ref.", "GLN",
# "Käuferkennung" and "Buyer identifier" (EN 16931 BT-46).
_REFERENCE_CAPTION = re.compile(
    r"^(?:[^\W\d_]+[\s.-]?){0,2}(?:referenz|reference|r[ée]f[ée]rence|referencia|riferimento"
    r"|referentie|nummer|number|num[ée]ro|n[úu]mero|kennung|identifier|identifiant)\s*:?$"
    # Short ones after their own separator ("Madrid" ends in no "id").
    r"|^(?:[^\W\d_]+[\s.-]){1,2}(?:ref\.?|id|nr\.?|no\.?|n[°º])\s*:?$"
    r"|^[^\W\d_]{4,}nr\.\s*:?$|^(?:gln|duns|iln|eori)\s*:?$",
    re.IGNORECASE,
)

_ATTENTION = re.compile(r"^(?:attn|attention)\b", re.IGNORECASE)

# An EN 16931 business term's number after a caption ("(BT-44)", "(BT-53/52)", "(BG-14)").
_TERM_NUMBER = re.compile(r"\s*\(B[TG]-\d+(?:/\d+)?\)")


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


# An IBAN alone on its line ("CH26 0076 7000 K541 2789 6").
_ACCOUNT_LINE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?")


# A street line opening with its house number ("19 Gloucester Road", "Flat 2, 19 High St",
# "1420 N Milwaukee Ave"): an address, never a name.
_NUMBERED_STREET = re.compile(
    r"^(?:(?:flat|unit|apt|apartment|suite)\s+\w{1,4},?\s+)?\d{1,5}[A-Za-z]?,?\s+"
    r"(?:[^\W\d_][\w'.-]*\s+){0,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close"
    r"|place|pl|crescent|terrace|court|ct|boulevard|blvd|square|row|gardens|grove|parade|walk"
    r"|wharf|quay|mews|highway|hwy)\b\.?"
    # France's "8 rue des Tanneurs", "12 bis avenue Foch": the street's kind after its number.
    r"|^\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|all[ée]e|impasse"
    r"|place|quai|cours|route|square)\b",
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


def _block_left(lines: list[Line], line: Line, header: Cell) -> float:
    """Where a section's block may start: a little left of its caption, or anywhere for a
    band's caption centred over its block ("TOMADOR DE SERVIÇOS")."""
    page = [w.box for ln in lines if ln.page == line.page for w in ln.words]
    middle = (min(b.x0 for b in page) + max(b.x1 for b in page)) / 2
    if len(line.cells) == 1 and abs((header.x0 + header.x1) / 2 - middle) < 8:
        return 0.0
    if band_caption(lines, line, header):  # centred as other captions are (centredbands.py)
        return 0.0
    half = _half_start(line, header, min(b.x0 for b in page), max(b.x1 for b in page))
    return header.x0 - 12 if half is None else half - 2


def _half_start(line: Line, header: Cell, left: float, right: float) -> float | None:
    """Where the caption's half of the page starts, when the line's two captions are each
    centred over its half ("Seller" | "Buyer" over rows of "Name | ..." on either side, as
    Saudi e-invoices print them); None for captions set otherwise."""
    if len(line.cells) != 2:
        return None
    first, second = line.cells
    middle = (first.x0 + first.x1 + second.x0 + second.x1) / 4
    for cell, start, end in ((first, left, middle), (second, middle, right)):
        if abs(cell.x0 + cell.x1 - start - end) > 16:
            return None
    return left if header.x0 < middle else middle


def _block_cells(below: Line, header: Cell, left: float, limit: float | None) -> list[Cell]:
    """The cells of a line under the caption that belong to its block."""
    # "Billing Address :" set flush right over its block ("Sandeep Raghunathan" / ... / "IN"):
    # the name starts left of the caption but ends at its right edge.
    cells = _in_reach(below.cells, left, header.x0 + 260) or _flush_right_under(
        below.cells, header, limit
    )
    if limit is not None:
        # A long name runs into the next block's (the same company under "Ship To") with too
        # narrow a gap to split cells: the next caption's edge cuts it.
        cells = [Cell([w for w in c.words if w.box.x0 < limit - 2]) for c in cells]
        cells = [c for c in cells if c.words]
    return cells


def _labelled_name(
    lines: list[Line], offset: int, cells: list[Cell], contact: bool
) -> Value | None:
    """The name on a "Name:" / "ATTN:" row of the block; None when the caption stands alone."""
    first = cells[0]
    # "ATTN: iViveLabs Limited     TOTAL AMOUNT DUE": the name ends at a wide gap, unless the
    # gap is the one after a lone "Name:" caption.
    run = run_of_cells(cells)
    inline = NAME_LABEL.match(run)
    rest = run[inline.end() :].strip() if inline else ""
    if not rest and len(cells) > 1:
        rest = run_of_cells(cells[1:])
        # "Name: | ACME GmbH": the name stands in the value column, where its address and
        # IDs follow ("Anschrift: | Ecke 12", "USt-IdNr.: | DE...").
        first = cells[1]
    if rest and _ATTENTION.match(run) and not LEGAL_FORM.search(rest):
        # "ATTN: Jane Doe" over "Acme Inc.": a contact; the company under it is the party, no
        # part of the contact's name.
        return Value(rest, run, first.boxes)
    if rest:
        return continued_name(lines, offset, first, rest, contact)
    return None


def _name_below(
    lines: list[Line], index: int, header: Cell, limit: float | None = None, contact: bool = False
) -> Value | None:
    """The party name under a section header: a "Name:" row, else the first unlabelled row.

    `limit`: where the next caption on the header's line starts; its block's cells are not
    this one's. `contact`: the block is the buyer's, which may name a contact over the company.
    """
    line = lines[index]
    left = _block_left(lines, line, header)
    previous_y1 = line.y1
    trading: Value | None = None  # a trading name's row, kept while a legal name may follow
    for offset, below in enumerate(lines[index + 1 : index + 7], start=index + 1):
        # The block must run on from the header: a wide gap means the section is over.
        if below.page != line.page or below.y0 - previous_y1 > 3 * line.height:
            break
        if names_columns(below) and not _FIGURE.search(below.text):
            # The item table starts: OCR'd lines are taller than their print, so a caption
            # printed under its block ("From") could reach past the gap to the table header.
            # A row with a figure in it is none ("ACME Services Ltd | Subtotal | 11,723.90":
            # the name beside the totals block).
            break
        previous_y1 = below.y1
        cells = _block_cells(below, header, left, limit)
        if not cells:
            continue
        first = cells[0]
        row_text = " ".join(c.text for c in cells)
        # "Name (BT-44):", "Firmenname (BT-27):": an e-invoice printout's caption with its
        # EN 16931 term number.
        caption = _TERM_NUMBER.sub("", first.text).strip()
        if trading is not None and not (
            _NAME_CAPTION.match(caption) and not _TRADING_CAPTION.match(caption)
        ):
            return trading  # no legal name's row under the trading name's
        if len(cells) > 1 and _TRADING_CAPTION.match(caption) and trading is None:
            # "Handelsname | Hansen Bad & Heizung" over "Firmenname | Hansen ... GmbH": the
            # trading name (EN 16931 BT-28) names the seller only where no legal name follows.
            trading = continued_name(lines, offset, cells[1], run_of_cells(cells[1:]), contact)
            continue
        if len(cells) == 1 and _NAME_CAPTION.match(caption):
            # "Name" over "Lindqvist Design Studio UG": a card's caption above its value.
            value = _flush_under(lines, offset, first)
            if value is not None:
                return continued_name(lines, value[0], value[1], value[1].text.strip(), contact)
        if title_row(cells):
            continue  # "Titolo | Ing." over "Nome" and "Cognome" (personcaptions.py)
        after = lines[offset + 1] if offset + 1 < len(lines) else below
        parts = given_and_surname(cells, _block_cells(after, header, left, limit))
        if parts is not None:
            return parts  # "Nome | STEFANO" over "Cognome | MOLINARI"
        if len(cells) > 1 and _NAME_CAPTION.match(caption):
            # "Firmenname: | ACME GmbH", "Name | ACME B.V.": a caption cell, the name beside it.
            named = continued_name(lines, offset, cells[1], run_of_cells(cells[1:]), contact)
            return wrapped_value(lines, offset, first, named)
        if len(cells) > 1 and _REFERENCE_CAPTION.match(caption):
            # "Käuferreferenz | 01-0-0-54-SH-27", "Leitweg-ID | ...", "Kunden-Nr. | K-118":
            # a viewer's party box may open with the party's reference or identifier row
            # (EN 16931 BT-10, BT-46); a reference is never the name, which follows.
            continue
        if slip_caption(first.text):
            continue  # "Viitenumero / Ref.nr | 2504177": a transfer slip's row, no name
        if NAME_LABEL.match(row_text):
            labelled = _labelled_name(lines, offset, cells, contact)
            if labelled is not None:
                return labelled
            continue
        if len(cells) > 1 and caption.endswith(":") and _same_role(caption, contact, cells[1].text):
            # "Spett.le" over "Cessionario: | Pasticceria ... S.a.s.": the block's own caption
            # again, the name beside it.
            return continued_name(lines, offset, cells[1], run_of_cells(cells[1:]), contact)
        if first.text.rstrip().endswith(":") or LABEL_VALUE_LINE.match(row_text):
            continue
        if offset == index + 1 and _code_under(first, header, limit):
            # "Kunde" over "20117", beside "Ihre Bestellung" over "E-77812", or "KUNDE" over
            # "K-33791" in a side box's stack: a caption over its value, no block; the caption
            # under it is the next field's. A block's heading ("Käufer:" over "GLN 43...",
            # the company under it) has its colon or another block's caption beside it.
            return None
        if is_closing_greeting(below.text):
            break  # "MERCI ET BON VOYAGE" under a blank customer caption (closinggreeting.py)
        if not_a_name(row_text) or _ACCOUNT_LINE.fullmatch(row_text.strip()):
            continue  # a QR-bill's "Konto / Zahlbar an" over the IBAN, then the name
        if customer_number(row_text):
            return None  # "CLIENTE" over "4302": a column of codes, no party's block
        if _NUMBERED_STREET.match(row_text) and _town_below(lines, offset, first):
            # "FROM:" over "Flat 2, 19 Gloucester Road" / "Bristol BS7 8AA": a block of the
            # address alone; its party is named elsewhere (the letterhead).
            return None
        if is_return_address(row_text) and STRONG_SEPARATOR.search(row_text):
            if _town_below(lines, offset, first):
                continue  # the sender's return address, in small print over the window's block
            piece = first_piece(row_text)  # the party's own address in one line
            return Value(piece, row_text, tuple(b for c in cells for b in c.boxes))
        return continued_name(lines, offset, first, run_of_cells(cells), contact)
    return trading


def _same_role(caption: str, buyer: bool, beside: str) -> bool:
    """Whether a caption under the block's caption names the same party with a name beside it
    ("Spett.le" over "Cessionario: | ACME S.r.l."), not a code ("Kunde: | 10452")."""
    pattern = BUYER_SECTION if buyer else SELLER_SECTION
    return (
        pattern.fullmatch(caption.rstrip(" :")) is not None
        and not customer_number(beside.strip())
        and not not_a_name(beside.strip())
    )


def _flush_under(lines: list[Line], index: int, caption: Cell) -> tuple[int, Cell] | None:
    """The value flush under a caption alone in its column, on the next line at the line
    pitch (an online viewer's card: "Name" over the name), with its line's index."""
    line = lines[index]
    for offset, below in enumerate(lines[index + 1 : index + 3], start=index + 1):
        if below.page != line.page or below.y0 - line.y1 > 1.5 * max(line.height, below.height):
            return None
        under = [c for c in below.cells if abs(c.x0 - caption.x0) < 4]
        if under:
            text = under[0].text.strip()
            if text.endswith(":") or _NAME_CAPTION.match(text) or not_a_name(text):
                return None
            return offset, under[0]
    return None


def _code_under(cell: Cell, header: Cell, limit: float | None) -> bool:
    """Whether the cell is a customer number set flush under a field's caption (its value):
    one with no colon, or one with another field's caption beside it."""
    text = cell.text.strip()
    if (limit is None and header.text.rstrip().endswith(":")) or _ACCOUNT_LINE.fullmatch(text):
        return False  # a QR-bill's "Zahlbar an" over the IBAN, then the payee's name
    # "GLN 4304171000002" under "Käufer": the party's location number heading its block
    # (the name under it); a customer number is shorter.
    short = sum(ch.isdigit() for ch in text) <= 10
    return abs(cell.x0 - header.x0) < 4 and short and customer_number(text)


def _in_reach(cells: list[Cell], left: float, right: float) -> list[Cell]:
    """The cells starting between `left` and `right`, and those running on from them.

    A monospace font's words stand in cells of their own ("Weinhaus | Saale-Unstrut | GmbH",
    wordspace.py): a word a space after a kept one is the same phrase even when it starts
    past the reach."""
    kept: list[Cell] = []
    for position, cell in enumerate(cells):
        runs_on = bool(kept) and kept[-1] is cells[position - 1]
        if left <= cell.x0 <= right or (runs_on and word_space_after(kept[-1], cell)):
            kept.append(cell)
    return kept


def _flush_right_under(cells: list[Cell], header: Cell, limit: float | None) -> list[Cell]:
    """The cell set flush right under a caption set flush right, starting left of it (a
    right-hand block's lines are longer than its caption); none when another caption on
    the caption's line comes after it (its block is the next one)."""
    if limit is not None:
        return []
    return [c for c in cells if abs(c.x1 - header.x1) < 3 and c.x0 < header.x0 - 12][:1]


def _town_below(lines: list[Line], index: int, cell: Cell) -> bool:
    """Whether a postcode and town line follows within a few lines, in the cell's column (an
    OCR'd column's edges wander by up to a line's height)."""
    tolerance = max(6.0, lines[index].height)
    for below in lines[index + 1 : index + 6]:
        if below.page != lines[index].page:
            return False
        for other in below.cells:
            town = town_in(other.text)
            if town and abs(other.x0 - cell.x0) < tolerance:
                return True
    return False
