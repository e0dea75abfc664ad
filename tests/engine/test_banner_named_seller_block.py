"""The seller's banner over its own block, which gives the banner's legal name ("HOLLANDSE
KAASMARKT" over "Coöperatie Hollandse Kaasmarkt U.A." / street / town), the addressee's
block right of it: the left block is the seller's, the right one the buyer's
(ownnameblock.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def test_block_holding_the_banner_name_is_the_sellers() -> None:
    page = [
        (52, 20, "HOLLANDSE KAASMARKT"),
        (480, 20, "Koperfactuur"),
        (51, 60, "Coöperatie Hollandse Kaasmarkt U.A."),
        (340, 60, "Kaashandel De Boer B.V."),
        (51, 72, "Marktplein 8"),
        (340, 72, "t.a.v. crediteurenadministratie"),
        (51, 84, "2801 JK Gouda"),
        (340, 84, "Havenstraat 31"),
        (51, 98, "Btw-nr. NL803114578B01"),
        (340, 98, "3011 AB Rotterdam"),
        (340, 112, "Btw-nr. NL819274055B01"),
        (52, 150, "Factuurnummer"),
        (142, 150, ": 24100318"),
        (52, 162, "Factuurdatum"),
        (142, 162, ": 12-04-2024"),
        (52, 220, "Omschrijving"),
        (395, 220, "Aantal"),
        (434, 220, "Prijs"),
        (474, 220, "Bedrag"),
        (52, 234, "Goudse kaas jong 48+"),
        (405, 234, "10"),
        (434, 234, "8,20"),
        (474, 234, "82,00"),
        (335, 270, "Totaal excl. btw"),
        (480, 270, "82,00"),
        (335, 282, "Btw 9%"),
        (480, 282, "7,38"),
        (335, 294, "Totaal incl. btw EUR"),
        (480, 294, "89,38"),
        (120, 790, "Rabobank · IBAN NL64 RABO 0301 2860 44 · Btw NL803114578B01"),
    ]
    result = extract_canonical(make_invoice_pdf([page], size=8), use_einvoice=False)
    fields = result["fields"]
    assert fields.get("seller_vat_id") == "NL803114578B01"
    assert fields.get("buyer_name") == "Kaashandel De Boer B.V."
    assert fields.get("buyer_vat_id") == "NL819274055B01"
