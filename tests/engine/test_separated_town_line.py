"""A letterhead's one centred address line, its town and postcode set apart by the same
middle dots as its other pieces ("Flat 3, 41 Chorlton Road · Manchester · M16 7BF ·
hello@..."): the town is the two pieces together, the address ends there."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_town_and_postcode_parted_by_dots_close_the_address() -> None:
    texts: list[SizedText] = [
        (201.2, 60, "Priya Malhotra", 24),
        (216, 90, "ILLUSTRATION", 7),
        (290, 90, "&", 7),
        (302, 90, "LETTERING", 7),
        (155.7, 108, "22 Harrow Lane", 8),
        (219.2, 108, "·", 8),
        (227.9, 108, "Leeds", 8),
        (256.2, 108, "·", 8),
        (264.9, 108, "LS6 2AB", 8),
        (303, 108, "· studio@malhotra-art.co.uk", 8),
        (57, 160, "Invoice for", 9),
        (57, 174, "Bramble & Oak Ltd", 10),
        (300, 174, "Invoice", 9),
        (400, 174, "PM-0112", 9),
        (57, 188, "4 Canal Wharf", 10),
        (300, 188, "Date", 9),
        (400, 188, "5 March 2024", 9),
        (57, 202, "Leeds LS11 5PS", 10),
        (57, 240, "Work completed", 10),
        (57, 256, "Packaging illustrations, 3 designs", 9),
        (480, 256, "£900.00", 9),
        (380, 290, "Total", 9),
        (480, 290, "£900.00", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Priya Malhotra"
    assert fields["seller_address"] == "22 Harrow Lane, Leeds, LS6 2AB"
