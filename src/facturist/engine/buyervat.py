"""The buyer's VAT ID: the captioned ID that seller_vat.py sets aside as the buyer's.

B2B invoices print the customer's ID in its address block ("Facturé à" / ... / "N° TVA :
FR..."), in the column its section caption heads ("Sprzedawca | Nabywca" over "NIP: ... |
NIP: ..."), after a possessive caption ("Ihre USt-IdNr.", "Your VAT ID", "Ihre UID") or in
the reverse-charge sentence naming the recipient ("USt-IdNr. des Leistungsempfängers:
ATU..."). The last two are never seller candidates (captionplace.py drops them), so they are
read here; the seller's own ID is never the buyer's.
"""

from __future__ import annotations

import re

from facturist.engine.barebuyerid import bare_buyer_id
from facturist.engine.buyeridbeside import beside_buyer
from facturist.engine.buyeridrow import in_id_row
from facturist.engine.candidates import Candidate
from facturist.engine.captionplace import RECIPIENT_AFTER, RECIPIENT_WORD
from facturist.engine.customergrid import customer_grid_ids
from facturist.engine.gridbuyerid import grid_buyer_id
from facturist.engine.holderid import id_under_holder
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.labelvalues import words_after
from facturist.engine.layout import Line
from facturist.engine.lonebuyerid import lone_id_under
from facturist.engine.model import Value
from facturist.engine.parse.ids import normalize_vat_id
from facturist.engine.possessivegrid import grid_owned_ids
from facturist.engine.seller_vat import POSSESSIVE, is_buyers, possessive_party
from facturist.engine.vatread import read_vat_id

# The party named right after the caption owns the ID: "USt-IdNr. des Leistungsempfängers",
# "UID des Kunden", "VAT No. of the customer", "N° TVA du client", "NIF del cliente"
# (captionplace.RECIPIENT_AFTER, the list that keeps such IDs from the seller's candidates).
# The party named right before the caption: "Customer TRN:", "Buyer VAT No.:",
# "Kunden-USt-IdNr." (captionplace.py keeps these from the seller's candidates).
# Nordic captions name the customer in the genitive before it: sv/da/no "Kundens momsreg.nr",
# sv "Köparens", da "Købers", no "Kjøpers", fi "Asiakkaan", "Ostajan" (the customer's).
_GENITIVE = r"(?:kundens|k[öo]parens|k[øo]bers|kj[øo]pers|asiakkaan|ostajan)"
_RECIPIENT_BEFORE = re.compile(rf"(?<!\w)(?:{RECIPIENT_WORD}|{_GENITIVE})[\s\-']*$", re.IGNORECASE)

# The tax's bare name and the recipient after it, a caption no VAT label reads ("Matricule
# TVA client :", "BTW klant:", "VAT customer:").
_TAX_OF_RECIPIENT = re.compile(
    r"\b(?:tva|btw|vat|iva|ust|mwst)\s+(?:(?:du|de la|des|del|of the|van de)\s+)?"
    r"(?:client|cliente|customer|klant|kunden|buyer|acheteur|preneur|afnemer)s?\b\s*:?",
    re.IGNORECASE,
)

# The tax's bare name, with the number's sign before it, a caption no VAT label reads after a
# possessive: it "Vs. n. IVA", "Vostro numero IVA", fr "Votre TVA", de "Ihre MWST-Nr." is read.
_TAX_NAME = re.compile(
    r"(?<!\w)(?:(?:n|nr|no|num|numero|n[úu]mero|nummer)\.?\s*[º°]?\.?\s*)?"
    r"(?:iva|tva|vat|btw|mwst|ust|moms)\b\.?\s*:?",
    re.IGNORECASE,
)

# The fewest digits a VAT ID holds (Ireland's "IE8Z49289F" has six).
_ID_DIGITS = 6
# A word any of the three readings needs on the ID's line: a possessive opening its caption
# (seller_vat.POSSESSIVE without its anchor) or the recipient named after the tax's name.
_OWNER_HINT = re.compile(
    rf"(?<!\w)(?:{POSSESSIVE.pattern.removeprefix('^')}|{RECIPIENT_WORD}|{_GENITIVE})",
    re.IGNORECASE,
)


def buyer_vat_id(
    candidates: list[Candidate],
    seller_id: Value | None,
    buyer: Value | None,
    lines: list[Line],
) -> Value | None:
    """The buyer's VAT ID: one its caption gives the reader ("Ihre USt-IdNr.") or the
    recipient, else the best captioned one standing in the buyer's block or section."""
    sellers = _key(seller_id.value) if seller_id is not None else ""
    # ... or heading its cell in a caption grid ("Ihre USt-IdNr." over it, possessivegrid.py).
    # Or in a row of the customer's data captions ("Cod. cliente | Partita IVA", customergrid.py).
    # Each reading in turn, the next only when the one before gives no ID but the seller's
    # (each is a pure function of the lines: reading them all first returned the same one).
    for owned in (_owned_ids, grid_owned_ids, customer_grid_ids):
        for value in owned(lines):
            if not _same(_key(value.value), sellers):
                return value
    others = [
        c
        for c in candidates
        if c.key == "seller_vat_id" and not _same(_key(c.value.value), sellers)
    ]
    pool = [c for c in others if is_buyers(c.value, buyer, lines)]
    if buyer is not None:
        # In turn: the row of IDs closing the buyer's block (buyeridrow.py), "UID: ATU..."
        # alone under the window, set well apart (lonebuyerid.py), the rows under a holder's
        # caption ("Titular: Javier Morales Ruiz" over "NIF: ...", holderid.py).
        # Then the ID in the name's own row or heading its section (buyeridbeside.py).
        for placed in (in_id_row, lone_id_under, id_under_holder, beside_buyer):
            if not pool:
                pool = [c for c in others if placed(c.value, buyer, lines)]
    if not pool and sellers:
        # "Contribuinte | Data de emissão" over "514782307 | 2024-03-01" under the addressee's
        # block, the seller's ID in its letterhead (gridbuyerid.py).
        pool = [c for c in others if grid_buyer_id(c.value, buyer, lines)]
    if not pool:
        return bare_buyer_id(lines, buyer, sellers)  # an ID alone in the block (barebuyerid.py)
    return min(pool, key=lambda c: (c.rank, c.order)).value


def _owned_ids(lines: list[Line]) -> list[Value]:
    """IDs after a VAT caption the reader owns ("Your VAT ID | IE...") or followed by the
    recipient ("USt-IdNr. des Leistungsempfängers: ATU...")."""
    found = []
    for line in lines:
        if sum(map(str.isdigit, line.text)) < _ID_DIGITS or not _OWNER_HINT.search(line.text):
            continue  # no ID, or no word naming its owner: spare the long caption pattern
        for match in LABELS_BY_RANK["seller_vat_id"].finditer(line.text):
            value = read_vat_id(words_after(line, match.end()))
            if value is None:
                continue
            after = line.text[match.end() :]
            before = line.text[: match.start()]
            if (
                RECIPIENT_AFTER.match(after)
                or _RECIPIENT_BEFORE.search(before)
                or _owned_by_reader(before)
                or possessive_party(value, lines) == "buyer"
            ):
                found.append(value)
        recipient = _TAX_OF_RECIPIENT.search(line.text)  # "Matricule TVA client : LU..."
        value = read_vat_id(words_after(line, recipient.end())) if recipient else None
        if value is not None and value not in found:
            found.append(value)
        for match in _TAX_NAME.finditer(line.text):  # "Vs. n. IVA | CHE-108.364.251 MWST"
            if not _owned_by_reader(line.text[: match.start()]):
                continue
            value = read_vat_id(words_after(line, match.end()))
            if value is not None and value not in found:
                found.append(value)
    return found


def _owned_by_reader(before: str) -> bool:
    """Whether the word right before the caption is the reader's possessive, wherever the
    caption stands in its line: "Kunden-Nr. 2207 · Ihre UID ATU...", "Ihre | UID | : | ATU..."
    in a monospaced print's cells."""
    words = before.split()
    match = POSSESSIVE.match(words[-1]) if words else None
    return match is not None and match.group("buyer") is not None


def _key(value: object) -> str:
    return normalize_vat_id(str(value).upper())


def _same(one: str, other: str) -> bool:
    """The same ID, with or without its country prefix ("04123870158", "IT04123870158")."""
    return bool(one) and bool(other) and (one.endswith(other) or other.endswith(one))
