"""E-invoice viewers that print the semantic model as grids of "ID | business term | value"
rows (the term's reference in a column of its own, under an "ID" column header), with the
term's full name as the caption ("Seller name", "Name des Verkäufers", "Seller post code"),
positions as grids of their own, and Peppol prints whose positions open with "Line 1" and
the line's total at the right."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Row = tuple[str, str, str]
Text = tuple[float, float, str]


def _grid(top: float, title: str, header: Row, rows: list[Row]) -> tuple[list[Text], float]:
    """A titled grid of reference | term | value rows under its column header; the texts
    and where the next grid may start."""
    out: list[Text] = [(50, top, title)]
    for offset, (ref, term, value) in enumerate([header, *rows], start=1):
        y = top + 18 + 13.5 * (offset - 1)
        out += [(54, y, ref), (105, y, term), (280, y, value)]
    return out, top + 18 + 13.5 * (len(rows) + 1) + 12


def _page(grids: list[tuple[str, list[Row]]], header: Row, top: float = 60) -> list[Text]:
    texts: list[Text] = []
    for title, rows in grids:
        drawn, top = _grid(top, title, header, rows)
        texts += drawn
    return texts


_DE_HEADER = ("ID", "Fachbegriff", "Wert")
_EN_HEADER = ("ID", "Business term", "Value")

_DE_HEAD = [
    (
        "Rechnung",
        [
            ("BT-1", "Rechnungsnummer", "RE-4471"),
            ("BT-2", "Rechnungsdatum", "04.02.2026"),
            ("BT-5", "Währung", "EUR"),
        ],
    ),
    (
        "Verkäufer",
        [
            ("BT-27", "Name des Verkäufers", "Hofmeister Fliesenbau GmbH"),
            ("BT-35", "Straße", "Mühlgasse 12"),
            ("BT-38", "Postleitzahl", "93047"),
            ("BT-37", "Ort", "Regensburg"),
            ("BT-40", "Ländercode", "DE"),
            ("BT-31", "USt-IdNr. des Verkäufers", "DE811234567"),
        ],
    ),
    (
        "Käufer",
        [
            ("BT-44", "Name des Käufers", "Wohnbau Donautal eG"),
            ("BT-50", "Straße", "Am Kai 3"),
            ("BT-53/52", "PLZ / Ort", "93059 Regensburg"),
        ],
    ),
]

_DE_TOTALS = [
    (
        "Gesamtbeträge",
        [
            ("BT-109", "Gesamtbetrag ohne USt", "1.060,00"),
            ("BT-110", "Gesamtbetrag USt", "201,40"),
            ("BT-112", "Gesamtbetrag mit USt", "1.261,40"),
            ("BT-115", "Fälliger Betrag", "1.261,40"),
        ],
    )
]


def _position(number: int, name: str, quantity: str, price: str, net: str) -> tuple[str, list[Row]]:
    return (
        f"Rechnungsposition {number} (BG-25)",
        [
            ("BT-126", "Positionsnummer", str(number)),
            ("BT-153", "Artikelname", name),
            ("BT-129", "Menge", quantity),
            ("BT-130", "Einheit", "H87"),
            ("BT-146", "Nettopreis", price),
            ("BT-152", "USt-Satz", "19 %"),
            ("BT-131", "Nettobetrag der Position", net),
        ],
    )


def _german_viewer() -> bytes:
    first = _page(
        [
            *_DE_HEAD,
            _position(1, "Bodenfliese Feinsteinzeug 60x60", "40", "18,50", "740,00"),
        ],
        _DE_HEADER,
    )
    second = _page(
        [_position(2, "Verlegung je Quadratmeter", "16", "20,00", "320,00"), *_DE_TOTALS],
        _DE_HEADER,
    )
    return make_invoice_pdf([first, second])


def test_grid_header_over_term_references_is_no_party_name() -> None:
    fields = extract_canonical(_german_viewer(), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Hofmeister Fliesenbau GmbH"
    assert fields["buyer_name"] == "Wohnbau Donautal eG"
    assert fields["seller_address"] == "Mühlgasse 12, 93047 Regensburg"


def test_positions_in_term_grids_are_items() -> None:
    items = extract_canonical(_german_viewer(), use_einvoice=False)["line_items"]
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Bodenfliese Feinsteinzeug 60x60", 40.0, 18.5, 740.0),
        ("Verlegung je Quadratmeter", 16.0, 20.0, 320.0),
    ]


def test_term_names_qualified_by_the_party_assemble_its_address() -> None:
    texts = _page(
        [
            (
                "Invoice",
                [
                    ("BT-1", "Invoice number", "TQ-2026-118"),
                    ("BT-2", "Invoice issue date", "2026-02-04"),
                    ("BT-5", "Invoice currency code", "EUR"),
                ],
            ),
            (
                "Seller",
                [
                    ("BT-27", "Seller name", "Kranich Messtechnik GmbH"),
                    ("BT-35", "Seller address line 1", "Werftstraße 7"),
                    ("BT-38", "Seller post code", "24148"),
                    ("BT-37", "Seller city", "Kiel"),
                    ("BT-40", "Seller country code", "DE"),
                ],
            ),
            (
                "Buyer",
                [
                    ("BT-44", "Buyer name", "Ostholm Reederei GmbH"),
                    ("BT-50", "Buyer address line 1", "Kaistraße 2"),
                ],
            ),
            (
                "Document totals",
                [
                    ("BT-109", "Invoice total amount without VAT", "500.00"),
                    ("BT-110", "Invoice total VAT amount", "95.00"),
                    ("BT-112", "Invoice total amount with VAT", "595.00"),
                ],
            ),
        ],
        _EN_HEADER,
    )
    fields = extract_canonical(make_invoice_pdf([texts]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Kranich Messtechnik GmbH"
    assert fields["buyer_name"] == "Ostholm Reederei GmbH"
    # The country code row goes on with the address, as for unqualified captions.
    assert fields["seller_address"] == "Werftstraße 7, 24148 Kiel, DE"


def _line_block(top: float, number: int, rows: list[tuple[str, str]], total: str) -> list[Text]:
    out: list[Text] = [(52, top, f"Line {number}"), (480, top, f"{total} EUR")]
    for offset, (caption, value) in enumerate(rows, start=1):
        out += [(63, top + 11 * offset, caption), (210, top + 11 * offset, value)]
    return out


def test_line_heading_with_its_total_opens_a_position_block() -> None:
    texts: list[Text] = [
        (50, 50, "Invoice LB-0042"),
        (50, 70, "Supplier"),
        (50, 84, "Name"),
        (150, 84, "Verhoeven Grafisch BV"),
        (50, 110, "Invoice lines"),
        *_line_block(
            130,
            1,
            [
                ("Item name (BT-153)", "Poster print A1, matt"),
                ("Invoiced quantity (BT-129)", "12,000 H87"),
                ("Item net price (BT-146)", "0.025"),
                ("Line net amount (BT-131)", "300.00"),
            ],
            "300.00",
        ),
        *_line_block(
            200,
            2,
            [
                ("Item name (BT-153)", "Layout service, hourly"),
                ("Invoiced quantity (BT-129)", "2.50 HUR"),
                ("Item net price (BT-146)", "80.00"),
                ("Line net amount (BT-131)", "200.00"),
            ],
            "200.00",
        ),
        (300, 290, "Total without VAT"),
        (470, 290, "EUR 500.00"),
        (300, 304, "Total VAT amount"),
        (470, 304, "EUR 105.00"),
        (300, 318, "Total with VAT"),
        (470, 318, "EUR 605.00"),
    ]
    items = extract_canonical(make_invoice_pdf([texts]), use_einvoice=False)["line_items"]
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Poster print A1, matt", 12000.0, 0.025, 300.0),
        ("Layout service, hourly", 2.5, 80.0, 200.0),
    ]
