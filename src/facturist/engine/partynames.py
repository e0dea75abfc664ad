"""What a party's name looks like as text: a legal form, a logo's initials, OCR's spacing,
and the lines that stand where a name goes but are none (titles, captions, identifiers)."""

from __future__ import annotations

import functools
import itertools
import re

from facturist.engine.approvalnotes import approval_note
from facturist.engine.captionwords import name_caption_word
from facturist.engine.deliveryheading import delivery_heading
from facturist.engine.freightroles import freight_role
from facturist.engine.labels import BUYER_SECTION, DOCUMENT_TITLE, LABELS_BY_RANK, SELLER_SECTION
from facturist.engine.layout import Cell, Line, column_below
from facturist.engine.legalforms import LEGAL_FORM, SHARE_CAPITAL
from facturist.engine.model import Value
from facturist.engine.ocrforms import read_misread_forms
from facturist.engine.officestamps import office_stamp
from facturist.engine.payables import payables_line
from facturist.engine.placedate import place_and_date
from facturist.engine.possessivecaption import possessive_caption
from facturist.engine.receiptsentence import receipt_sentence
from facturist.engine.roleline import role_line
from facturist.engine.sectionheadings import section_heading
from facturist.engine.taglinepiece import letter_spaced
from facturist.engine.towns import POSTCODE_TOWN
from facturist.engine.webaddress import without_web_addresses

# What reads as a legal form but is none: a unit after a number or in brackets ("1 kg",
# "Paku 3\" (kg)"), a Dutch postcode's letters ("3511 NV Utrecht"), a street's direction
# after its house number ("Av. Constitución 2050 Pte.", Mexico's poniente) without
# Singapore's "Ltd" after it, a hotel's "Spa" in its list of trades ("Hotel · Restaurant ·
# Spa"), no Italian S.p.A.
_FORM_LOOKALIKE = re.compile(
    r"\d\s*(?i:kg)\b|\((?i:kg)\)|\b\d{4} ?[A-Z]{2}\b|(?<=\d )(?:Pte|Ote)\.?(?!\s*(?i:ltd|limited))"
    r"|(?<=[·•|&] )Spa\b|\bSpa(?= [·•|&] )"
    # An e-mail or web address ("accounts@northgate-it.co.uk", "www.acme.co"): no "Co.".
    r"|\S+@\S+|\b(?:www\.|https?://)\S+"
    # A British or Irish industrial estate in an address ("Severn Trading Estate", "Enterprise
    # Park"): no company's "Trading".
    r"|\b(?i:trading|enterprise)\s+(?i:estate|park|centre|center|zone)\b"
    # A German floor after its number ("Wohnung 2. OG", "1.OG links"): no Austrian "OG".
    r"|\b\d{1,2}\.\s?OG\b"
    # The Dutch account holder's "t.n.v." (ten name van) before the payee: no "N.V.".
    r"|\b(?i:t\.\s?n\.\s?v\.)"
    # German "ab" (from) before a date or time ("gültig ab 02.10.2024", "ab 08:46"): Sweden's
    # "AB" is printed in capitals.
    r"|\bab(?=\s+\d)"
    # Norwegian and Danish "og" (and) in lower case between words ("Avd. Personal og HMS",
    # "Rør og Varme"): Austria's "OG" is printed in capitals.
    r"|(?<=\w )og(?= \w)"
    # A short word joined to the next by a hyphen ("KG-ZNS", a physiotherapist's
    # Krankengymnastik for nervous disorders; "AG-Leiter"): a compound's first part, never
    # the legal form that ends a company's name.
    r"|\b[^\W\d_]{2,4}-(?=[^\W\d_])"
)
# Norway's and Denmark's legal forms, printed in capitals after the name ("Vestland Energi
# AS", "Norsk Hydro ASA", "Dansk Træ IVS", "Hansen & Søn I/S"): LEGAL_FORM leaves them out,
# as "as" is an English word; in capitals, ending the name, they are the form. So are
# Estonia's "OÜ" (osaühing) and Finland's listed "Oyj".
_NORDIC_FORM_END = re.compile(r"(?<=[^\W\d_]{2} )(?:ASA?|IVS|[IKP]/S|OÜ|Oyj)\.?$")
# A code of letters and digits joined by hyphens (a licence plate "BV-123-X", a file number
# "AG-2024-17"): a hyphen is a word boundary, but a legal form is a word of a name.
_HYPHENED_CODE = re.compile(r"(?<!\S)(?=[\w/.-]*\d)[\w/.]*\w-[\w/.-]+")

# Two or three capitals and a bare number, a flight's or a form's code ("SL 851", "AG 12"): a
# form with no name before it (a monospaced line keeps them in one cell).
_CODE_AND_NUMBER = re.compile(r"^\s*[A-Z]{2,3} \d{1,5}\s*$")


# Pure functions of a cell's text, memoised: the party rules ask them of the same cells over
# and over (the footer, the top lines, each block's rows).
@functools.lru_cache(maxsize=8192)
def names_by_form(text: str) -> bool:
    """Whether a cell names a company by its legal form: not a logo's initials ("SL"), not a
    share-capital line, not a unit or a postcode that looks like a form."""
    if initials(text) or SHARE_CAPITAL.search(text) or _CODE_AND_NUMBER.match(text):
        return False
    if name_caption_word(text):
        return False  # "Company | Northgate ... LLP": the name's caption (captionwords.py)
    if approval_note(text):
        return False  # "OK to pay - AB": a signer's initials, no Swedish "AB" (approvalnotes.py)
    text = without_web_addresses(text)  # "brightwave.co.uk": a domain's "co." (webaddress.py)
    if _NORDIC_FORM_END.search(text.rstrip(" ,")):
        return True
    text = _FORM_LOOKALIKE.sub(" ", read_misread_forms(text))  # "S.r.1." (ocrforms.py)
    if "-" in text:
        text = _HYPHENED_CODE.sub(" ", text)
    return LEGAL_FORM.search(text) is not None


# A legal form OCR glued to the word before it ("SilvaS.A.", "MüllerGmbH"), case as printed;
# two letters before it, so the non-profit "gGmbH" keeps its "g".
_GLUED_FORM = re.compile(
    r"(?<=[a-zß-ÿ]{2})(?=(?:S\.A\.|S\.L\.U?\.|S\.p\.A\.|S\.n\.c\.|S\.r\.l\.|S\.A\.S\.|N\.V\.|B\.V\."
    r"|Sp\.\s?[kj]\.|GmbH|AG|KG|OG|Ltd\.?|LLC|Inc\.?|Lda\.|SARL|SAS|V\.O\.F\.|plc)$)"
)
# Poland's "Sp. z o.o." with its letters o read as zeros ("Sp. z 0.0.", "Sp. z o.0.").
_OCR_SP_ZOO = re.compile(r"(?<=\s)(Sp\.\s?z)\s?[o0]\.\s?[o0]\.(?!\w)")
# An ampersand with a space on one side only ("Santos &Gomes", "Sousa& Martins").
_LOPSIDED_AMPERSAND = re.compile(r"(?<=\w)&\s+|\s+&(?=\w)")


def spaced_name(text: str) -> str:
    """A party's name with the spaces OCR dropped around "&" and before a legal form put back.

    "AT&T", spaced on neither side, stays as printed.
    """
    text = _LOPSIDED_AMPERSAND.sub(" & ", text)
    text = read_misread_forms(text)  # "Colombo S.r.I.", "S.r.1." (ocrforms.py)
    text = _OCR_SP_ZOO.sub(r"\1 o.o.", text)
    return _GLUED_FORM.sub(" ", text)


# The owner's line of a sole proprietor's letterhead ("Inh. Johanna Seebach e.K.", "Inhaberin
# ...", "Prop. R. Singh", "Owner: ..."): the person who holds the firm, not the firm's name.
# The trade name under the owner's ("Marta Nowak" / "t/a MN Couriers"): the name's line too.
OWNER_LINE = re.compile(
    r"^(?:inh\.|inhaber(?:in)?\b|owner\b|prop\.|proprietor\b|proprietress\b|propriétaire\b"
    r"|titolare\b|eigenaar\b|t/a\s|trading\s+as\s)",
    re.IGNORECASE,
)
# Italy's sole trader under the shop's name: "di" and the owner ("BAR IL CHIOSTRO" / "di De
# Luca Anna"), which runs the name on; lowercase, unlike a surname's "Di" ("Di Stefano
# Mario"); no digit, so no address line.
OWNER_BY_DI = re.compile(r"^di\s+[A-ZÀ-Ý][^\d@]*$")


def owner_under_trade_name(trade_name: str, line: str) -> bool:
    """Whether `line` is a sole trader's registered name ("Gerda Schmiedl e.K.") under the
    shop's name it trades as ("Bioladen Sonnenblume"): German and Austrian merchants register
    under their own name and print it under the shop's, as the owner's line. A line sharing a
    word with the one above ("Hans Müller" / "Müller Haustechnik e.K.") is the firm itself.
    A trade's word alone over it ("Handelsvertretung" / "Bernd Kessler e.K.") names no shop:
    the owner's name finishes the firm's."""
    if not _SOLE_TRADER.search(line) or len(trade_name.split()) < 2:
        return False
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", trade_name)}
    return not words & {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", line)}


# "e.K.", "e.Kfm.", "e.Kfr." (Germany's registered merchant), "e.U." (Austria's), ending the line.
_SOLE_TRADER = re.compile(r"\be\.\s?(?:K|Kfm|Kfr|U)\.?\s*$")


# An address's caption before its value ("Alamat/ Address: Kg. Seberang Perak", "Anschrift:
# ..."): the line is the address, no name (though "Kg." reads as a legal form).
ADDRESS_CAPTION = re.compile(
    r"^(?:[^\W\d_]+\s*/\s*)?(?:address|adresse|anschrift|alamat|indirizzo|direcci[oó]n|adres"
    r"|morada|endere[çc]o)\s*:",
    re.IGNORECASE,
)


# A logo's letters ("AK", "SL"): a company's initials, no name.
_INITIALS = re.compile(r"[A-Z]{1,3}")


def initials(text: str) -> bool:
    """A logo's letters ("SL", "FL"), no name."""
    return _INITIALS.fullmatch(text.strip()) is not None


# "GLN 4304171000002", "ILN: 40 12345 00000 3", "0049 211 123456": a code word and a long
# number, or a number alone, identifies a party but does not name it.
# A number sign before a code with a digit in it ("N° F-2025-031", "No. INV/0412").
_NUMBER_LINE = re.compile(r"^(?:N[°º]|No\.|Nr\.|#)\s*[A-Z0-9][\w\-/.]*\d[\w\-/.]*$", re.IGNORECASE)
# "BTW BE 0751.248.370", "USt-IdNr. DE 123456789": a caption and an ID after its country code.
_IDENTIFIER_LINE = re.compile(
    r"^(?:[A-Za-z][\w.\-/]{0,20}\s*[:#]?\s*)?(?:[A-Z]{2}\s?)?\+?\d[\d\s\-/.]{4,}$"
)
# A customer number beside a "Customer"/"Kunde" caption: a short code with digits in it
# ("4711", "KD-3381", "D 14022", "C-00042"), no name; or a capitals-and-digits account code
# ("BDN01", "MEAD01": letters of the name, a serial).
_CUSTOMER_CODE = re.compile(r"(?:[A-Z]{1,4}[\s\-/.]?)?\d[\d\-/.]{2,14}|[A-Z]{2,6}\d{2,6}")


# The customer's tax ID in brackets after its number ("Klant : 000318 (BTW BE0761438221)",
# "Client : 4411 (TVA FR12345678901)"): the row is still the number's.
_TAX_ID_TAIL = re.compile(
    r"\s*\((?:[^\W\d_][\w.\-/]{0,12}\s*:?\s*)?[A-Z]{2}[\s.]?\d[\d\s.]{6,14}[A-Z0-9]{0,3}\)$"
)


def customer_number(text: str) -> bool:
    if text.endswith(")"):
        text = _TAX_ID_TAIL.sub("", text)
    return bool(_IDENTIFIER_LINE.match(text) or _CUSTOMER_CODE.fullmatch(text))


# A till's caption ("Caisse | APS 03", "Kasse 3", "POS: T12"): the register's id follows, which
# may read as a legal form ("APS": Denmark's ApS), never a party's name.
_TILL_CAPTION = re.compile(
    r"^(?:caisse|kasse|till|pos|terminal|register|cassa|caja|kassa)\b\s*[:#.]?\s*",
    re.IGNORECASE,
)


def till_field(cells: list[Cell], position: int) -> bool:
    """Whether the cell is a till's id: after a till caption, in its cell or the one before."""
    text = cells[position].text.strip()
    if _TILL_CAPTION.match(text) and any(ch.isdigit() for ch in text):
        return True
    if position == 0 or not any(ch.isdigit() for ch in text):
        return False
    before = _TILL_CAPTION.match(cells[position - 1].text.strip())
    return before is not None and before.end() == len(cells[position - 1].text.strip())


SHIP_TO = re.compile(
    # Their words' space may be lost in the text layer ("Adresse delivraison", "ShipTo").
    r"^(?:ship(?:ping)?\s*to|deliver(?:y)?\s*to|shipping\s*address|delivery\s*address"
    r"|lieferadresse|lieferanschrift|adresse\s*de\s*livraison|livr[ée] [àa]"
    r"|direcci[oó]n de (?:env[ií]o|entrega)"
    r"|enviar a|morada de entrega|endere[çc]o de entrega|indirizzo di (?:consegna|spedizione)"
    r"|destinazione merce|luogo di consegna|spedire a|afleveradres|bezorgadres|leveradres"
    r"|adres dostawy|job site|site address|service address|project site"
    # The infinitive and the noun beside the participle: fr "Livrer à", "Livraison à", "Lieu
    # de livraison"; de "Lieferung an", "Liefern an", "Lieferort"; nl "Leveren aan"; it
    # "Consegnare a"; es "Entregar a/en".
    r"|livrer [àa]|livraison [àa]|lieu de livraison|lieferung an|liefern an|lieferort"
    r"|leveren aan|consegnare a|entregar (?:a|en)"
    # Where a tradesman works, the customer's site (a job's place, not who is billed): it
    # "Luogo (dell')intervento", "Indirizzo intervento", "Luogo dei lavori"; fr "Lieu
    # d'intervention", "Adresse du chantier"; es "Lugar de la obra / de los trabajos /
    # de intervención", "Dirección de la obra"; de "Einsatzort", "Montageort"; nl "Werkadres";
    # en "Work site", "Works address", "Installation address".
    r"|luogo (?:dell['’ ]\s*)?intervento|indirizzo (?:dell['’ ]\s*)?intervento|luogo dei lavori"
    r"|lieu d['’ ]\s*intervention|adresse (?:du chantier|d['’ ]\s*intervention)"
    r"|lugar de (?:la obra|los trabajos|(?:la )?intervenci[oó]n)|direcci[oó]n de (?:la )?obra"
    r"|einsatzort|montageort|werkadres|works? (?:site|address)|installation address)\b",
    re.IGNORECASE,
)
# A payment card by its brand and last digits ("Visa .... 7713", "Mastercard •••• 2209",
# "Visa ending 4417"); a card brand's name right before the digits when OCR lost the mask
# ("Mastercard 7781" for "Mastercard •••• 7781").
_PAYMENT_CARD = re.compile(
    r"^(?:visa|master\s?card|amex|american express|maestro|discover|debit card|credit card"
    r"|card)\b[^\d]{0,20}?(?:[.•*x·\u2022\u2219]{2,}|\bending(?: in)?)\s*\d{4}$"
    r"|^(?:visa|master\s?card|amex|american express|maestro|discover)\s+\d{4}$",
    re.IGNORECASE,
)
# A document title, then a number caption and a number, on one line.
_TITLE_WITH_NUMBER = re.compile(
    r"^(?:\w*rechnung\w*|\w*gutschrift|invoice|credit note|facture|avoir|factura|fattura"
    r"|factuur|fatura|faktura)\b.{0,40}?(?:\bnr|\bno|\bn[°º]|\bn\.º?|#|\bnumber|\bnummer"
    r"|\bnum[eé]ro|\bnúmero|\bnumer)\.?\s*:?\s*(?:[a-z]{1,4}\s)?\S*\d",  # "No. FV 73074"
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)
def not_a_name(text: str) -> bool:
    """True for text that can stand where a party's name goes but is none: a title or an ID."""
    text = text.strip(" ,;")
    if text and not any(ch.isalnum() for ch in text):
        return True  # "======", "------": a plain-text heading's fence or rule, no name
    if letter_spaced(text):
        return True  # "S O L I C I T O R S": a letterhead's display word, no one's name
    if re.fullmatch(r"(?:\w\s)+\w", text):
        text = text.replace(" ", "")  # a title in spaced-out letters: "R E C H N U N G"
    if text.startswith("(") and text.endswith(")"):
        return True  # "(Not to be used for payment remittance)": a remark in brackets
    if "@" in text or "www." in text.casefold():
        return True  # an e-mail or web address of a contact line
    if ADDRESS_CAPTION.match(text):
        return True  # "Address: 12 Main St": an address's caption and value
    if SHIP_TO.match(text) or delivery_heading(text):
        return True  # the delivery address's caption beside the buyer's block
    if place_and_date(text):
        return True  # "Aix-en-Provence, le 1er avril 2026": a letter's dateline (placedate.py)
    if address_heading(text):
        return True  # "Faktureringsadresse", "Postal address": a box's heading, not its name
    if _PAYMENT_CARD.match(text):
        return True  # "Visa .... 7713" heading a receipt's "Billed to": the card, not the payer
    if _TITLE_WITH_NUMBER.match(text):
        return True  # "FACTURE N° F2024-12", "Faktura korygująca nr 7/2024": a heading
    if _NUMBER_LINE.match(text):
        return True  # "N° F-2025-031", "Nr. RE-0412": the document's number alone
    if _party_caption(text):
        return True  # "ÉMETTRICE", "FACTURÉ À": a block's caption over its lines
    if _COPY_MARK.match(text):
        return True  # "Durchschrift", "Duplicata": an invoice book's copy, printed on the form
    if _CUSTOMER_CAPTION.match(text):
        return True  # "N° client | C0142": the meta block's row over the customer's block
    if _SERVICE_LINE.match(text) or _PHONE_END.search(text):
        return True  # "Customer Service (541) 555-0142": a letterhead's contact line
    if _PHONE_LINE.fullmatch(text) and sum(ch.isdigit() for ch in text) >= 7:
        return True  # "0421 53 88 10 · Fax 0421 53 88 199": numbers to call, no one's name
    if payables_line(text):
        return True  # "Accounts Payable" over the addressee's company (payables.py)
    if role_line(text):
        return True  # "The Practice Manager" over the addressee's company (roleline.py)
    if _DEPARTMENT.match(text):
        return True  # "Avd. Personal og HMS": a department under the addressee's company
    if freight_role(text):
        return True  # "SHIPPER | CONSIGNEE": a freight bill's box headings (freightroles.py)
    if section_heading(text):
        return True  # "DATOS DEL CONTRATO" over the holder's rows (sectionheadings.py)
    if receipt_sentence(text):
        return True  # "RECEBEMOS DE ACME LTDA. OS PRODUTOS ..." (receiptsentence.py)
    if approval_note(text):
        return True  # "OK to pay - AB", "Kst. 4400": the buyer's note (approvalnotes.py)
    if office_stamp(text):
        return True  # "REÇU 14 FÉV. 2025", "BEZAHLT": the recipient's stamp (officestamps.py)
    if possessive_caption(text):
        return True  # "Company's Bank Details": a field's caption (possessivecaption.py)
    return bool(DOCUMENT_TITLE.match(text) or _IDENTIFIER_LINE.match(text) or _caption(text))


# A letterhead's service line ("Customer Service (541) 555-0142", "Kundenservice 0800 ...",
# "Service clients", "Servizio clienti", "Klantenservice"): whom to call, never a party's
# name; a name never ends in a phone number either (North America's "(541) 555-0142").
_SERVICE_LINE = re.compile(
    r"^(?:customer\s+(?:service|care|support|helpline)|help\s?line|hotline|service\s+line"
    r"|kundenservice|kundendienst|service\s+cli(?:ents?|ent[eè]le)|servicio\s+al\s+cliente"
    r"|atenci[oó]n\s+al\s+cliente|servizio\s+clienti|klantenservice)\b",
    re.IGNORECASE,
)
_PHONE_END = re.compile(r"(?:\(\d{3}\)\s?|(?<!\d)\d{3}[-.])\d{3}[-.]\d{4}$")
# A line of phone and fax numbers, their captions between ("0421 53 88 10 · Fax 0421 53 88
# 199", "Tel. +33 1 42 46 71 90 / Fax ..."): only digits, separators and contact words.
_PHONE_LINE = re.compile(
    r"(?:(?:tel|t[ée]l|telefon|t[ée]l[ée]phone|telephone|phone|fon|fax|telefax|t[ée]l[ée]copie"
    r"|mobil|mobile|handy|cell|gsm|portable|m[óo]vil|cellulare|tlf|puh)\.?:?|[\d\s()+/\-–·•|.,])+",
    re.IGNORECASE,
)
# A department's line under a company's name in an addressee's block, abbreviated: no "Avd."
# (avdeling), de "Abt." (Abteilung), nl/da "Afd." (afdeling), en "Dept." (not a public body's
# "Dept. of Health"), sv "Avd.": a part of the addressee, never a company's name.
_DEPARTMENT = re.compile(r"^(?:avd|abt|afd|dept|dpt)\.\s*(?!of\b)\S", re.IGNORECASE)


# A customer-number caption, perhaps with its code ("N° client C0142", "Kunden-Nr.: 4471",
# "Customer ID", "Numéro de client", "Klantnummer").
_CUSTOMER_CAPTION = re.compile(
    r"^(?:(?:n[°º]|no\.?|nr\.?|num[eé]ro|n[úu]mero|numer|number|code|c[óo]d(?:igo|ice)?\.?)"
    r"\s*(?:de\s+|du\s+)?(?:client|cliente|klant|kunde|customer)"
    r"|(?:kunden|klant|customer|client|cliente)[\s-]?(?:nummer|nr\.?|no\.?|number|id|code|n[°º])"
    r")\s*[:#.]?(?:\s*[A-Z]{0,4}[-/]?\d[\w\-/.]*)?$",
    re.IGNORECASE,
)


# A box's heading naming the kind of address under it, alone on its line ("Faktureringsadresse",
# "Rechnungsadresse", "Postadresse", "Billing address", "Adres dostawy" reads as a ship-to):
# shops print it over the addressee's lines, and a name never ends in "address".
_ADDRESS_KIND = re.compile(
    r"^(?:[^\W\d_]+[\s-]?)?(?:adresse|adressen|adress|adres|address|anschrift|osoite)\s*:?$",
    re.IGNORECASE,
)


def address_heading(text: str) -> bool:
    """A box's heading naming the kind of address under it ("Faktureringsadresse")."""
    return _ADDRESS_KIND.match(text.strip()) is not None


# The copy a form's sheet is ("Durchschrift", "Kopie", "Duplicata", "Copia", "Customer
# copy"), printed on invoice books' pages where a name could stand.
_COPY_MARK = re.compile(
    r"^(?:durchschrift|zweitschrift|abschrift|kopie|duplikat|copy|duplicate|copie|duplicata"
    r"|copia|kopia|(?:customer|merchant|office|file) copy|original|originale)\W*$",
    re.IGNORECASE,
)


def _party_caption(text: str) -> bool:
    """A cell that is nothing but a party block's caption ("ÉMETTRICE", "Bill to:")."""
    for caption in (SELLER_SECTION, BUYER_SECTION):
        match = caption.match(text)
        if match is not None and not text[match.end() :].strip(" :"):
            return True
    return False


def _caption(text: str) -> bool:
    """A cell that is nothing but a field's caption ("Numer faktury", "Invoice Date:")."""
    bare = text.rstrip(" :")
    for key in ("invoice_number", "invoice_date", "due_date"):
        match = LABELS_BY_RANK[key].match(bare)
        if match is not None and match.end() == len(bare):
            return True
    return False


def logo_over_address(top: list[Line], index: int, cell: Cell) -> Value | None:
    """The seller's name set as a logo over its letterhead's address, when a legal-form name
    printed lower and right of it heads a block of its own: that one is the addressee.

    The logo is one to three short lines without a digit from the top of the page
    ("RHÔNE" / "EMBALLAGES"), the address line under it ends in a postcode and town, and the
    name on `top[index]` starts right of them with a street and town under it.
    """
    if index < 3 or cell.x0 < 0.5 * max(ln.cells[-1].x1 for ln in top):
        return None
    logo: list[Cell] = []
    for line in top[:4]:
        if line.page != top[0].page or len(line.cells) != 1:
            return None
        text = line.cells[0].text
        if POSTCODE_TOWN.search(text) and logo:
            if line.cells[0].x1 > cell.x0 or not _heads_town(top, index, cell):
                return None
            return Value(
                " ".join(c.text for c in logo),
                " ".join(c.text for c in logo),
                tuple(b for c in logo for b in c.boxes),
                0.6,
            )
        if any(ch.isdigit() for ch in text) or not_a_name(text) or len(text.split()) > 3:
            return None
        logo.append(line.cells[0])
    return None


def _heads_town(top: list[Line], index: int, cell: Cell) -> bool:
    """Whether a street and a town line follow the cell in its column."""
    below = [c.text for _, c in itertools.islice(column_below(top, index, cell.x0, 4), 4)]
    return any(POSTCODE_TOWN.search(text) for text in below) and any(
        any(ch.isdigit() for ch in text) and not POSTCODE_TOWN.search(text) for text in below
    )
