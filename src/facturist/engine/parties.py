"""Seller and buyer names: the blocks their section labels head, else a legal-form line on top."""

from __future__ import annotations

import itertools
import re

from facturist.engine.accountholder import account_holder, holder_named, holder_spelled
from facturist.engine.acronymname import acronym_spelled
from facturist.engine.appendixcaption import page_one_copy
from facturist.engine.attention import heads_attention, is_attention, name_over_attention
from facturist.engine.billedblock import (
    addressed_in_window,
    company_under_person,
    in_window,
    other_company_addressed,
)
from facturist.engine.billedcompany import company_over_guest
from facturist.engine.brandline import restated_below
from facturist.engine.centredletterhead import centred_letterhead_over_block
from facturist.engine.column_captions import names_columns
from facturist.engine.confidential import name_under_confidential
from facturist.engine.contactblock import issuer_by_contacts
from facturist.engine.courtesytitle import with_name_beside
from facturist.engine.customerblock import block_under_number
from facturist.engine.customertaxblock import letterhead_over_customer_block
from facturist.engine.deliverycaption import delivery_caption
from facturist.engine.faxheader import FAX_HEADER as _FAX_HEADER
from facturist.engine.fences import unfenced
from facturist.engine.footerbank import bank_line
from facturist.engine.footercompany import footer_company, over_account, same_name
from facturist.engine.footerformapart import footer_name_before_form
from facturist.engine.footerfullname import footer_full_name, footer_holds
from facturist.engine.footerletterhead import footer_letterhead
from facturist.engine.formopeningline import (
    form_opened_tagline,
    with_form_opening_next_line,
)
from facturist.engine.gridcaptions import grid_caption
from facturist.engine.headername import header_name
from facturist.engine.headingfrom import without_heading_from
from facturist.engine.holdercaption import holder_block_name
from facturist.engine.holdername import holder_name
from facturist.engine.holderstack import holder_stacked
from facturist.engine.inlineto import inline_to_name
from facturist.engine.labels import BUYER_SECTION, NAME_LABEL, SELLER_SECTION
from facturist.engine.lastfooter import issuer_footer
from facturist.engine.layout import Cell, Line, column_below, line_holding, print_height
from facturist.engine.legalfooter import is_sentence
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.letterheadtagline import (
    name_over_tagline,
    tagline_under_name,
)
from facturist.engine.logobeside import with_logo_beside
from facturist.engine.logospelling import logo_spells_footer
from facturist.engine.logostack import stack_printed_whole
from facturist.engine.model import Value
from facturist.engine.nameabove import with_line_above
from facturist.engine.namecaption import without_name_caption
from facturist.engine.namedblock import name_over_address
from facturist.engine.numberedblock import letterhead_over_numbered
from facturist.engine.pairedcaptions import paired_captions
from facturist.engine.partyblocks import (
    CARE_OF,
    STRONG_SEPARATOR,
    letterhead_over_recipient,
    uncaptioned_block,
    window_address,
)
from facturist.engine.partycaptions import section_name
from facturist.engine.partylisting import listed_names
from facturist.engine.partynamejoin import fuller_name, with_joined_start
from facturist.engine.partynames import (
    ADDRESS_CAPTION,
    OWNER_BY_DI,
    OWNER_LINE,
    customer_number,
    initials,
    logo_over_address,
    names_by_form,
    not_a_name,
    till_field,
)
from facturist.engine.partynames import spaced_name as spaced_name
from facturist.engine.passenger import guest_name, member_name, passenger_name
from facturist.engine.payables import under_addressee_office
from facturist.engine.payeename import payee_spelled
from facturist.engine.referencerows import reference_value
from facturist.engine.registeredhead import registered_letterhead
from facturist.engine.remittanceslip import without_slip_senders
from facturist.engine.senderletterhead import name_over_sender
from facturist.engine.shipmentrows import in_shipment_box
from facturist.engine.shortnames import spelled_out
from facturist.engine.sidebarform import name_over_bare_form
from facturist.engine.sidecolumnseller import side_column_seller
from facturist.engine.sitecaptions import site_value
from facturist.engine.slippayee import without_slip_payees
from facturist.engine.soletraderseller import person_under_brand
from facturist.engine.spacedcaptions import joined_captions
from facturist.engine.spacedform import closes_spaced_name, unit_after_figure
from facturist.engine.splitlogo import logo_printed_whole, monogram_printed_whole
from facturist.engine.stackedfullname import stack_printed_elsewhere
from facturist.engine.stackedletterhead import name_under_kicker, with_line_under
from facturist.engine.stackedopenname import stack_under_printed_elsewhere
from facturist.engine.stampname import stamp_name
from facturist.engine.streetovertown import street_over_town
from facturist.engine.titleblock import block_under_title
from facturist.engine.titledsender import letterhead_of_titled
from facturist.engine.townoverpostcode import town_over_postcode
from facturist.engine.towns import COUNTRY_NAMES
from facturist.engine.towns import POSTCODE_TOWN as POSTCODE_TOWN
from facturist.engine.tradeletterhead import trade_over_footer
from facturist.engine.tradingname import trading_name


def party_names(lines: list[Line]) -> tuple[Value | None, Value | None]:
    """Seller and buyer names: first the sections they head, then a legal-form line near the top."""
    lines = unfenced(lines)  # "== Verkäufer =====": the caption, no name of "=" (fences.py)
    lines = joined_captions(lines)  # Courier's "BILL | TO": one caption (spacedcaptions.py)
    lines = paired_captions(lines)  # "DE | PARA" over two blocks (pairedcaptions.py)
    # "Verkäufer.Name ..... ACME GmbH & Co. KG", "ram:SellerTradeParty" over "ram:Name": a
    # viewer's listing of field rows names each party in its own row (partylisting.py).
    listed_seller, listed_buyer = listed_names(lines)
    # "Client | 411CHAUV" in the header's grid: the customer's code beside a party caption
    # names no one; the party's block is elsewhere.
    # A fax transmission line's "FROM: 0161 496 0732" is the sending station, no section.
    sections = [ln for ln in lines if not _FAX_HEADER.search(ln.text)]
    sections = without_slip_senders(sections)  # remittanceslip.py: the slip's "From:" payer
    sections = without_slip_payees(sections)  # a giro slip's "Saaja / Mottagare" (slippayee.py)
    seller = listed_seller or _named(section_name(sections, SELLER_SECTION))
    buyer = listed_buyer or _named(section_name(sections, BUYER_SECTION))
    if buyer is not None and buyer is not listed_buyer and in_shipment_box(sections, buyer):
        # A freight bill's "Empfänger: | <consignee>" among the shipment's rows: the goods'
        # receiver; the addressee in the envelope's window is billed (shipmentrows.py).
        buyer = window_address(lines)[0] or buyer
    # "Titulaire du compte" over the customer's block: a caption (holdercaption.py).
    buyer = buyer or holder_block_name(lines)
    # "Cliente n.º 1127" over a name, a street and a town: the customer's block (customerblock.py).
    buyer = buyer or block_under_number(lines)
    buyer = buyer or block_under_title(lines)  # "TAX INVOICE" over its block (titleblock.py)
    buyer = buyer or inline_to_name(lines)  # "To: Holloway Build Ltd" over its block (inlineto.py)
    sender: Value | None = None
    if buyer is not None:  # page two's "Kunde: ...", page one's block (appendixcaption.py)
        buyer = page_one_copy(lines, buyer, lambda page: party_names(page)[1]) or buyer
    if buyer is None:
        buyer, sender = window_address(lines)
        buyer = with_name_beside(lines, buyer)  # "Frau | Sabine ..." on a scan (courtesytitle.py)
        if buyer is not None and buyer.text.rstrip().endswith(":"):
            # "Leistungszeitraum:" heading a row of the header's grid: a caption ending in a
            # colon announces a value and is never anyone's name.
            buyer, sender = None, None
    if buyer is None:
        # A hotel's folio names its guest ("Huésped: | Sr. Jonas Verbeke") under the hotel's
        # own letterhead and no addressee's block: the guest is who is billed. A company's
        # block in the envelope's window, the guest in the stay's details ("Gast | Herr
        # Jonas Weber"): the company is billed for its employee's stay.
        guest = guest_name(lines)
        buyer = None if guest is None or addressed_in_window(lines) else guest
        if buyer is not None:
            # ... wherever the company's block stands, when the footer names the hotel.
            buyer = other_company_addressed(lines) or buyer
    if buyer is not None:
        buyer = company_under_person(lines, buyer)
    if seller is None:
        # "ÉMETTRICE" over "8 rue des Tanneurs": the header's large name (headername.py).
        seller = header_name(lines, buyer)
    if seller is None:
        seller, buyer = _seller_without_section(lines, buyer, sender)
    if buyer is None and lines:
        buyer = uncaptioned_block(lines, seller)
        if buyer is not None and seller is not None and tagline_under_name(lines, seller, buyer):
            buyer = None  # "Solicitors & Notaries Public" under the firm's name: its tagline
        if buyer is not None and seller is not None and issuer_by_contacts(lines, seller, buyer):
            # The block repeating the wordmark, with the phone and VAT ID: the issuer's; the
            # legal-form name over a bare address is the customer's.
            seller, buyer = buyer, seller
        elif buyer is not None:
            buyer = company_under_person(lines, buyer)
    if buyer is None and lines:
        # "PRIVATE & CONFIDENTIAL" over the addressee's name (confidential.py).
        buyer = name_under_confidential([ln for ln in lines if ln.page == lines[0].page], seller)
        if buyer is not None:  # "Ms. Aoife Gallagher" / "Director, Kestrel Biologics Limited"
            buyer = company_under_person(lines, buyer)
    if buyer is None and lines:
        # "Ardmore Hospitality Holdings DAC" over "For the attention of Mr John Mulcahy".
        buyer = name_over_attention([ln for ln in lines if ln.page == lines[0].page], seller)
    if buyer is None and lines:
        # A medical practice bills its patient, when no addressee is printed apart from them
        # (a parent addressed in the window pays for a child "Patient: ...").
        buyer = section_name(lines, _PATIENT)
    if buyer is None and lines:
        buyer = passenger_name(lines)  # an e-ticket receipt's "PASSENGER NAME : ..."
    if buyer is None and lines:
        buyer = member_name(lines)  # a gym's receipt: "Member: | Tomasz Nowicki"
    if buyer is None and lines:
        buyer = holder_name(lines)  # a telecom's "Titular: Javier Morales Ruiz" (holdername.py)
    if buyer is not None and lines:
        buyer = company_over_guest(lines, seller, buyer)  # "Client : | M. ..." (billedcompany.py)
    if seller is not None and buyer is not None and same_name(seller, buyer) and lines:
        # The addressee's block on top and a portal's account bar naming the customer again:
        # no letterhead; the company the small print under the totals names is the issuer.
        page = [ln for ln in lines if ln.page == lines[0].page]
        seller = footer_company(page, 0.5, besides=buyer) or seller
    seller = without_heading_from(seller)  # "Receipt from Mailcadet Ltd" (headingfrom.py)
    if seller is not None and lines:
        page = [ln for ln in lines if ln.page == lines[0].page]
        seller = spelled_out(seller, page, (buyer.text,) if buyer is not None else ())
        seller = payee_spelled(seller, page)  # "Make checks payable to ..." (payeename.py)
        seller = holder_spelled(seller, page)  # "t.n.v. Autobedrijf ..." (accountholder.py)
        seller = stack_printed_elsewhere(seller, page)  # "Pennine Software" / "Services Ltd"
        # "Université" / "Rhône-Vercors", "COMMUNE DE" / "VILLIERS-SUR-ARVE" (stackedopenname.py)
        seller = stack_under_printed_elsewhere(seller, page)
        # Page one's footer, else the last page's (lastfooter.py), read once for both.
        footer = issuer_footer(lines)
        seller = footer_full_name(seller, footer)  # (footerfullname.py)
        seller = acronym_spelled(seller, footer)  # "DELSA" (acronymname.py)
        # "Comptoir Provençal de l'Épicerie – SAS au capital ...": the name apart from its
        # form in the footer (footerformapart.py).
        seller = footer_full_name(seller, footer_name_before_form(page))
        # A brand over a tagline and "José Antonio Vidal Ferrer" heading the street, a
        # personal tax number below: the sole trader is the seller (soletraderseller.py).
        seller = person_under_brand(page, seller) or seller
        # "AUTO-DÍLY NOVÁK" over "spol. s r.o. • tagline" (formopeningline.py).
        seller = with_form_opening_next_line(seller, page)
    # "Titular: Veltrona Ibérica, S.L." read whole as a block's line (namecaption.py).
    seller, buyer = without_name_caption(seller), without_name_caption(buyer)
    return _without_honorific(seller), _without_honorific(buyer)


def letterhead_party(lines: list[Line], other: Value) -> Value | None:
    """The party the page's letterhead names, as read where no caption heads a block, the
    `other` party's block set aside."""
    return _seller_without_section(lines, other, None)[0]


def _named(party: Value | None) -> Value | None:
    """The party, unless its "name" is an account code: one token of capitals and digits, or
    holds no word at all ("************3381", a masked card number under a slip's "CLIENTE")."""
    if party is None or not isinstance(party.value, str):
        return party
    text = party.value.strip()
    if _ACCOUNT_CODE.fullmatch(text) or customer_number(text) or not _LETTERS.search(text):
        return None
    return party


_LETTERS = re.compile(r"[^\W\d_]{2}")
# "411CHAUV", "CLI-004817", "K-2231": capitals and digits, no space; "3M" is too short.
_ACCOUNT_CODE = re.compile(r"(?=\S*\d)(?=\S*[A-Z])[A-Z0-9][A-Z0-9\-/.]{3,19}")


def _seller_without_section(
    lines: list[Line], buyer: Value | None, sender: Value | None
) -> tuple[Value | None, Value | None]:
    """The seller where no section names it: a legal-form name near the top, the sender's
    line, the footer's company, a trading name, and at last the top line's name; the buyer
    where one of these turns out to be the addressee."""
    seller: Value | None = None
    first_page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
    top = first_page[: max(12, len(first_page) // 3)]
    formed = [
        (index, position)
        for index, line in enumerate(top)
        for position, cell in enumerate(line.cells)
        if not _FAX_HEADER.search(line.text)
        # "Issued by Ryde B.V. on behalf of:": a caption over the block, not its name.
        # "THAMESBROOK | PIGMENTS | LTD": Courier's form alone in a cell (spacedform.py).
        if (names_by_form(cell.text) or closes_spaced_name(line.cells, position))
        and not is_sentence(cell.text)
        # "Rate (BHD)" over the items: a column's caption (its currency no "Bhd") names no one.
        and not names_columns(line)
        and not cell.text.rstrip().endswith(":")
        # "28.540 | kg": a quantity's unit, no "KG" (spacedform.py).
        and not unit_after_figure(line.cells, position)
        # "Kenteken | : BV-123-X": the value of a caption's row, no one's name.
        and not _captioned_value(line.cells, position)
        # "Ihre Referenz: | Einbauschrank Flur OG": a field's value after its caption, whose
        # last word only reads like a legal form (Austria's "OG").
        and not _value_of_caption(line.cells, position)
        # "Er referens | Lina Ek": a contact person beside the buyer's block (referencerows.py).
        and not reference_value(line.cells, position)
        # "Bauvorhaben: | Bad OG" in the details block: the job's site (sitecaptions.py).
        and not site_value(line.cells, position)
        and not till_field(line.cells, position)  # "Caisse | APS 03": a till's id
        # "c/o Syndic Gestimmo SPRL": the intermediary in the addressee's block.
        and not CARE_OF.match(cell.text.strip())
        # "Inh. Johanna Seebach e.K.": the owner's line under the firm's name.
        and not OWNER_LINE.match(cell.text.strip())
        and not form_opened_tagline(cell.text)  # "SAS – Gros œuvre · ..." (formopeningline.py)
        and not ADDRESS_CAPTION.match(cell.text.strip())
        and not bank_line(cell.text)  # "AB SEB bankas · LT60 ...": the account's bank
        # "Förde Bank eG" over "IBAN DE..": the bank heading an account column (footercompany.py)
        and not over_account(cell, first_page[index + 1] if index + 1 < len(first_page) else None)
        and not _COUNTRY.fullmatch(cell.text.replace(".", "").strip())  # "U.S.A": no "S.A"
        and not heads_attention(top, index, cell.x0)
        # "SHIP TO" over "Wicker Park Brewing Co. – Taproom": the customer's place.
        and not _under_ship_to(top, index, cell)
        and (buyer is None or (cell.text != buyer.text and not _in_block(lines, buyer, cell)))
    ]
    payable = [(i, p) for i, p in formed if under_addressee_office(top, i, top[i].cells[p])]
    if payable and buyer is None:
        # "Accounts Payable" over "Tidewell Surveying Ltd": the addressee's block (payables.py);
        # so is "The Manager" over "Copperleaf Café Ltd" (roleline.py).
        buyer = with_joined_start(top[payable[0][0]].cells, payable[0][1])
        formed = [n for n in formed if n not in payable]
    if formed:
        # An addressee over no tax number ("Orion Foods Co., Ltd." top left), the issuer's
        # block beside it with its registration ("Registration No. T1011..."): the issuer.
        taxed = [n for n in formed if _holds_tax_id(top, *n)]
        if not taxed and buyer is None:
            # Two blocks on top, neither captioned ("Quaybridge Joinery Ltd" left, "Ledgerly
            # Software UK Ltd" right): the one the footer's legal line names is the issuer.
            taxed = _named_by_footer(top, formed, footer_company(first_page))
        index, position = taxed[0] if taxed and buyer is None else formed[0]
        start = with_joined_start(top[index].cells, position)
        if sender is not None and start.text == sender.text and start.value != sender.value:
            start = sender  # the return-address line: its name piece, read apart from the street
        seller = with_line_above(top, index, position, start)
        # "ROUVIÈRE" / "& ASSOCIÉS" heading a sidebar over its "SELARL" (sidebarform.py).
        seller = name_over_bare_form(seller, first_page)
        seller = with_logo_beside(top, index, position, seller)  # "MAIR" beside the name
        if taxed and buyer is None and taxed[0] != formed[0]:
            buyer = with_joined_start(top[formed[0][0]].cells, formed[0][1])
        logo = (
            None
            if taxed or buyer
            else logo_over_address(top, index, top[index].cells[position])
            or letterhead_over_recipient(top, index, top[index].cells[position])
            # ... under the customer's number ("Cliente n.º 004411", numberedblock.py)
            or letterhead_over_numbered(top, index, top[index].cells[position])
            # ... over "N° TVA client : FR...", perhaps below `top` (customertaxblock.py)
            or letterhead_over_customer_block(first_page, index, top[index].cells[position])
            # ... named by the page's legal details (registeredhead.py)
            or registered_letterhead(first_page, index, top[index].cells[position])
            # ... centred over its own address line (centredletterhead.py)
            or centred_letterhead_over_block(
                top, index, top[index].cells[position], footer_company(first_page)
            )
        )
        if logo is not None:  # the legal-form name right of a logo's letterhead: addressee
            seller, buyer = logo, seller
    if seller is not None:
        seller = fuller_name(seller, (sender, footer_company(first_page)))
    if seller is not None and (buyer is None or not names_by_form(str(buyer.value))):
        # "GARAGE DUFOUR & FILS" on top, the footer's "Garage Dufour & Fils SRL": the
        # seller; the legal-form name under the letterhead is the addressee. So it is where
        # a person is named too: a hotel's "Client : M. ..." row, or the contact under the
        # company's name ("Frau ..."): the company is billed, for its guest's stay.
        footer = footer_company(first_page)
        # ... or "novatelecom pro" for the footer's "Nova Telecom Pro SAS" (logospelling.py).
        letterhead = footer_letterhead(first_page, seller, footer) or logo_spells_footer(
            first_page, seller, footer
        )
        if letterhead is not None:
            seller, buyer = letterhead, seller
    if seller is not None and buyer is None and in_window(first_page, seller):
        # A legal-form name where an envelope's window shows the recipient, while the
        # footer names another company: the footer's is the seller's (its legal details).
        footer = footer_company(first_page)
        if footer is not None and footer.text != seller.text:
            seller = footer
    if seller is None and sender is not None:
        # "Dipl.-Ing. K. Wehrmann" set large over "Ingenieurbüro für ... · Street 88 · Town":
        # the sender line opens with the trade; the name is over it (senderletterhead.py).
        seller = name_over_sender(first_page, sender) or sender
        # "Notarin Dr. Brandt · ...": the letterhead prints the full name (titledsender.py).
        seller = letterhead_of_titled(first_page, seller) or seller
    if seller is None:
        seller = footer_company(first_page)
        short = _top_line_name(top, first_page, buyer) if seller is not None and top else None
        if short is not None and footer_holds(short, seller):
            # "MOREAU & ASSOCIÉS" heading the letterhead, the footer's "SELARL Moreau &
            # Associés": the footer's name at the letterhead's place, so that the address
            # is read under it and the block is not taken for the addressee's.
            seller = footer_full_name(short, seller)
        elif short is not None and seller is not None and trade_over_footer(short, seller):
            # "LIBRAIRIE LE PASSEUR DE MOTS" over the footer's "SARL Le Passeur de Mots":
            # the same, the letterhead adding its trade (tradeletterhead.py).
            seller = Value(seller.value, short.text, short.boxes, seller.confidence)
    if seller is None:
        seller = trading_name(top)  # "Gareth Pryce t/a Pryce Carpentry"
    if seller is None and _grid_on_top(top):
        # "ACCOUNT | ORDER ID | BILLED TO" over their values: a platform receipt's info
        # grid on top, no letterhead; its legal seller is in the small print lower down.
        seller = footer_company(first_page, 0.5)
    if seller is None and top:
        seller = _top_line_name(top, first_page, buyer)
    if seller is not None and buyer is not None and same_name(seller, buyer):
        # Both blocks on top read to someone ("Attention: ..."), the buyer's named by its
        # caption elsewhere: the other company's block is the issuer's (a third column).
        seller = _attended_company(lines, top, buyer) or seller
    if seller is not None and buyer is not None and same_name(seller, buyer):
        # The buyer named by a transfer slip's "Maksaja" row, its block on top, the seller's
        # logo without its legal form: the footer's company is the issuer.
        seller = footer_company(first_page, besides=buyer) or seller
    if seller is not None and (buyer is None or same_name(seller, buyer)):
        # A side column's legal-form name over its VAT ID and IBAN (sidecolumnseller.py).
        side = side_column_seller(first_page, seller)
        seller, buyer = (side, buyer or seller) if side is not None else (seller, buyer)
    return seller, buyer


def _attended_company(lines: list[Line], top: list[Line], buyer: Value) -> Value | None:
    """The first legal-form name on top over an attention line that is not the buyer's."""
    for index, line in enumerate(top):
        for position, cell in enumerate(line.cells):
            text = cell.text.strip()
            if not names_by_form(text) or is_sentence(text) or text.endswith(":"):
                continue
            if not heads_attention(top, index, cell.x0) or _in_block(lines, buyer, cell):
                continue
            found = with_joined_start(line.cells, position)
            if not same_name(found, buyer):
                return found
    return None


def _named_by_footer(
    top: list[Line], formed: list[tuple[int, int]], footer: Value | None
) -> list[tuple[int, int]]:
    """The one legal-form name on top, of two or more, that the footer prints again (its
    register line names the issuer), when it is not the first; else none."""
    if footer is None or len(formed) < 2:
        return []
    wanted = str(footer.value).casefold().rstrip(" .")
    printed = set(footer.boxes)
    named = [
        (index, position)
        for index, position in formed
        if str(with_joined_start(top[index].cells, position).value).casefold().rstrip(" .")
        == wanted
        # A short page's "top" reaches its foot: the footer's own line names it only once.
        and not printed & set(top[index].cells[position].boxes)
    ]
    return named[:1] if named and named[0] != formed[0] else []


def _top_line_name(top: list[Line], first_page: list[Line], buyer: Value | None) -> Value:
    """The last resort: the name the top lines print, or a stamp's, a logo's, a payee's."""
    # A title ("Invoice") alone at the top names no one.
    # A fax machine's transmission line over the page names no one either.
    unfaxed = [ln for ln in top if not _FAX_HEADER.search(ln.text)] or top
    named = [
        c
        for ln in unfaxed[:3]
        for c in ln.cells
        if not initials(c.text) and not not_a_name(c.text) and not _glyph_debris(c.text)
    ]
    # "Corso Vittorio Emanuele II, 71" flush right, a line over the tall wordmark
    # beside it ("giulia ferraris"): the letterhead's street, no name.
    # ... unless a trade tagline is set under it ("ÉLEC'TRIC 33" / "Électricité générale").
    named = [c for c in named if not _street_line(c.text) or name_over_tagline(unfaxed, c)] or named
    # "58 Belgrave Road" over "Leicester LE4 6AS" flush right (streetovertown.py).
    named = [c for c in named if not street_over_town(unfaxed, c)] or named
    # A form's printed words on top ("Rechnung | Nr.", "Durchschrift"), no name: a
    # stamp's lines over its street and town name the seller (stampname.py).
    stamp = None if named else stamp_name(top, (buyer.text,) if buyer else ())
    first = _letterhead(top, buyer) or (named or top[0].cells)[0]
    # "Lena Marchetti" over "Copywriting & Editing" over the street: the line heading the
    # address is the tagline when the payment details name the line above as the account's
    # holder ("Account name: L Marchetti"); the payee is the seller.
    if first is not (named or top[0].cells)[0]:
        holder = account_holder(first_page)
        if not holder_named(first.text, holder):
            first = next((c for c in named if holder_named(c.text, holder)), first)
        if not holder_named(first.text, holder):
            # "Huisartsenpraktijk" / "De Linde" stacked on top, the holder's name whole
            # ("t.n.v. Huisartsenpraktijk De Linde"): the letterhead (holderstack.py).
            stacked = holder_stacked(unfaxed, holder)
            if stacked is not None:
                return stacked
    seller = stamp or Value(first.text, first.text, first.boxes, 0.4)
    if stamp is None and first is (named or top[0].cells)[0]:
        # A logo word over the name that heads the address ("TAXI" / "Serkan Yilmaz").
        seller = (
            # "Harwick" / "BOROUGH COUNCIL": a logo over two lines, printed whole lower down.
            logo_printed_whole(unfaxed, first, first_page)
            # "CL" over "PHOTOGRAPHIE": a monogram over its trade word (splitlogo.py).
            or monogram_printed_whole(unfaxed, first, first_page)
            # "HMS" set tall beside "Kowalski" / "Hausmeisterservice", printed whole below.
            or stack_printed_whole(unfaxed, first, first_page)
            or name_over_address(top)
            or with_line_under(unfaxed, first)
            or name_under_kicker(unfaxed, first)  # "STUDIO TECNICO" / "Ing. ..."
            or seller
        )
    if stamp is None:
        # "WASHMATE | COIN LAUNDRY" over "WASHMATE SELF SERVICE LAUNDRY": the brand, then
        # the name it stands for (brandline.py).
        seller = restated_below(unfaxed, seller)
    if not _WORD.search(str(seller.value)):
        # OCR's debris of a letterhead it lost ("A Z D": white on a coloured band):
        # the payee the payment line names ("t.n.v. Schildersbedrijf Van Dijk").
        seller = account_holder(first_page) or seller
    return seller


# A country's line, its dots taken out ("U.S.A" -> "USA").
_COUNTRY = re.compile(COUNTRY_NAMES, re.IGNORECASE)
# A word of three letters: what any name holds, and OCR's debris of a logo does not.
_WORD = re.compile(r"[^\W\d_]{3}")


def _grid_on_top(top: list[Line]) -> bool:
    """Whether one of the page's first three lines is a row of a caption grid's captions."""
    head = top[:3]
    return any(grid_caption(head, cell) for line in head for cell in line.cells)


def _under_ship_to(lines: list[Line], index: int, cell: Cell) -> bool:
    """Whether a delivery caption ("Ship to", "Lieferanschrift") heads the cell's column a
    few lines up: the block is where the goods go, the buyer's, never the seller's. Beside
    another column's rows ("Invoice date", "Order date", each a line of its own) the caption
    may stand further up: the column's own lines, close one under the other, lead to it."""
    edge = lines[index].y0  # the top of the column's block read so far
    for count, above in enumerate(reversed(lines[max(index - 8, 0) : index]), 1):
        if above.page != lines[index].page:
            return False
        aligned = [other for other in above.cells if abs(other.x0 - cell.x0) < 6]
        if count > 4 and (not aligned or edge - above.y1 > 1.5 * above.height):
            if aligned:
                return False  # a gap: another block's line
            continue
        if any(delivery_caption(other.text) for other in aligned):
            return True
        if aligned:
            edge = above.y0
    return False


def _street_line(text: str) -> bool:
    """A letterhead's street or town line: words ending in a house number ("Corso Vittorio
    Emanuele II, 71", "Dorfstraße 8") or a postcode and town."""
    return _STREET_END.search(text) is not None or POSTCODE_TOWN.search(text) is not None


# Words, then a house number ending the line ("Via Roma 12/a", "Corso ... II, 71").
_STREET_END = re.compile(r"^[^\W\d_][^\d]{2,40}[ ,]\s*\d{1,4}[A-Za-z]?(?:/[A-Za-z0-9]{1,3})?$")


def _captioned_value(cells: list[Cell], position: int) -> bool:
    """Whether a cell opens with the colon of the caption before it ("Kenteken | : BV-123-X",
    a form's aligned colons): a field's value, unless the caption asks for a name."""
    if not cells[position].text.lstrip().startswith(":"):
        return False
    return position == 0 or not NAME_LABEL.match(cells[position - 1].text.rstrip() + ":")


def _value_of_caption(cells: list[Cell], position: int) -> bool:
    """Whether the cell is the value of a caption ending in a colon ("Ihre Referenz: | ...",
    "Projekt: ...") that asks for no name and heads no party: the field's value."""
    cell = cells[position]
    before = cells[position - 1].text.strip() if position > 0 else ""
    if before.endswith(":") and cell.x0 - cells[position - 1].x1 < 8 * print_height(cell):
        caption = before
    else:
        inline = re.match(r"^([^\W\d][^:]{2,30}:)\s*\S", cell.text.strip())
        if inline is None:
            return False
        caption = inline.group(1)
    return not (
        NAME_LABEL.match(caption + " ")
        or SELLER_SECTION.match(caption)
        or BUYER_SECTION.match(caption)
    )


def _glyph_debris(text: str) -> bool:
    """Single characters mixing letters and digits ("Z 2 0 0 m"): OCR's reading of a big
    outlined title or a drawing, no word anyone prints as a name."""
    tokens = text.split()
    return (
        len(tokens) >= 3
        and all(len(t) == 1 for t in tokens)
        and any(t.isdigit() for t in tokens)
        and any(t.isalpha() for t in tokens)
    )


# India's "M/s" (Messieurs) before a firm's name ("M/s Saurashtra Polymers Ltd").
_HONORIFIC = re.compile(r"^M/s\.?\s+(?=\S)", re.IGNORECASE)


def _without_honorific(name: Value | None) -> Value | None:
    if name is None or not isinstance(name.value, str) or not _HONORIFIC.match(name.value):
        return name
    return Value(_HONORIFIC.sub("", name.value), name.text, name.boxes, name.confidence)


def _holds_tax_id(top: list[Line], index: int, position: int) -> bool:
    """Whether the block under a name prints the registration only an issuer prints (Japan's
    qualified-invoice number "T" + 13 digits; both parties' VAT IDs may stand in Europe)."""
    cell = top[index].cells[position]
    for below in top[index + 1 : index + 7]:
        for other in below.cells:
            if other.x1 > cell.x0 and other.x0 < cell.x1 and _ISSUER_NUMBER.search(other.text):
                return True
    return False


# "Patient | Tan Wei Ling" (en, fr, de), "Patientin", nl "Patiënt", es/pt "Paciente", it
# "Paziente".
_PATIENT = re.compile(r"^(?:patient(?:in)?|pati[ëe]nt|paciente|paziente)\b\s*:?", re.IGNORECASE)
_ISSUER_NUMBER = re.compile(r"\bT\d{13}\b")


def _in_block(lines: list[Line], buyer: Value, cell: Cell) -> bool:
    """Whether a cell stands in the buyer's block, under its first line ("Hôtel Bellecour SARL /
    c/o Gestion Hôtelière SAS"): a company named there is the buyer's, never the seller."""
    if not buyer.boxes:
        return False
    if any(box in buyer.boxes for box in cell.boxes):
        return True  # a line the buyer's name runs on to ("Trattoria ... / di Rossi S.a.s.")
    top = buyer.boxes[0]
    start = line_holding(lines, top)
    if start is None:
        return False
    beside = any(other is cell for other in lines[start].cells) and cell.x0 >= top.x0
    if beside and cell.text.strip() in str(buyer.value):
        return True  # "Aire Valley Textiles | Ltd": monospaced print's cell of the name
    block = itertools.islice(column_below(lines, start, top.x0, tolerance=6), 4)
    return any(other is cell for _line, other in block)


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
        if names_columns(line):
            return None  # the item table's header ("Quantità" over "1"): the letterhead is over
        for position, cell in enumerate(line.cells):
            text = cell.text.strip()
            if any(ch.isdigit() for ch in text) or not_a_name(text) or len(text) < 3:
                continue
            if _COUNTRY.fullmatch(text.replace(".", "").strip()):
                continue  # "Germany" closing a flush-right address over the phone: no name
            if _value_of_caption(line.cells, position):
                continue  # "Job: | Mill St, Syston": a field's value
            if buyer is not None and (text == buyer.text or _in_block(top, buyer, cell)):
                continue  # "Holloway Build Ltd" / "Pinfold House" / street: the buyer's block
            if _trade_list(text):
                continue  # "Ingegneria strutturale · Collaudi · Sicurezza": a tagline
            if OWNER_BY_DI.match(text) and _heads_address(top, index, cell):
                # "TERMOIDRAULICA BASSI" / "di Bassi Luca" / street: the owner's line heads
                # the address and runs on the firm's name over it, in the same block.
                return _trade_name_over(top, index, cell)
            if _under_ship_to(top, index, cell):
                continue  # "Lieferadresse" over a care home's name: where the goods go
            if is_attention(text) or heads_attention(top, index, cell.x0):
                continue  # "Bakkerij X" / "t.a.v. dhr. P. Hendriks": the addressee's block
            if _heads_address(top, index, cell) and not town_over_postcode(top, index, cell):
                return None if index == 0 else cell  # "Harrogate" / "HG1 1LE": a town line
    return None


def _trade_name_over(top: list[Line], index: int, owner: Cell) -> Cell | None:
    """The name over a sole trader's owner line in its block (overlapping it, no digit), run
    on with the owner's line. A tagline in the other column may stand between them."""
    for above in reversed(top[max(0, index - 3) : index]):
        if above.page != top[index].page:
            return None
        for cell in above.cells:
            if not (cell.x0 < owner.x1 and owner.x0 < cell.x1):
                continue  # "Impianti termici - idraulici" on the left: another column's
            text = cell.text.strip()
            if any(ch.isdigit() for ch in text) or not_a_name(text):
                return None
            return Cell([*cell.words, *owner.words])
    return None


def _trade_list(text: str) -> bool:
    """A letterhead's tagline listing its trades with dots or bars between them ("Malerarbeiten
    · Fassaden · Bodenbeläge"): no name, though it may stand right over the address."""
    return len(STRONG_SEPARATOR.split(text)) >= 3 and not LEGAL_FORM.search(text)


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
