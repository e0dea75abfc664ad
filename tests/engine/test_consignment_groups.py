"""Carriers' bills grouping charges by consignment: a heading line of shipment data (date,
waybill, route, parcels, weight) over each group, a sub-total under it, a fuel surcharge
"<name> <rate> % <amount>" among the charges (consignmentheads.py, chargetext.py)."""

from __future__ import annotations

from facturist.engine.extraction import extract_canonical

from .conftest import PlacedText, make_placed_pdf


def _items(texts: list[PlacedText]) -> list[tuple[str, float]]:
    result = extract_canonical(make_placed_pdf(texts))
    return [(item["description"], item["amount"]) for item in result["line_items"]]


def _top() -> list[PlacedText]:
    return [
        (50, 40, "Spedition Nordlicht GmbH", False),
        (50, 52, "Hafenstraße 4, 28197 Bremen", False),
        (380, 40, "Rechnung Nr. NL-77120", False),
        (380, 52, "Datum 30.04.2025", False),
        (50, 100, "Kunde: Weser Maschinenbau AG, Industrieweg 9, 27568 Bremerhaven", False),
    ]


def test_consignment_headings_open_groups_and_surcharges_are_items() -> None:
    texts = [
        *_top(),
        (50, 150, "Datum", False),
        (100, 150, "Frachtbrief", False),
        (170, 150, "Bezeichnung", False),
        (330, 150, "Pakete", False),
        (380, 150, "Gewicht", False),
        (500, 150, "Betrag EUR", True),
        (540, 150, "USt", False),
    ]
    groups = [
        (
            "02.04.25",
            "FB 55102233",
            "Bremen > Hamburg",
            "3 pal.",
            "1 120,000",
            [
                ("Stückgutfracht national", "210,00"),
                ("Dieselzuschlag 12,5 %", "26,25"),
                ("Avisierung", "9,00"),
            ],
            "245,25",
        ),
        (
            "09.04.25",
            "FB 55102301",
            "Bremen > Wien (AT)",
            "5 pal.",
            "2 310,000",
            [
                ("Fracht international", "480,00"),
                ("Dieselzuschlag 12,5 %", "60,00"),
                ("Maut Österreich", "37,40"),
            ],
            "577,40",
        ),
        (
            "16.04.25",
            "FB 55102377",
            "Bremen > Köln",
            "1 pal.",
            "240,000",
            [("Stückgutfracht national", "95,00"), ("Dieselzuschlag 12,5 %", "11,88")],
            "106,88",
        ),
    ]
    y = 168.0
    for day, waybill, route, parcels, weight, charges, subtotal in groups:
        texts += [
            (50, y, day, False),
            (100, y, waybill, False),
            (170, y, route, False),
            (330, y, parcels, False),
            (420, y, weight, True),
        ]
        y += 12
        for name, amount in charges:
            texts += [(176, y, name, False), (500, y, amount, True), (540, y, "19", False)]
            y += 12
        texts += [(330, y, "Zwischensumme Sendung", False), (500, y, subtotal, True)]
        y += 18
    texts += [
        (380, y + 10, "Summe netto", False),
        (500, y + 10, "929,53", True),
        (380, y + 22, "USt 19 %", False),
        (500, y + 22, "176,61", True),
        (380, y + 34, "Gesamtbetrag", False),
        (500, y + 34, "1.106,14", True),
    ]
    items = _items(texts)
    assert [name for name, _ in items] == [
        "Stückgutfracht national",
        "Dieselzuschlag 12,5 %",
        "Avisierung",
        "Fracht international",
        "Dieselzuschlag 12,5 %",
        "Maut Österreich",
        "Stückgutfracht national",
        "Dieselzuschlag 12,5 %",
    ]
    assert [amount for _, amount in items][:3] == [210.0, 26.25, 9.0]


def test_charge_caption_over_names_heads_the_text_column() -> None:
    texts = [
        *_top(),
        (45, 150, "AWB", False),
        (110, 150, "Date", False),
        (160, 150, "Route", False),
        (270, 150, "Pcs", False),
        (300, 150, "Kg", False),
        (325, 150, "Charge", False),
        (475, 150, "VAT", False),
        (555, 150, "Amount £", True),
    ]
    groups = [
        (
            "7730019921",
            "10/04/25",
            "LEEDS GB > PARIS FR",
            "1",
            "4.2",
            "Express Parcel",
            [("Base charge", "Z", "38.10"), ("Fuel surcharge 24.5%", "Z", "9.33")],
            "47.43",
        ),
        (
            "7730019935",
            "11/04/25",
            "LEEDS GB > BRISTOL GB",
            "2",
            "9.0",
            "Next Day",
            [
                ("Base charge", "S", "16.20"),
                ("Fuel surcharge 24.5%", "S", "3.97"),
                ("Signature on delivery", "S", "2.50"),
            ],
            "22.67",
        ),
        (
            "7730019947",
            "12/04/25",
            "DELHI IN > LEEDS GB",
            "3",
            "27.0",
            "Import Express",
            [("Base charge", "Z", "188.00"), ("Import duty paid on your behalf", "O", "41.70")],
            "229.70",
        ),
    ]
    y = 168.0
    for waybill, day, route, pcs, kg, service, charges, total in groups:
        texts += [
            (45, y, waybill, False),
            (110, y, day, False),
            (160, y, route, False),
            (282, y, pcs, True),
            (313, y, kg, True),
            (325, y, service, False),
        ]
        y += 12
        for name, code, amount in charges:
            texts += [(326, y, name, False), (480, y, code, False), (555, y, amount, True)]
            y += 12
        texts += [(326, y, "Shipment total", False), (555, y, total, True)]
        y += 18
    texts += [
        (330, y + 10, "Total excl. VAT", False),
        (555, y + 10, "299.80", True),
        (330, y + 22, "VAT", False),
        (555, y + 22, "4.53", True),
        (330, y + 34, "Invoice total", False),
        (555, y + 34, "304.33", True),
    ]
    items = _items(texts)
    assert items == [
        ("Base charge", 38.1),
        ("Fuel surcharge 24.5%", 9.33),
        ("Base charge", 16.2),
        ("Fuel surcharge 24.5%", 3.97),
        ("Signature on delivery", 2.5),
        ("Base charge", 188.0),
        ("Import duty paid on your behalf", 41.7),
    ]
