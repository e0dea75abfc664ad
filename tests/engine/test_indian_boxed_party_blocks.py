"""An Indian tax invoice in the boxed layout of Tally and its kin: the seller's block top left
without a caption (name, street, "Town PIN", "GSTIN/UIN: ...", "State Name : ..."), the
buyer's under "Buyer (Bill to)", the grid of captions and values right of both, and at the
foot "Company's PAN" beside "Company's Bank Details".

- "Company's Bank Details" is a field's caption, no company's name (possessivecaption.py).
- "Town PIN" is the block's town line when the GSTIN or state line stands under it in the
  block's column, grid rows beside it or not (indianpinblock.py).
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page() -> list[SizedText]:
    return [
        (260, 26, "Tax Invoice", 11),
        (34, 50, "MEENAKSHI PUMPS & MOTORS", 8),
        (305, 50, "Invoice No.", 7),
        (437, 50, "Dated", 7),
        (35, 61, "No. 7, 4th Main, Gandhi Bazaar", 7),
        (304, 61, "MPM/0412/24-25", 7),
        (437, 61, "12-Feb-2025", 7),
        (35, 72, "Mysuru 570001", 7),
        (34, 82, "GSTIN/UIN: 29ABPFS6627L1Z9", 7),
        (305, 85, "Delivery Note", 7),
        (437, 85, "Mode/Terms of Payment", 7),
        (34, 93, "State Name : Karnataka, Code : 29", 7),
        (305, 98, "DN-118", 7),
        (437, 98, "30 Days", 7),
        (35, 130, "Buyer (Bill to)", 7),
        (35, 142, "HEMAVATHI TEXTILES PRIVATE LIMITED", 8),
        (35, 152, "Survey No. 61, Hebbal Industrial Area", 7),
        (305, 152, "Buyer's Order No.", 7),
        (437, 152, "Dated", 7),
        (35, 163, "Hootagalli, Mysuru 570018", 7),
        (305, 168, "HTP/PO/2231", 7),
        (437, 168, "02-Feb-2025", 7),
        (34, 173, "GSTIN/UIN : 29AAGCK3519N1Z1", 7),
        (34, 184, "State Name : Karnataka, Code : 29", 7),
        (33, 303, "Sl No.", 7),
        (138, 303, "Description of Goods", 7),
        (356, 303, "Quantity", 7),
        (423, 303, "Rate", 7),
        (515, 303, "Amount", 7),
        (39, 323, "1", 7),
        (60, 323, "Monoblock Pump 1 HP", 7),
        (370, 323, "4 Nos", 7),
        (426, 323, "6,250.00", 7),
        (515, 323, "25,000.00", 7),
        (204, 345, "OUTPUT CGST @ 9%", 7),
        (520, 345, "2,250.00", 7),
        (204, 359, "OUTPUT SGST @ 9%", 7),
        (520, 359, "2,250.00", 7),
        (265, 380, "Total", 7),
        (510, 380, "29,500.00", 7),
        (304, 712, "Company's Bank Details", 7),
        (34, 722, "Company's PAN : ABPFS6627L", 7),
        (305, 722, "Bank Name : Canara Bank", 7),
        (305, 732, "A/c No. : 0412201009873", 7),
        (383, 756, "for MEENAKSHI PUMPS & MOTORS", 7),
    ]


def test_tally_blocks_name_and_addresses() -> None:
    fields = extract_canonical(make_sized_pdf(_page()), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "MEENAKSHI PUMPS & MOTORS"
    assert fields["seller_address"] == "No. 7, 4th Main, Gandhi Bazaar, Mysuru 570001"
    assert fields["buyer_name"] == "HEMAVATHI TEXTILES PRIVATE LIMITED"
    assert fields["buyer_address"] == (
        "Survey No. 61, Hebbal Industrial Area, Hootagalli, Mysuru 570018"
    )


def test_possessive_caption_is_no_name() -> None:
    from facturist.engine.partynames import not_a_name

    assert not_a_name("Company's Bank Details")
    assert not_a_name("Buyer's Order No.")
    assert not not_a_name("Lakshmi's Kitchen Pvt Ltd")
