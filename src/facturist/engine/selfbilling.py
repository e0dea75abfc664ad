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
from facturist.engine.partycaptions import section_name
from facturist.engine.partylisting import listed_names
from facturist.engine.suppliervat import supplier_vat_id

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
# The window a title and its subtitle stand in (ownnumber.document_type reads as many).
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
    with_supplier_vat_id(lines, fields)


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
            fields[f"seller_{role}"] = buyer
        if seller is not None:
            fields[f"buyer_{role}"] = seller


def captioned_roles(lines: list[Line]) -> bool:
    """Whether a caption or a party listing names the seller's or the buyer's block."""
    listed = listed_names(lines)
    if listed[0] is not None or listed[1] is not None:
        return True
    return section_name(lines, SELLER_SECTION) is not None or (
        section_name(lines, BUYER_SECTION) is not None
    )
