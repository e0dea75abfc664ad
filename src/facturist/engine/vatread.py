"""A VAT or tax registration number read after its caption, in whatever form it is printed.

"DE 123 456 789", "FR 604 219 388 61", a national number without its country prefix
("CIF: B12345678", "CVR-nr.: 39145723"), or a registration number from outside the EU
(ABN, GSTIN, BN, UEN, New Zealand GST, South African VAT).
"""

from __future__ import annotations

import re
import unicodedata

from facturist.engine.africantaxids import african_tax_number
from facturist.engine.checkedtaxids import checked_national_tax_number
from facturist.engine.gulfasiataxids import regional_tax_number
from facturist.engine.hungariantaxnumber import hungarian_tax_number
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.latamtaxids import latam_tax_number
from facturist.engine.model import Value, Word
from facturist.engine.parse.tax_ids import (
    compact_tax_id,
    has_partita_iva_check,
    is_codice_fiscale,
    is_icelandic_vat_number,
    is_valid_abn,
    is_valid_business_number,
    is_valid_finnish_business_id,
    is_valid_gstin,
    is_valid_nz_gst,
    is_valid_vkn,
    world_tax_id,
)
from facturist.engine.parse.vat_checksums import VAT_FORMATS, iso7064_mod11_10
from facturist.engine.parsing import find_vat_ids, vat_id_shapes


def read_vat_id(words: list[Word], caption: str = "") -> Value | None:
    """The VAT ID among the words after a caption (its text, where a national number with
    no check digit is read only after its own caption)."""
    words = _before_other_caption(words)
    for word in words[:3]:
        ids = vat_id_shapes(word.text.upper()) or find_vat_ids(word.text.upper())
        # "SIMPLIFIED" under a "GST ID" caption starts like Slovenia's "SI": no digits, no ID.
        ids = [i for i in ids if sum(ch.isdigit() for ch in i) >= 2]
        # "C.F. RGLLCU88C62L219H" under the P.IVA: a person's tax code, never a VAT ID.
        ids = [i for i in ids if not is_codice_fiscale(i)]
        if ids:
            return Value(ids[0], word.text, (word.box,))
        # A non-Union OSS number ("EU VAT Reg. No.: EU372004519"): "EU" and nine digits.
        if _OSS_ID.fullmatch(word.text.upper().strip(":;,.")):
            return Value(word.text.upper().strip(":;,."), word.text, (word.box,), 0.8)
    # "FR 604 219 388 61": an ID printed in groups; its checksum must hold when joined.
    # The caption's last words go first ("VAT Reg | No GB 283 7461 33").
    for grouped in (_id_words(words), words[:6]):
        # "Org.nr. NO 927 463 814 MVA": a country prefix that reads like "No." counts.
        spaced = " ".join(w.text for w in grouped).replace("\u00a0", " ").upper()
        ids = find_vat_ids(spaced)
        if ids:
            return Value(ids[0], spaced, tuple(w.box for w in grouped))
    # A registration number from outside the EU (ABN, GSTIN, BN, UEN) comes before a
    # national VAT number: a BN's nine digits may pass a national checksum by chance.
    return (
        _norwegian_mva(words)
        or _finnish_business_id(words)
        or _world_tax_id(words)
        # TRN, Saudi VAT, SST, Philippine TIN (gulfasiataxids.py); RUT, CUIT, NIT, RUC
        # (latamtaxids.py): read in the words after the caption's last words.
        or regional_tax_number(_id_words(words))
        or latam_tax_number(_id_words(words), caption)
        # KRA PIN, TIN, ICE, matricule fiscal, NINEA, N° CC (africantaxids.py).
        or african_tax_number(_id_words(words), caption)
        or _national_vat_id(words)
        or hungarian_tax_number(words)  # "Adószám: 14572395-2-09" (hungariantaxnumber.py)
        or _nz_gst_number(words)
        or _uk_vat_number(words)
        or _checked_digits(words)
        or _partita_iva(words)
        or _icelandic_vat_number(words, caption)
        or _croatian_oib(words, caption)
        or _serbian_bosnian_tax_number(words, caption)
        or _spaced_shape(words)
        # Israel's company number, Ukraine's RNOKPP: plain digits known by their check digit
        # alone (checkedtaxids.py), the last resort.
        or checked_national_tax_number(_id_words(words), caption)
    )


_OSS_ID = re.compile(r"EU\d{9}")


# A VAT number printed without its country prefix after its caption: Spanish NIF/CIF,
# Italian partita IVA, Portuguese NIF, Polish NIP, Danish CVR, Greek ΑΦΜ ("CIF: B12345678", "NIP
# 123-456-78-90", "CVR-nr.: 39145723").
_NATIONAL_VAT = re.compile(r"[A-Z]\d{7}[0-9A-Z]|\d{8}[A-Z]?|\d{9,11}")
_NATIONAL_COUNTRIES = ("ES", "IT", "PT", "PL", "DK", "EL", "CY")  # Greece's ΑΦΜ, Cyprus
# What a national number's groups are set apart by, and a separator's dash glued to it.
_DASHES = re.compile(r"[\s.\-\u2013\u2014]")


# The caption of another field in a following cell: what comes after it is not the VAT ID.
_OTHER_CAPTION = re.compile(r"(?:iban|bic|swift|tel|fax|e-?mail|konto|account)\b", re.IGNORECASE)


# A VAT number's own caption ("P.IVA", "USt-IdNr.", "NIF"), here the other party's.
_VAT_CAPTION = LABELS_BY_RANK["seller_vat_id"]


def _before_other_caption(words: list[Word]) -> list[Word]:
    """Words up to another field's caption ("CVR-nr.: 39145723 | IBAN: DK90 ..."), or up to
    any caption closing in a colon after a number: side-by-side party blocks print "DIČ: |
    2021780046 | IČ DPH: | SK2120734517", the next caption and ID the other party's."""
    numbered = False
    for index, word in enumerate(words):
        if index and _OTHER_CAPTION.match(word.text):
            return words[:index]
        if numbered and _other_party_id(words, index):
            return words[:index]
        if numbered and len(word.text) > 1 and word.text.endswith(":"):
            end = index
            while end and not _holds_id_part(words[end - 1].text):
                end -= 1  # the caption's first words ("IČ" of "IČ DPH:")
            return words[:end]
        numbered = numbered or any(ch.isdigit() for ch in word.text)
    return words


def _other_party_id(words: list[Word], index: int) -> bool:
    """A VAT caption, uncoloned, and an ID after it, once a number was read: side-by-side
    party blocks print "P.IVA 04712380163 – C.F. 04712380163 | P.IVA IT09936510487", the
    second caption and ID the other party's."""
    if not _VAT_CAPTION.match(" ".join(w.text for w in words[index : index + 3])):
        return False
    return any(ch.isdigit() for w in words[index : index + 4] for ch in w.text)


def _holds_id_part(text: str) -> bool:
    """A word of an ID: its digits, or Norway's "MVA" after them."""
    return any(ch.isdigit() for ch in text) or text.strip(":;,.").upper() == "MVA"


def _national_vat_id(words: list[Word]) -> Value | None:
    """The first word that is a national VAT number whose checksum holds in one country."""
    for word in words[:3]:
        # "02418730376–": OCR glues a separator's dash to the number it follows.
        token = _DASHES.sub("", word.text.upper()).strip(":;,")
        if not _NATIONAL_VAT.fullmatch(token):
            continue
        if any(find_vat_ids(country + token) for country in _NATIONAL_COUNTRIES):
            return Value(token, word.text, (word.box,), 0.8)
    return None


# Words between a caption and its number ("GST Reg. No.: 201912345K" leaves "No.:").
_CAPTION_TAIL = frozenset(
    {"", "no", "nr", "nro", "number", "num", "reg", "registration", "id", "n°", "nº", "tin", "trn"}
)


def _folded(text: str) -> str:
    """A caption word lower-cased, its accents dropped: OCR reads a fax's "No:" as "Nó:"."""
    plain = unicodedata.normalize("NFKD", text.strip(":;,.#").lower())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _id_words(words: list[Word]) -> list[Word]:
    """The words that may hold a registration number, its caption's last words dropped."""
    start = 0
    while start < min(len(words), 3) and _folded(words[start].text) in _CAPTION_TAIL:
        start += 1
    return words[start + _aside_length(words[start:]) :][:6]


def _aside_length(words: list[Word]) -> int:
    """How many words open the rest as an aside of the caption, not the number: a
    parenthesised name ("VAT Reg. (Osek Murshe): 514567890", "Individual Tax Number
    (RNOKPP): ...") or the caption's second language after a slash ("VKN / Tax No:
    7230188456"), up to the word closing it in a colon, at most four words."""
    if not words or not words[0].text or words[0].text[0] not in "(/":
        return 0
    closing = ")" if words[0].text.startswith("(") else ":"
    for index, word in enumerate(words[:4]):
        if any(ch.isdigit() for ch in word.text):
            return 0
        if word.text.rstrip(":").endswith(closing) or word.text.endswith(closing):
            return index + 1
    return 0


def _world_tax_id(words: list[Word]) -> Value | None:
    """A registration number from outside the EU, perhaps printed in groups: "ABN 51 824 753
    556", "GSTIN 29AABCS1234F1ZN", "GST/HST No. 81234 5676 RT0001", "UEN 201912345K"."""
    run = _id_words(words)
    for end in range(1, len(run) + 1):
        text = " ".join(w.text.strip(":;,") for w in run[:end])
        found = world_tax_id(text)
        if found is not None:
            # The checksummed numbers are sure; a UEN or QST number is known by its shape.
            sure = is_valid_abn(found) or is_valid_gstin(found) or is_valid_business_number(found)
            return Value(found, text, tuple(w.box for w in run[:end]), 1.0 if sure else 0.8)
    return None


def _nz_gst_number(words: list[Word]) -> Value | None:
    """A New Zealand GST number ("GST No. 49-091-850"): plain digits, so it is read only
    here, right after a tax registration caption, and never as part of a longer number."""
    run = _id_words(words)
    for end in range(1, min(len(run), 3) + 1):
        text = " ".join(w.text.strip(":;,") for w in run[:end])
        following = run[end].text if end < len(run) else ""
        if is_valid_nz_gst(text) and not following[:1].isdigit():
            return Value(compact_tax_id(text), text, tuple(w.box for w in run[:end]), 0.8)
    return None


def _uk_vat_number(words: list[Word]) -> Value | None:
    """A UK VAT number printed without "GB" ("VAT Reg No. 661 5284 33"): nine digits, in
    groups or not, whose mod-97 check holds once the prefix is added."""
    run = _id_words(words)
    for end in range(1, min(len(run), 4) + 1):
        # "641 9028 45–": OCR glues the dash of a separator to the last group.
        pieces = [w.text.strip(":;,.-\u2013\u2014") for w in run[:end]]
        if not all(piece.isdigit() for piece in pieces):
            break
        following = run[end].text if end < len(run) else ""
        digits = "".join(pieces)
        if len(digits) == 9 and not following[:1].isdigit():
            ids = find_vat_ids("GB" + digits)
            if ids:
                return Value(ids[0], " ".join(pieces), tuple(w.box for w in run[:end]), 0.8)
    return None


def _checked_digits(words: list[Word]) -> Value | None:
    """A plain tax number in one word whose own check digit holds, a Turkish VKN ("VKN:
    4730129580"): the last resort after a caption."""
    run = _id_words(words)
    if not run:
        return None
    token = run[0].text.strip(":;,.")
    if is_valid_vkn(token):
        return Value(token, run[0].text, (run[0].box,), 0.8)
    return None


def _partita_iva(words: list[Word]) -> Value | None:
    """Eleven digits after the caption whose check digit holds as a partita IVA's ("P.IVA e
    C.F. 03518293745"), though its office code is one the national check does not know."""
    for index, word in enumerate(words[:3]):
        token = word.text.strip(":;,.-\u2013\u2014")  # "02418730376–": a separator's dash
        if has_partita_iva_check(token):
            # Italian VAT IDs are printed with their country prefix apart ("Partita IVA IT
            # 03184629073"): the prefix printed is the ID's.
            if index and words[index - 1].text.strip(":;,.").upper() == "IT":
                boxes = (words[index - 1].box, word.box)
                return Value(f"IT{token}", f"IT {word.text}", boxes, 0.7)
            return Value(token, word.text, (word.box,), 0.7)
    return None


# Norway's organisation number with "MVA", the mark of its VAT registration, printed without
# the "NO" ("Org.nr 918 273 646 MVA"): nine digits, in groups or not.
_NORWEGIAN_MVA = re.compile(r"(\d{3}\s?\d{3}\s?\d{3})\s*MVA\b")


def _norwegian_mva(words: list[Word]) -> Value | None:
    """ "918 273 646 MVA" after an organisation number's caption: the VAT ID "NO918273646MVA"
    when the number's mod-11 check holds."""
    run = _id_words(words)[:4]
    text = " ".join(w.text.strip(":;,") for w in run).upper()
    match = _NORWEGIAN_MVA.match(text)
    if match is None:
        return None
    digits = re.sub(r"\s", "", match.group(1))  # groups joined by no-break spaces, too
    if not find_vat_ids("NO" + digits):
        return None
    marks = [i for i, w in enumerate(run) if w.text.strip(":;,").upper().endswith("MVA")]
    used = run[: marks[0] + 1] if marks else run
    return Value(f"NO{digits}MVA", match.group(), tuple(w.box for w in used), 0.9)


def _finnish_business_id(words: list[Word]) -> Value | None:
    """Finland's business ID as printed ("Y-tunnus 2750116-3"), its check digit holding: the
    seller's VAT ID where no ALV number is printed."""
    run = _id_words(words)
    if run and is_valid_finnish_business_id(run[0].text.strip(":;,.")):
        return Value(run[0].text.strip(":;,."), run[0].text, (run[0].box,), 0.8)
    return None


# Iceland's VAT number caption ("VSK nr.", "VSK-númer", "Virðisaukaskattsnúmer").
_ICELANDIC_CAPTION = re.compile(r"vsk|vir[ðd]isaukaskatt", re.IGNORECASE)


def _icelandic_vat_number(words: list[Word], caption: str) -> Value | None:
    """Five or six plain digits after Iceland's VAT caption ("VSK nr. 118402")."""
    if not _ICELANDIC_CAPTION.match(caption.strip()):
        return None
    run = _id_words(words)
    if run and is_icelandic_vat_number(run[0].text.strip(":;,.")):
        return Value(run[0].text.strip(":;,."), run[0].text, (run[0].box,), 0.8)
    return None


# Croatia's personal identification number's caption ("OIB", "OIB obrta"; OCR reads its
# "O" as a zero).
_OIB_CAPTION = re.compile(r"[o0]ib\b", re.IGNORECASE)


def _croatian_oib(words: list[Word], caption: str) -> Value | None:
    """The eleven digits after Croatia's "OIB:", its ISO 7064 MOD 11,10 check digit holding:
    the VAT ID is "HR" and the OIB, which a trade in the VAT system prints alone."""
    if not _OIB_CAPTION.match(caption.strip()):
        return None
    run = _id_words(words)
    token = run[0].text.strip(":;,.") if run else ""
    if len(token) == 11 and token.isdigit() and find_vat_ids("HR" + token):
        return Value(token, run[0].text, (run[0].box,), 0.8)
    return None


# Serbia's tax number's caption ("PIB"), Bosnia's VAT number's ("PDV broj", "PDV br.").
_PIB_CAPTION = re.compile(r"pib\b", re.IGNORECASE)
_PDV_NUMBER_CAPTION = re.compile(r"pdv[\s\-]*br", re.IGNORECASE)


def _serbian_bosnian_tax_number(words: list[Word], caption: str) -> Value | None:
    """Serbia's "PIB: 609139099", nine digits whose ISO 7064 MOD 11,10 check digit holds (the
    seller's VAT number there); Bosnia's "PDV broj: 231084756292", twelve digits: the ID
    number ("ID broj", thirteen digits) without its leading 4, whose mod-11 check then holds."""
    run = _id_words(words)
    token = run[0].text.strip(":;,.") if run else ""
    if not token.isdigit():
        return None
    if _PIB_CAPTION.match(caption.strip()):
        if len(token) == 9 and iso7064_mod11_10(token):
            return Value(token, run[0].text, (run[0].box,), 0.8)
        return None
    if _PDV_NUMBER_CAPTION.match(caption.strip()) and len(token) == 12:
        return Value(token, run[0].text, (run[0].box,), 0.8 if _bosnian_id("4" + token) else 0.6)
    return None


def _bosnian_id(number: str) -> bool:
    """Bosnia's thirteen-digit ID number (JIB), its mod-11 check digit holding."""
    total = sum(int(ch) * w for ch, w in zip(number, (7, 6, 5, 4, 3, 2) * 2, strict=False))
    check = (11 - total % 11) % 11
    return check < 10 and check == int(number[12])


def _spaced_shape(words: list[Word]) -> Value | None:
    """A country-prefixed ID in spaced groups whose checksum fails ("DE 281 447 903"): read by
    its shape, as the same ID printed in one word after its caption is (vat_id_shapes), the
    groups filling the country's format exactly, no digits running on."""
    run = _id_words(words)
    country = run[0].text.strip(":;,").upper() if run else ""
    pattern = VAT_FORMATS.get(country) if country.isalpha() else None
    if pattern is None:
        return None
    body = ""
    for end in range(1, min(len(run), 5)):
        piece = "".join(run[end].text.rstrip(",;").split())  # groups joined by no-break spaces
        if not piece.isdigit():
            return None
        body += piece
        following = run[end + 1].text if end + 1 < len(run) else ""
        if re.fullmatch(pattern, body) and not following[:1].isdigit():
            text = " ".join(w.text for w in run[: end + 1])
            return Value(country + body, text, tuple(w.box for w in run[: end + 1]), 0.8)
    return None
