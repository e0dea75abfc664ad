"""A self-billed invoice: the buyer draws up the invoice for what its supplier delivered
(de "Gutschrift im Gutschriftsverfahren", § 14 Abs. 2 Satz 2 UStG; en "self-billed
invoice"; fr "autofacturation"; es "autofactura"; it "autofattura"; nl "zelffacturering";
pl "samofakturowanie"; EN 16931 type code 389).

It is an invoice, though titled "Gutschrift", and it is printed on the buyer's letterhead,
addressed to the supplier: the party the page's layout reads as the issuer is the buyer, the
addressee is the seller, and "Ihre USt-IdNr." in the header is the seller's. Only where the
page words it so, never on a plain "Gutschrift" (a credit note), and never where captions
("Verkäufer", "Käufer") name the roles: those stand whoever printed the page.
"""

from __future__ import annotations

import re

from facturist.engine.labels import BUYER_SECTION, SELLER_SECTION
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parties import letterhead_party
from facturist.engine.partycaptions import section_name
from facturist.engine.partylisting import listed_names
from facturist.engine.suppliervat import supplier_vat_id
from facturist.engine.wordspace import phrase

_SELF_BILLING = re.compile(
    r"gutschriftsverfahren|selbst\s*ausgestellte\s+rechnung|self[\s\-]?bill(?:ing|ed)"
    r"|auto[\s\-]?facturation|auto[\s\-]?factura(?:ci[óo]n)?\b|auto[\s\-]?fattur(?:a|e|azione)\b"
    r"|zelf[\s\-]?facturering|samofakturowani[ea]|\(389\)"
    # "Gutschrift gemäß § 14 Abs. 2 Satz 2 UStG": the statute's self-billing clause.
    r"|gutschrift\b.{0,40}§\s?14\s?abs\.?\s?2\b"
    # "Abrechnung durch den Leistungsempfänger": the recipient of the supply settles it.
    r"|abrechnung durch den leistungsempf(?:ä|ae|a)nger",
    re.IGNORECASE,
)
# A line denying it ("keine Gutschrift im Sinne des § 14 Abs. 2 UStG": a credit note).
_DENIED = re.compile(
    r"\b(?:keine?|not|no|pas|non|nessuna?|ninguna?)\s+(?:\w+\s+){0,2}?"
    r"(?:gutschrift|self|auto)",
    re.IGNORECASE,
)
# The window a title and its subtitle stand in (documenttype.document_type reads as many).
_TOP = 25
_ROLES = ("name", "address", "vat_id")


def self_billed(lines: list[Line]) -> bool:
    """Whether the document's head words it a self-billed invoice."""
    return any(
        _SELF_BILLING.search(line.text) and not _DENIED.search(line.text) for line in lines[:_TOP]
    )


def with_self_billing(lines: list[Line], fields: dict[str, Value]) -> None:
    """A self-billed invoice typed an invoice, its letterhead's party the buyer and its
    addressee the seller where no caption names the roles."""
    if not self_billed(lines):
        return
    fields["document_type"] = Value("invoice", "")
    if not captioned_roles(lines):
        swap_parties(fields)
    elif _in_seller_block(lines, fields.get("seller_name"), fields.get("buyer_vat_id")):
        # "Leistender / Gutschriftsempfänger" over the supplier's name and "USt-IdNr.: ...":
        # the header's "Unsere USt-IdNr." was the issuing buyer's.
        seller = fields.pop("seller_vat_id", None)
        fields["seller_vat_id"] = fields.pop("buyer_vat_id")
        if seller is not None:
            fields["buyer_vat_id"] = seller
    with_supplier_vat_id(lines, fields)


def _in_seller_block(lines: list[Line], name: Value | None, vat_id: Value | None) -> bool:
    """Whether the ID read as the buyer's is printed in the seller's captioned block: on the
    few lines under its name, flush with it."""
    if name is None or vat_id is None or not name.boxes:
        return False
    box = name.boxes[0]
    wanted = str(vat_id.value)
    for index, line in enumerate(lines):
        if line.page != box.page or not any(w.box == box for w in line.words):
            continue
        for below in lines[index + 1 : index + 5]:
            for cell in below.cells:
                if abs(cell.x0 - box.x0) < 6 and wanted in cell.text.replace(" ", ""):
                    return True
        return False
    return False


def with_supplier_vat_id(lines: list[Line], fields: dict[str, Value]) -> None:
    """The ID captioned with the supplier's role ("USt-IdNr. Lieferant") the seller's, and
    never the buyer's (suppliervat.py)."""
    own = supplier_vat_id(lines)
    if own is None:
        return
    buyers = fields.get("buyer_vat_id")
    if buyers is not None and buyers.value == own.value:
        del fields["buyer_vat_id"]
    fields["seller_vat_id"] = own


def swap_parties(fields: dict[str, Value]) -> None:
    """The seller's name, address and VAT ID made the buyer's and the other way round."""
    for role in _ROLES:
        seller = fields.pop(f"seller_{role}", None)
        buyer = fields.pop(f"buyer_{role}", None)
        if buyer is not None:
            fields[f"seller_{role}"] = _untitled(buyer) if role == "name" else buyer
        if seller is not None:
            fields[f"buyer_{role}"] = seller


# The courtesy title an addressee's block opens with ("Herrn Klaus Wendt", "Mr Tom Hale"):
# the letter's address, no part of the seller's name.
_COURTESY_TITLE = re.compile(
    r"^(?i:herrn?|frau|mr\.?|mrs\.?|ms\.?|dhr\.?|mevr\.?|de heer|mevrouw|mme\.?|monsieur"
    r"|madame|sig\.(?:ra)?)\s+(?=[A-ZÄÖÜÉ])"
)


def _untitled(name: Value) -> Value:
    """The addressee's name made the seller's, without its courtesy title."""
    if not isinstance(name.value, str) or not _COURTESY_TITLE.match(name.value):
        return name
    return Value(_COURTESY_TITLE.sub("", name.value), name.text, name.boxes, name.confidence)


def captioned_roles(lines: list[Line]) -> bool:
    """Whether a caption or a party listing names the seller's or the buyer's block."""
    listed = listed_names(lines)
    if listed[0] is not None or listed[1] is not None:
        return True
    return section_name(lines, SELLER_SECTION) is not None or (
        section_name(lines, BUYER_SECTION) is not None
    )


def issuer_as_buyer(lines: list[Line], seller: Value | None, buyer: Value | None) -> Value | None:
    """The buyer; on a self-billed statement whose caption heads only the supplier's block
    ("Aanvoerder : 31842" over the grower's name), the letterhead's party, which issued it."""
    if buyer is not None or seller is None or not self_billed(lines):
        return buyer
    captioned = section_name(lines, SELLER_SECTION)
    if captioned is None or captioned.value != seller.value:
        return None
    issuer = letterhead_party(lines, seller)
    if issuer is None or issuer.value == seller.value or set(issuer.boxes) & set(seller.boxes):
        return None
    return _whole_phrase(lines, issuer)


def _whole_phrase(lines: list[Line], name: Value) -> Value:
    """The name with the words a word space after it on its line: monospaced print sets each
    word of "COOPERATIE BLOEMENVEILING ... U.A." in a cell of its own (wordspace.py)."""
    for line in lines:
        for cell in line.cells:
            if cell.boxes == name.boxes:
                whole = phrase(line, cell)
                if whole is cell:
                    return name
                return Value(whole.text, whole.text, whole.boxes, name.confidence)
    return name
