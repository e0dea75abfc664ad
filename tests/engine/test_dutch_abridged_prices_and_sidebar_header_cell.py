"""Dutch abridged unit-price captions ("Eenheidspr.", "E.P.") beside a discount column or
over a scan's grid, and a narrow item table beside a sidebar whose line shares the header's
baseline ("Bedrag | Bankrekening"): the sidebar's caption is no column of the table."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Drawn, make_invoice_pdf, make_pdf

_HEAD = [
    (50, 60, "Van Damme Keukens BV"),
    (350, 130, "Factuurnummer"),
    (450, 130, "F-3312"),
    (350, 144, "Factuurdatum"),
    (450, 144, "12/02/2025"),
]


def _items(rows: list[tuple[float, float, str]]) -> list[tuple[Any, Any, Any]]:
    pdf = make_invoice_pdf([_HEAD + rows], marks=True)
    result = extract_canonical(pdf, use_einvoice=False)
    return [(i.get("quantity"), i.get("unit_price"), i["amount"]) for i in result["line_items"]]


def test_abridged_unit_price_caption_beside_a_discount_column() -> None:
    rows = [
        (40, 220, "Omschrijving"),
        (280, 220, "Aantal"),
        (330, 220, "Eenheidspr."),
        (400, 220, "Korting"),
        (450, 220, "BTW"),
        (500, 220, "Totaal"),
        (40, 240, "Werkblad eik massief"),
        (310, 240, ">4"),
        (385, 240, ">€ 120,00"),
        (435, 240, ">15%"),
        (470, 240, ">21%"),
        (550, 240, ">€ 408,00"),
        (40, 256, "Scharnieren soft-close"),
        (310, 256, ">8"),
        (385, 256, ">€ 6,50"),
        (470, 256, ">21%"),
        (550, 256, ">€ 52,00"),
        (350, 290, "Totaal excl. BTW"),
        (550, 290, ">€ 460,00"),
    ]
    assert _items(rows) == [(4.0, 120.0, 408.0), (8.0, 6.5, 52.0)]


def test_dotted_unit_price_abbreviation_names_the_price_column() -> None:
    rows = [
        (40, 220, "Omschrijving"),
        (300, 220, "Aantal"),
        (400, 220, "E.P."),
        (500, 220, "Totaal"),
        (40, 240, "Boiler 80 liter"),
        (330, 240, ">2"),
        (430, 240, ">415,00"),
        (540, 240, ">830,00"),
        (40, 256, "Montage (uur)"),
        (330, 256, ">3"),
        (430, 256, ">52,00"),
        (540, 256, ">156,00"),
        # A scan's OCR drops the lone "1" in the ruled count cell: the price gives it.
        (40, 272, "Afvoer oud toestel"),
        (430, 272, ">95,00"),
        (540, 272, ">95,00"),
        (350, 300, "Totaal excl. btw"),
        (540, 300, ">1.081,00"),
    ]
    assert _items(rows) == [(2.0, 415.0, 830.0), (3.0, 52.0, 156.0), (1.0, 95.0, 95.0)]


def _body(x: float, y: float, text: str) -> Drawn:
    return Drawn(x, y, text, "Times-Roman", 10)


def _figure(x1: float, y: float, text: str) -> Drawn:
    return Drawn(x1, y, text, "Times-Roman", 10, "right")


def test_sidebar_caption_on_the_header_line_is_no_column() -> None:
    side = [
        "Mr. Koen Aerts",
        "Mr. Lies Goossens",
        "vennoten",
        "Meir 14",
        "2000 Antwerpen",
        "BTW BE 0417.497.106",
        "Kantoorrekening",
        "BE71 0961 2345 6769",
    ]
    page = [Drawn(450, 100 + 11 * i, text, "Times-Roman", 7) for i, text in enumerate(side)]
    page += [
        _body(40, 60, "AERTS & GOOSSENS ADVOCATEN"),
        _body(40, 120, "Lindeboom Transport NV"),
        _body(40, 134, "Havenlaan 3, 9000 Gent"),
        _body(40, 170, "ERELOONSTAAT nr. 2025-017"),
        _body(40, 184, "Datum: 03/02/2025"),
        _body(40, 200, "Omschrijving"),
        _body(290, 200, "Aantal"),
        _body(340, 200, "Tarief"),
        _body(395, 200, "Bedrag"),
        Drawn(450, 200, "Derdenrekening", "Times-Roman", 7),
        Drawn(450, 211, "BE68 5390 0754 7034", "Times-Roman", 7),
        _body(40, 222, "Erelonen vennoot (studie, conclusies)"),
        _figure(318, 222, "4,50"),
        _figure(370, 222, "150,00"),
        _figure(430, 222, "675,00"),
        _body(40, 240, "Kantoorkosten (forfait)"),
        _figure(430, 240, "47,25"),
        _body(40, 258, "Verplaatsingen (km)"),
        _figure(318, 258, "40,00"),
        _figure(370, 258, "0,45"),
        _figure(430, 258, "18,00"),
        _body(200, 290, "Totaal excl. btw"),
        _figure(430, 290, "740,25"),
    ]
    result = extract_canonical(make_pdf(page), use_einvoice=False)
    items = [(i.get("quantity"), i.get("unit_price"), i["amount"]) for i in result["line_items"]]
    assert items == [(4.5, 150.0, 675.0), (None, None, 47.25), (40.0, 0.45, 18.0)]
