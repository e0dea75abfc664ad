"""A carrier's freight bill in Courier: "SHIPPER | CONSIGNEE | BILL TO" heading three party
boxes (each caption word in a cell of its own), a payables desk under the billed company, and
a tear-off stub at the foot, "REMIT TO:" over the carrier's full name and a lockbox, under a
letterhead that sets the name as a logo over two lines over the carrier's street."""

from __future__ import annotations

from typing import Any

from facturist.engine.extraction import read_for_canonical
from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.freightroles import freight_role
from facturist.engine.layout import Cell, Line, build_lines
from facturist.engine.model import Box, Word
from facturist.engine.spacedcaptions import joined_captions

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with ">" ends at x.
Text = tuple[float, float, str, float]


def _fields(texts: list[Text]) -> dict[str, Any]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts, "Courier")).texts[0])
    return {key: value.value for key, value in header_fields(lines, find_candidates(lines)).items()}


def _page(stub: bool = True, bill_to: bool = True) -> list[Text]:
    texts: list[Text] = [
        (40, 50, "BLUEWATER", 20),
        (430, 50, "FREIGHT BILL", 10),
        (40, 68, "CARTAGE LINES, INC.", 9),
        (380, 76, "BILL NO", 7),
        (520, 76, "880412", 7),
        (40, 84, "1450 Harbor Rd", 7),
        (380, 86, "BILL DATE", 7),
        (520, 86, "03/11/2025", 7),
        (40, 94, "Savannah, GA 31401", 7),
        (380, 96, "PRO NUMBER", 7),
        (520, 96, "55102934", 7),
        (40, 170, "SHIPPER", 7),
        (220, 170, "CONSIGNEE", 7),
        (40, 181, "Marsh Timber Supply", 7),
        (220, 181, "Dunmore Hardware Whse.", 7),
        (40, 191, "22 Mill Creek Rd", 7),
        (220, 191, "8 Depot St", 7),
        (40, 201, "Macon, GA 31201", 7),
        (220, 201, "Albany, GA 31701", 7),
        (40, 270, "DESCRIPTION", 7),
        (480, 270, "AMOUNT", 7),
        (40, 285, "LINEHAUL CLASS 70", 7),
        (480, 285, "640.00", 7),
        (330, 320, "TOTAL CHARGES", 7),
        (480, 320, "$640.00", 7),
    ]
    if bill_to:
        texts += [
            (400, 170, "BILL TO", 7),
            (400, 181, "Dunmore Hardware Group", 7),
            (400, 191, "Carrier Payables", 7),
            (400, 201, "300 Market St", 7),
            (400, 211, "Atlanta, GA 30303", 7),
        ]
    if stub:
        texts += [
            (40, 650, "REMIT TO:", 7),
            (380, 650, "PRO NUMBER 55102934", 7),
            (40, 662, "Bluewater Cartage Lines, Inc.", 7),
            (40, 674, "P.O. Box 771204", 7),
            (40, 686, "Atlanta, GA 30384-1204", 7),
        ]
    return texts


def test_the_bill_to_column_is_the_buyer_beside_the_shipment_roles() -> None:
    fields = _fields(_page())
    assert fields["buyer_name"] == "Dunmore Hardware Group"
    assert fields["buyer_address"] == "300 Market St, Atlanta, GA 30303"


def test_the_remittance_lockbox_is_not_the_seller_address() -> None:
    fields = _fields(_page())
    assert fields["seller_name"] == "Bluewater Cartage Lines, Inc."
    assert fields["seller_address"] == "1450 Harbor Rd, Savannah, GA 31401"


def test_a_role_heading_is_never_the_buyer_name() -> None:
    fields = _fields(_page(bill_to=False))
    assert fields.get("buyer_name") not in {"SHIPPER", "CONSIGNEE"}


def test_shipment_roles() -> None:
    for heading in ("SHIPPER", "Consignee:", "SHIP FROM", "Consignor", "Destination"):
        assert freight_role(heading)
    for name in ("Shipper Logistics LLC", "Bill to", "Origin Coffee Roasters Ltd"):
        assert not freight_role(name)


def _cells_line(*pieces: tuple[float, str]) -> Line:
    """One line whose words each stand in a cell of their own (Courier's ink boxes: 5 pt high,
    a word space 6 pt wide, wider than the layout's cut)."""
    words = [Word(text, Box(1, x, 100, x + 5 * len(text), 105)) for x, text in pieces]
    return Line(page=1, words=words, cells=[Cell([word]) for word in words])


def test_a_caption_in_cells_of_its_words_is_joined() -> None:
    line = _cells_line((40, "SHIPPER"), (220, "CONSIGNEE"), (400, "BILL"), (426, "TO"))
    (joined,) = joined_captions([line])
    assert [cell.text for cell in joined.cells] == ["SHIPPER", "CONSIGNEE", "BILL TO"]
    # Two words a column gap apart stay apart; a phrase that is no caption stays as it is.
    apart = _cells_line((40, "BILL"), (120, "TO"))
    other = _cells_line((40, "TOTAL"), (71, "DUE"))
    assert joined_captions([apart, other]) == [apart, other]
