"""Scanned and faxed invoices: a fax machine's transmission line, a letterhead stacked on two
lines, and an address block OCR or the billing system printed a little off.

Conventions:
- A top line with a date and time, the sending station ("FROM: ... TO: ...") and a page
  counter ("P.001/001", "S. 01/01", "N°4471 P. 1/1") is the fax machine's, no party's.
- "Pennine Software" set large over "Services Ltd": the page printing the whole name
  elsewhere ("Pay to: Pennine Software Services Ltd") makes both lines the seller's name.
- A British postcode joined by a hyphen ("WF10-1AY") is one with a space.
- The Dutch and Flemish care-of "p/a" ("p/a secretariaat") is no line of the address.
- A Dutch owners' association "Vereniging van Eigenaren Oudwijk 12-30" is named after its
  building's house numbers: a name, though it holds digits.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.faxheader import FAX_HEADER
from facturist.engine.namedcontact import named_contact
from facturist.engine.partyblocks import OWNERS_ASSOCIATION
from facturist.engine.ukpostcodes import spaced_uk_postcodes

from .conftest import SizedText, make_sized_pdf, spaced_lines

_TOTALS: list[SizedText] = [
    (50, 400, "Description", 9),
    (400, 400, "Qty", 9),
    (480, 400, "Amount", 9),
    (50, 416, "Consulting services", 9),
    (400, 416, "1", 9),
    (480, 416, "1,000.00", 9),
    (380, 450, "Net", 9),
    (480, 450, "1,000.00", 9),
    (380, 464, "VAT 20%", 9),
    (480, 464, "200.00", 9),
    (380, 478, "Total due", 9),
    (480, 478, "1,200.00", 9),
]


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts + _TOTALS), use_einvoice=False)[
        "fields"
    ]
    return fields


def test_fax_transmission_lines_with_word_months_and_noisy_counters() -> None:
    for line in (
        "11-MAR-2025 15:42 FROM: HARCOURT LYLE 01134960721 TO:01977552310 P.001/001",
        "13/03/2025 10:27 TRANSPORTS ROLLAND +33 2 40 32 18 59 N°4471 P. 1/1",
        "10.03.2025 11:02 Getraenke Lohmann 0251618929 S. 01/0i",
        "24.02.2025 11:07 +49 511 357499 WEBER KG S. 01/01",
    ):
        assert FAX_HEADER.search(line), line
    assert not FAX_HEADER.search("Invoice date 11/03/2025 10:00 Page 1")
    assert not FAX_HEADER.search("Harcourt & Lyle Office Supplies Ltd")


def _stacked(top: str, second: str, elsewhere: str) -> list[SizedText]:
    return [
        # The second line centred under the first, not flush with it.
        (60, 60, top, 16),
        (75, 78, second, 10),
        (400, 60, "2nd Floor, Bridgewater House", 9),
        (400, 72, "58 Whitworth Street", 9),
        (400, 84, "Manchester M1 6LT", 9),
        (60, 150, "Invoice", 20),
        (60, 180, "Holme Valley Joinery Ltd", 9),
        (60, 192, "Station Road", 9),
        (60, 204, "Holmfirth", 9),
        (60, 216, "HD9 7AB", 9),
        (350, 180, "Invoice number", 9),
        (450, 180, "10482", 9),
        (60, 600, elsewhere, 9),
    ]


def test_stacked_letterhead_named_whole_on_the_slip() -> None:
    fields = _fields(
        _stacked("Pennine Software", "Services Ltd", "Pay to: Pennine Software Services Ltd")
    )
    assert fields["seller_name"] == "Pennine Software Services Ltd"


def test_stacked_capitals_named_whole_in_the_terms() -> None:
    fields = _fields(
        _stacked(
            "HARCOURT & LYLE",
            "OFFICE SUPPLIES LTD",
            "Goods remain the property of Harcourt & Lyle Office Supplies Ltd until paid.",
        )
    )
    assert fields["seller_name"] == "Harcourt & Lyle Office Supplies Ltd"


def test_stacked_letterhead_printed_nowhere_else_keeps_its_legal_line() -> None:
    fields = _fields(_stacked("Pennine Software", "Services Ltd", "Thank you for your order."))
    assert fields["seller_name"] == "Services Ltd"


def test_hyphenated_uk_postcode_read_with_its_space() -> None:
    lines = spaced_uk_postcodes(spaced_lines([(60, 100, "WF10-1AY"), (60, 120, "ORD-1234")]))
    assert [line.text for line in lines] == ["WF10 1AY", "ORD-1234"]
    fields = _fields(
        [
            (60, 60, "Leeds Paper Supplies Ltd", 14),
            (60, 76, "Savins Mill Way, Leeds LS5 3RP", 9),
            (60, 150, "Invoice To:", 9),
            (60, 162, "Castleford Dental Group Ltd", 9),
            (60, 174, "18 Carlton Street", 9),
            (60, 186, "Castleford", 9),
            (60, 198, "WF10-1AY", 9),
            (350, 162, "Invoice No", 9),
            (450, 162, "SI-204877", 9),
        ]
    )
    assert fields["buyer_address"] == "18 Carlton Street, Castleford, WF10 1AY"


def test_dutch_care_of_and_owners_association() -> None:
    assert named_contact("p/a secretariaat")
    assert named_contact("P/A Boekhouding")
    assert OWNERS_ASSOCIATION.match("Vereniging van Eigenaren Oudwijk 12-30")
    fields = _fields(
        [
            (60, 60, "Hoveniersbedrijf Van der Heijden B.V.", 14),
            (60, 76, "Kanaalweg 88, 3526 KM Utrecht", 9),
            (60, 150, "Vereniging van Eigenaren Oudwijk 12-30", 9),
            (60, 162, "t.a.v. mevr. J. Smits", 9),
            (60, 174, "Oudwijk 12", 9),
            (60, 186, "3581 JE UTRECHT", 9),
            (60, 250, "FACTUUR", 16),
            (350, 250, "Factuurnummer 2025-1044", 9),
        ]
    )
    assert fields["buyer_name"] == "Vereniging van Eigenaren Oudwijk 12-30"
    assert fields["buyer_address"].casefold() == "oudwijk 12, 3581 je utrecht"
