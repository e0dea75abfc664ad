"""Receipt seller address: the lines after the seller's name, up to the contact lines.

Also the header-line tests the name finder shares: contact and registration lines, titles,
preambles, legal forms, address words and postcodes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.branchcode import branch_code_line
from facturist.engine.housenumbertown import house_number_street, town_then_postcode
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parties import POSTCODE_TOWN
from facturist.engine.phonepiece import phone_piece
from facturist.engine.provincepostcodes import spaced_province_codes
from facturist.engine.receipt_dates import MONTH_WORD, field_value, find_date
from facturist.engine.receipt_misreads import mended_address
from facturist.engine.receipt_scan import letter_count

# Lines that end the header block (contact, registration, document title, date, staff).
STOP = re.compile(
    r"\b(TEL|TELEPHONE|PHONE|FAX|H/?P|EMAIL|E-MAIL|WWW|HTTP|GST|SST|TAX|INVOICE|RECEIPT|"
    r"CASHIER|DATE|TARIKH|TABLE|DOC|BILL|ORDER|REG|ROC|MST|VAT|UST|TVA|SIRET|TERMINAL|"
    # Indonesia's taxpayer number ("NPWP: 02.345.678.9-411.000").
    r"NPWP|"
    r"OPEN|HOURS|SHOPPING(?!\s*(?:CENTRE|CENTER|MALL|COMPLEX|ARCADE))|WELCOME)\b|T\s*:|F\s*:"
    # An e-mail's "@", or a price's ("2 @ 1.50"); not the "@" alone between words that
    # joins a shop's name to its place ("KAFE TEH TARIK @ BANGSAR SOUTH").
    r"|\S@|@(?!\s+(?!RM\b)[^\W\d]{2,})"
    # A tax number's "ID:" whose "GST" a dark scan garbled ("GGT ID: 0001..."), an "INV" no.
    r"|\bI[D1]\s*:|\bINV\b",
    re.IGNORECASE,
)
# A company registration number on its own: "(65351-M)", "JM0325955-V", "Company No: ...".
_REGISTRATION_ONLY = re.compile(
    r"^[(<]?[A-Z]{0,3}\d{3,}[- ]?[A-Z]?[)>]?[.,]?$"
    # "(No.193573-M)", "Co-REi:360671-D" (OCR for "Co-Reg:"): a caption, then the number
    # with its check letter.
    r"|^\(?(?:NO|CO[\s.-]*RE[GIL1]?)\s*[.:]?\s*\d{4,}-?[A-Z]\)?[.,]?$",
    re.IGNORECASE,
)
_REGISTRATION = re.compile(
    # "(Co, No. 402117-M)": thermal print's point often reads as a comma.
    r"\b(CO(MPANY)?[.,\s-]*(REG|NO)|BR\s*NO|ROC|SITE|REG(ISTRATION)?\s*NO|UEN)\b",
    re.IGNORECASE,
)
# "GST Reg. No: ...", "Co. Reg. No.: ...": the "No" there is no house number.
_LEADING_STOP = re.compile(
    r"\W*(GST|SST|TEL|FAX|PHONE|REG|CO\.?\s*REG|COMPANY\s*(REG|NO)|BUSINESS)", re.IGNORECASE
)
# A company number with its check letter as one word: "(JM0456789-T)", "(745521-A)".
_COMPANY_NUMBER_WORD = re.compile(r"^\(?[A-Z]{0,3}\d{5,}-[A-Z]\)?[.,]?$")
_PHONE = re.compile(r"\d{2,4}\s?-\s?\d{3,4}\s?\d{3,4}")
TITLE = re.compile(r"\b(INVOICE|RECEIPT|CASHIER)\b", re.IGNORECASE)
PREAMBLE = re.compile(
    # "CUSTOMER COPY", not a copy shop's name ("MASTER PRINT / & COPY CENTRE").
    r"\b(FORMERLY|LICENSEE|A MEMBER OF|BRANCH|OUTLET|CASH\s*(SALES?|BILL)|REPRINT|"
    r"(?<!&\s)(?<!&)COPY(?!\s*(?:CENT(?:RE|ER)|SHOP|SERVICES?|&|AND\b))|"
    r"ORIGINAL|DUPLICATE"
    # Malay "cawangan" (branch) and "resit pelanggan" (customer's receipt).
    r"|CAWANGAN|PELANGGAN)\b",
    re.IGNORECASE,
)
LEGAL_SUFFIX = re.compile(
    # "SDN MD", "SDN BND": "SDN BHD" as OCR misreads it on thermal print.
    r"\b(SDN\.?\s*(?:BHD|[B8]?[A-Z]?[DO0])|BHD|BERHAD|S/B|GMBH|LTD|LIMITED|INC|LLC|SARL|PLT|"
    r"CORP"
    # European tills print their company's form as well: pl "Sp. z o.o.", cs/sk "s.r.o.",
    # it "S.p.A." / "S.r.l.", fr "SAS", nl "B.V.", de a sole trader's "e.K." ("e.Kfm.").
    # Italy's partnerships: "S.n.c." (general), "S.a.s." (limited).
    r"|SP\.?\s?Z\s?O\.\s?O|S\.\s?R\.\s?O|S\.\s?P\.\s?A|S\.\s?R\.\s?L|SAS|B\.V|E\.\s?K(?:FM|FR)?"
    r"|S\.\s?N\.\s?C|S\.\s?A\.\s?S)\b",
    re.IGNORECASE,
)
_ADDRESS_WORD = re.compile(
    r"\b(NO|LOT|JALAN|JLN|JL|LORONG|LRG|TAMAN|TMN|BANDAR|KAMPUNG|KG|PERSIARAN|LEBUH|BLOK|BLOCK|"
    r"LEVEL|FLOOR|FLR|TINGKAT|SEKSYEN|KAWASAN|PERINDUSTRIAN|PLAZA|PUSAT|WISMA|MENARA|UNIT|"
    r"STREET|ROAD|AVENUE|STRASSE|STR|RUE|VIA|CALLE|SELANGOR|JOHOR|KUALA|LUMPUR|MELAKA|PERAK|"
    r"PAHANG|KEDAH|PENANG|PINANG|SABAH|SARAWAK|NEGERI|SEMBILAN|TERENGGANU|KELANTAN|PERLIS|"
    r"PUTRAJAYA|MALAYSIA|DARUL|EHSAN|TAKZIM|JAYA|BAHRU|KL|PJ|CENTRE|CENTER|MALL|COMPLEX"
    r"|ARCADE)\b",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"(?<!\d)\d{5}(?!\d)")
# "LOT PT 12345, JALAN ...": five digits after a lot or house caption number the plot.
_LOT_NUMBER = re.compile(r"\b(?:LOT|P\.?T|NO|UNIT|BLO[CK]K?)[.:]?\s*\d{5}(?!\d)", re.IGNORECASE)
STATE_LINE = re.compile(
    r"^\W*(SELANGOR|JOHOR|KUALA LUMPUR|MELAKA|PERAK|PAHANG|KEDAH|PENANG|PULAU PINANG|SABAH|"
    # "SELANGOR DARULEHSAN": OCR may lose the space after DARUL on a faded scan.
    # A speck after "DARUL" reads as a full stop ("NEGERI SEMBILAN DARUL. KHUSUS").
    r"SARAWAK|NEGERI SEMBILAN|TERENGGANU|KELANTAN|PERLIS|PUTRAJAYA|MALAYSIA|[A-Z ]*DARUL\.? ?"
    # The state and the country on one line, as a Malaysian address ends ("PULAU PINANG,
    # MALAYSIA."), after its postcode and town; OCR reads the country's l as an i ("Maiaysia").
    r"[A-Z]+)(?:\W+MA[LI1]AYSIA)?\W*$",
    re.IGNORECASE,
)

# A private clinic prints its registered medical practitioner under its name (Malaysia's
# Private Healthcare Facilities and Services Act): "(SA0412233-W) Dr. Aminah ... MBBS (UM)",
# a person with a medical or dental degree, or "Dr." after the clinic's number.
_PRACTITIONER = re.compile(
    r"\b(?:MBBS|MBCHB|MBBCH|BDS|DDS|MRCP|MRCGP|FRCS|FRACGP|MMED)\b"
    r"|^\W*[A-Z]{0,3}\d{5,}-?[A-Z]\W+DR\b",
    re.IGNORECASE,
)


def is_practitioner(text: str) -> bool:
    """A clinic's doctor line: a person's name with a medical degree, not the clinic's."""
    return bool(_PRACTITIONER.search(text))


def is_registration(text: str) -> bool:
    """A company registration line: "(65351-M)", "Co-Reg: 860671-D", "BR No.: 0195932-X"."""
    if _postcode_town_only(text):
        return False  # "602 00 Brno": the town, not a "BR No" caption
    # "Co. No. 567890-W  GST No. ...", "(Co. No. 301177-T)": a caption first, then numbers.
    if _REGISTRATION_ONLY.match(text.strip()) or _REGISTRATION.match(text.strip(" ([<")):
        return True
    # "(JM0741188-U) GST ID No: 0006...": the company number with its check letter, then the
    # tax number under its caption on the same row; the caption's "No" is no house number.
    first, _, rest = text.strip().partition(" ")
    if _COMPANY_NUMBER_WORD.match(first) and _LEADING_STOP.match(rest):
        return True
    return bool(_REGISTRATION.search(text)) and not _ADDRESS_WORD.search(
        _REGISTRATION.sub("", text)
    )


def _postcode_town_only(text: str) -> bool:
    """A postcode and its town alone on the line ("602 00 Brno", "4000 Liège"): no figures
    after the town."""
    found = POSTCODE_TOWN.match(text.strip())
    return found is not None and not any(ch.isdigit() for ch in text.strip()[found.end() :])


def _is_phone(text: str) -> bool:
    return bool(_PHONE.search(text)) and letter_count(text) <= 3


def is_address_like(text: str) -> bool:
    if is_registration(text) or _is_phone(text) or _LEADING_STOP.match(text):
        return False
    return bool(_ADDRESS_WORD.search(text) or _POSTCODE.search(text)) or bool(
        re.match(r"^\s*\d+[A-Z]?\s*[,.]", text) or _IBERIAN_STREET.match(text)
    )


# A Spanish or Portuguese street by its abbreviated kind: "C/ Betis, 23" (calle), "Avda." /
# "Av." (avenida), "Pza." / "Pl." (plaza), "P.º" / "Pº" (paseo), "Ctra." (carretera).
_IBERIAN_STREET = re.compile(
    r"^\s*(?:C/|Avda\.|Av\.|Pza\.|Pl\.|P\.?\s?º|Ctra\.|Rda\.|Trav\.)\s*[^\W\d_]", re.IGNORECASE
)


def starts_address(text: str) -> bool:
    """An address's first line: address words or a postcode, and a (house) number."""
    return is_address_like(text) and any(ch.isdigit() for ch in text)


# A Spanish or Portuguese company's legal form ending its line ("Hosteleria Pureza 21 S.L.",
# "Cafetaria Avenida 5, Lda."): the legal name under the trade name, no street.
_IBERIAN_FORM_END = re.compile(
    r"\b(?:S\.\s?L(?:\.\s?U|\.\s?P)?|S\.\s?A(?:\.\s?U)?|S\.\s?Coop|Lda|Ltda|Unipessoal)\.?\s*$",
    re.IGNORECASE,
)


def _plain_address(text: str) -> bool:
    """A street line in any country: letters and a number, nothing that marks another line."""
    if letter_count(text) < 3 or not any(ch.isdigit() for ch in text):
        return False
    if _IBERIAN_FORM_END.search(text):
        return False
    if len(re.findall(r"[^\W\d]{2,}", text)) < 2 or MONTH_WORD.search(text):
        return False  # "Bentong-2", "29 Mar 201818:19" (a date whose digits ran together)
    if STOP.search(text) or is_registration(text) or _is_phone(text):
        return False
    return find_date(text) is None and not _LEADING_STOP.match(text)


def seller_address(lines: Sequence[Line], name_end: int) -> Value | None:
    """The address lines after the seller's name, up to the contact / tax-number lines."""
    lines = spaced_province_codes(list(lines))  # "NSB3H 2R1" (provincepostcodes.py)
    lines = _in_name_column(lines, name_end)
    start = _address_start(lines, name_end)
    if start is None or start >= len(lines):
        return None  # a title first, or nothing but numbers after the name
    words = _address_words(lines, start)
    if not words:
        return None
    text = re.sub(r"\s+", " ", " ".join(w.text for w in words)).strip(" ,;:")
    # Faint thermal print: "NO 29O, ... 5320O, KUALA LOMPUR." read back.
    return field_value(mended_address(text), words)


# A receipt form's title in its own block right of the letterhead ("OFFICIAL RECEIPT", the
# Malay "RESIT RASMI").
_FORM_TITLE = re.compile(r"\b(?:INVOICE|RECEIPT|RESIT|RASMI)\b", re.IGNORECASE)


def _in_name_column(lines: Sequence[Line], name_end: int) -> Sequence[Line]:
    """The lines under the name cut down to the name's column, where the name's line holds
    the form's title in a block to its right: a printed receipt book sets the letterhead
    left, a logo at its left, and the title with the receipt's number and date right ("CAHAYA
    OPTICAL SDN BHD    OFFICIAL RECEIPT" / "(1204455-T)    No: OR-3318" / "LOT 2.14, ...
    Date: 15 Mar 2018"). A cell that ends left of the name's start, or starts right of its
    end, is another block's."""
    if not 0 <= name_end < len(lines):
        return lines
    cells = lines[name_end].cells
    if len(cells) < 2 or not any(_FORM_TITLE.search(c.text) for c in cells[1:]):
        return lines
    name = cells[0]
    if _FORM_TITLE.search(name.text):
        return lines
    column: list[Line] = []
    for line in lines[name_end + 1 : name_end + 9]:
        kept = [c for c in line.cells if c.x1 > name.x0 and c.x0 < name.x1]
        if kept:
            column.append(Line(line.page, [w for c in kept for w in c.words], kept))
    return [*lines[: name_end + 1], *column, *lines[name_end + 9 :]]


def _address_start(lines: Sequence[Line], name_end: int) -> int | None:
    """The address's first line after the name's, past registration, branch and site lines;
    None when a title or more than five other lines come first."""
    start = name_end + 1
    skipped = 0
    while start < len(lines) and (
        _site_line(lines[start].text)
        or is_practitioner(lines[start].text)
        # "BRANCH 00012": a branch's code (branchcode.py), not a postcode.
        or branch_code_line(lines[start].text)
        or not (
            starts_address(lines[start].text)
            or (skipped == 0 and _plain_address(lines[start].text))
            # A street over its postcode and town ("Mühlgasse 17" / "72070 Tübingen") is the
            # address past an owner's ("Inh. ...") or trade line ("Konditorei - Café").
            or (skipped <= 2 and _street_over_town(lines, start))
        )
    ):
        if TITLE.search(lines[start].text):
            return None
        text = lines[start].text
        # A registration or tax-number line ("GST Reg. No.: ..."), a branch / outlet line
        # ("ION Orchard Outlet") or a site's ("CAR PARK: ...") between name and address
        # hides no street.
        if not (
            is_registration(text)
            or _LEADING_STOP.match(text)
            or PREAMBLE.search(text)
            or _site_line(text)
            or is_practitioner(text)
        ):
            skipped += 1
        start += 1
        if skipped > 5:
            return None
    # "WISMA CENTRAL CAR PARK / JALAN AMPANG, / 50450 KUALA LUMPUR": a building and a
    # street without a house number stand above the first line with a number.
    while start - 1 > name_end and _building_or_street(lines[start - 1].text):
        start -= 1
    return start


# A street's or district's kind shortened at its piece's end ("Al Tahlia St, Al Andalus
# Dist.", "King Fahd Rd"): a street line over the town's, though it has no house number.
_STREET_SHORT = re.compile(r"\b(?:St|Rd|Ave|Blvd|Dist)\b\.?(?=\s*(?:,|$))", re.IGNORECASE)


def _building_or_street(text: str) -> bool:
    """A building's or street's line without a house number, no registration, legal form,
    branch, site or date line."""
    return (
        bool(_ADDRESS_WORD.search(text) or _STREET_SHORT.search(text))
        and not is_registration(text)
        and not STOP.search(text)
        and not LEGAL_SUFFIX.search(text)
        and not PREAMBLE.search(text)  # "BRANCH : TAMAN MOLEK"
        and not _site_line(text)
        and find_date(text) is None
    )


def _address_words(lines: Sequence[Line], start: int) -> list[Word]:
    """The address's words from its first line, up to six lines, until a date, contact,
    registration line or what follows the postcode's town and state."""
    words: list[Word] = []
    seen_postcode = town_next = house_number = False
    beside = _beside_logo(lines[start])
    for index in range(start, min(start + 6, len(lines))):
        line = lines[index] if beside is None else _right_of(lines[index], beside)
        if not line.words:
            continue  # the logo's tagline alone on its row, left of the block
        text = line.text
        if find_date(text) is not None or (
            STOP.search(text) and not _ADDRESS_WORD.search(_before_contact(text))
        ):
            if words and not seen_postcode and _contact_over_town(lines, index):
                continue
            break
        # A postcode alone on its line ("14100") over the town: no registration number.
        bare_postcode = bool(words) and not seen_postcode and re.fullmatch(r"\d{5}", text.strip())
        if (
            (is_registration(text) or _is_phone(text))
            and not is_address_like(text)
            and not bare_postcode
        ):
            break
        if (
            seen_postcode
            and not STATE_LINE.match(_before_contact(text))
            and not (town_next and _town(text))
            and not _COUNTRY_POSTCODE.match(text)
            # "2145 Larimer St" over "Denver, CO 80205" (housenumbertown.py).
            and not (house_number and town_then_postcode(text))
        ):
            break
        kept = _before_stop(_without_number_cell(line))
        # A photo's tilt may set the company number beside the street's next row.
        words.extend(w for w in kept if not _COMPANY_NUMBER_WORD.match(w.text))
        plot_free = _LOT_NUMBER.sub("", text)
        # "Ara Damansara, 47301" over "Petaling Jaya, Selangor": the postcode ends its line,
        # its town follows on the next.
        town_next = not seen_postcode and bool(re.search(r"(?<!\d)\d{5}\W*$", plot_free))
        opened = not seen_postcode
        if _POSTCODE.search(plot_free) or POSTCODE_TOWN.search(plot_free):
            seen_postcode = True
        house_number = opened and seen_postcode and house_number_street(plot_free)
        if len(kept) < len(_without_number_cell(line)):
            break
    return words


# A captioned line in the seller's block: "CAR PARK: SUNWAY SQUARE B2", "STESEN: ...",
# "No. Syarikat: 774129-T" (Malay company no.): a caption of up to three words and a colon.
_CAPTIONED = re.compile(
    r"^\W*(?P<caption>[^\W\d]{2,}\.?(?:\s+[^\W\d]{2,}\.?){0,2})\s*:\s*(?P<value>.*)$"
)


def _site_line(text: str) -> bool:
    """A site, branch or number under its caption, not the street: the value after the
    caption does not open an address ("CAR PARK: SUNWAY SQUARE B2", not "Alamat: No. 5, Jalan
    ..."), and the caption is no house or lot number's ("No: G3, Blk G, ...")."""
    captioned = _CAPTIONED.match(text)
    if captioned is None or starts_address(captioned.group("value")):
        return False
    if STOP.search(text) or find_date(text) is not None:
        return False  # a date, till or contact line: the header has ended
    return not _ADDRESS_WORD.fullmatch(captioned.group("caption").strip(" ."))


def _beside_logo(line: Line) -> float | None:
    """Where the seller's block begins when the address's first row also holds a logo's or
    brand's text at its left ("ZEN MOBILE   G-12, Ground Floor,"): the block's rows are read
    right of that line; None when the row is the address alone."""
    cells = line.cells
    if len(cells) < 2 or not starts_address(cells[-1].text) or letter_count(cells[-1].text) < 3:
        return None  # not an item's price beside its name
    left = " ".join(cell.text for cell in cells[:-1])
    if letter_count(left) < 3 or any(ch.isdigit() for ch in left) or is_address_like(left):
        return None
    return (cells[-2].x1 + cells[-1].x0) / 2


def _right_of(line: Line, split: float) -> Line:
    """`line` cut down to its words right of `split` (those of the block beside a logo)."""
    words = [w for w in line.words if w.box.x0 >= split]
    if len(words) == len(line.words):
        return line
    cells = [Cell([w for w in cell.words if w.box.x0 >= split]) for cell in line.cells]
    return Line(line.page, words, [cell for cell in cells if cell.words])


# "Singapore 319074", "Hong Kong 999077": a town and its postcode closing an address, under a
# street line whose house number read like a postcode ("Blk 1002 Toa Payoh ..."); a Singapore
# unit number (floor and unit) may open the line ("#01-22 Singapore 486350").
_COUNTRY_POSTCODE = re.compile(
    r"^\s*(?:#\s?[A-Z]?\d{1,3}-\d{1,4}[A-Z]?,?\s+)?[^\W\d]+(?: [^\W\d]+)?,? \d{4,6}\W*$"
)


def _town(text: str) -> bool:
    """A town (and state) line: words without figures, titles or captions."""
    if letter_count(text) < 3 or any(ch.isdigit() for ch in text):
        return False
    return not (STOP.search(text) or TITLE.search(text) or PREAMBLE.search(text))


def _street_over_town(lines: Sequence[Line], index: int) -> bool:
    """A street and house number ("Stationsweg 157") over a postcode and town line."""
    text = lines[index].text
    if index + 1 >= len(lines) or not any(ch.isdigit() for ch in text) or letter_count(text) < 3:
        return False
    if STOP.search(text) or is_registration(text) or _is_phone(text):
        return False
    return bool(POSTCODE_TOWN.search(lines[index + 1].text))


def _before_contact(text: str) -> str:
    """The text of a line before its first contact or caption word ("NEGERI SEMBILAN. TEL:
    06-..." gives the state)."""
    stop = STOP.search(text)
    return text if stop is None else text[: stop.start()]


def _contact_over_town(lines: Sequence[Line], index: int) -> bool:
    """A phone / fax line printed between the street and the postcode and town line under
    it ("No. 19, Jalan SS 2/64," / "Tel: ... Fax: ..." / "47300 Petaling Jaya")."""
    if index + 1 >= len(lines) or not _PHONE.search(lines[index].text):
        return False
    if find_date(lines[index].text) is not None:
        return False
    below = lines[index + 1].text
    return bool(re.match(r"^\W*\d{5}\s*,?\s*[^\W\d]{3,}", below)) and not STOP.search(below)


# A phone number closing the line under a short caption OCR garbled ("TFI: 06-762 9901" for
# "TEL:"): the caption and its number, nothing after them.
_CAPTIONED_PHONE = re.compile(
    r"[A-Z]{2,4}\.?\s?:\s*\+?\d{2,4}\s?-\s?\d{3,4}\s?\d{3,4}\W*$", re.IGNORECASE
)


def _before_stop(words: Sequence[Word]) -> list[Word]:
    """The words of a line before a contact word ("... 81100 JOHOR TEL: 07-...")."""
    kept: list[Word] = []
    for index, word in enumerate(words):
        # Matched on the rest of the line: "Shopping Centre" is an address, "Shopping" no.
        rest = " ".join(w.text for w in words[index:])
        if index > 0 and (STOP.match(rest) or _CAPTIONED_PHONE.match(rest) or phone_piece(rest)):
            break
        kept.append(word)
    return kept


# A form's own number printed at the right of an address line: "No. 018772", "Bil: 2231".
_NUMBER_CELL = re.compile(r"^(?:NO|BIL|REF|SERIAL)\.?\s*:?\s*\d{4,}$", re.IGNORECASE)


def _without_number_cell(line: Line) -> list[Word]:
    """The line's words without a form's number cell set apart at its end."""
    cells = line.cells
    if len(cells) >= 2 and _NUMBER_CELL.match(cells[-1].text.strip()):
        return [word for cell in cells[:-1] for word in cell.words]
    return list(line.words)
