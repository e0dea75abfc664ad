"""Item tables under less usual captions: a cost statement's "Kostenart | Anteil | Kosten",
a GST invoice's "Unit" stacked over "Price", a product named "7-in-1" left of a centred
caption, and a courier's shipments by "Destinatario" over two pages."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (40, 60, "Nordwerk Verwaltung GmbH"),
    (350, 130, "Rechnung Nr."),
    (450, 130, "BK-2024-17"),
    (350, 144, "Datum"),
    (450, 144, "28.11.2025"),
]


def _page(head: list[tuple[float, float, str]], rows: list[tuple[float, float, str]]) -> list:
    return [*head, *rows]


def _items(*pages: list[tuple[float, float, str]]) -> list[dict[str, Any]]:
    """Items of a PDF with one page per list of (x, y-from-top, text)."""
    result = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def test_cost_type_and_cost_captions() -> None:
    """Operating-cost statements bill each "Kostenart" at its "Kosten": the price of one."""
    items = _items(
        _page(
            _HEAD,
            [
                (60, 260, "Kostenart"),
                (312, 260, "Anteil"),
                (400, 260, "Kosten"),
                (460, 260, "USt."),
                (505, 260, "Betrag EUR"),
                (60, 280, "Heizung und Warmwasser"),
                (318, 280, "1"),
                (330, 280, "Pauschale"),
                (400, 280, "6.212,40"),
                (462, 280, "19 %"),
                (510, 280, "6.212,40"),
                (60, 296, "Hausmeister und Reinigung"),
                (318, 296, "1"),
                (330, 296, "Pauschale"),
                (400, 296, "3.145,00"),
                (462, 296, "19 %"),
                (510, 296, "3.145,00"),
                (300, 330, "Summe Positionen"),
                (510, 330, "9.357,40"),
            ],
        )
    )
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Heizung und Warmwasser", 1.0, 6212.4, 6212.4),
        ("Hausmeister und Reinigung", 1.0, 3145.0, 3145.0),
    ]


_GST_HEAD = [
    (40, 60, "Vinaya Retail Private Limited"),
    (380, 130, "Invoice Number :"),
    (470, 130, "BLR7-1928447"),
    (380, 144, "Invoice Date :"),
    (470, 144, "06.01.2025"),
    (40, 255, "Sl."),
    (100, 255, "Description"),
    (200, 255, "Unit"),
    (265, 255, "Qty"),
    (300, 255, "Net"),
    (350, 255, "CGST %"),
    (400, 255, "CGST"),
    (515, 255, "Total"),
    (198, 265, "Price"),
    (292, 265, "Amount"),
    (400, 265, "Amt"),
    (508, 265, "Amount"),
]


def test_unit_stacked_over_price_is_the_unit_price() -> None:
    """ "Unit" over "Price" in a narrow column is one caption: its figures are the unit
    price, and the line amount is the net beside the price, not the tax-inclusive total."""
    items = _items(
        _page(
            _GST_HEAD,
            [
                (43, 280, "1"),
                (57, 280, "Laptop 14 inch"),
                (195, 280, "72,025.42"),
                (268, 280, "1"),
                (290, 280, "72,025.42"),
                (352, 280, "9%"),
                (390, 280, "6,482.29"),
                (508, 280, "84,990.00"),
                (43, 300, "2"),
                (57, 300, "USB-C 7-in-1 Hub"),
                (200, 300, "1,694.06"),
                (268, 300, "1"),
                (295, 300, "1,694.06"),
                (352, 300, "9%"),
                (400, 300, "152.47"),
                (511, 300, "1,999.00"),
                (330, 330, "Taxable Value"),
                (505, 330, "73,719.48"),
            ],
        )
    )
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Laptop 14 inch", 1.0, 72025.42, 72025.42),
        ("USB-C 7-in-1 Hub", 1.0, 1694.06, 1694.06),
    ]


_COURIER_HEAD = [
    (40, 60, "Rapido Corriere S.r.l."),
    (40, 138, "Numero fattura"),
    (140, 138, "2024/FE/88317"),
    (40, 150, "Data fattura"),
    (140, 150, "31/10/2024"),
]
_SHIPMENT_CAPTIONS = [
    (43, 0, "Data"),
    (101, 0, "Lettera di vettura"),
    (181, 0, "Destinatario"),
    (393, 0, "Colli"),
    (435, 0, "Peso kg"),
    (517, 0, "Importo €"),
]


def _shipment(y: float, day: str, number: str, to: str, weight: str, amount: str) -> list:
    return [
        (43, y, day),
        (101, y, f"LDV {number}"),
        (181, y, to),
        (400, y, "1"),
        (440, y, weight),
        (522, y, amount),
    ]


def test_shipments_by_recipient_over_two_pages() -> None:
    """A courier bills one row per shipment under "Destinatario" (where it went); the rows
    go on after the running sum carried over the page, and a surcharge row ends them."""
    first = (
        _COURIER_HEAD
        + [(x, 219, text) for x, _y, text in _SHIPMENT_CAPTIONS]
        + _shipment(234, "01/10/2024", "4410027731", "Ottica Ferraresi – Milano", "16.7", "14,25")
        + _shipment(247, "02/10/2024", "4410027868", "Studio Lupo – Bari", "19.3", "15,23")
        + [(400, 274, "A riportare"), (522, 274, "29,48")]
    )
    second = (
        [(40, 37, "Rapido Corriere S.r.l."), (40, 103, "Fattura n. 2024/FE/88317 – segue")]
        + [(400, 126, "Riporto"), (522, 126, "29,48")]
        + [(x, 144, text) for x, _y, text in _SHIPMENT_CAPTIONS]
        + _shipment(
            159, "25/10/2024", "4410029923", "Ferramenta Bellandi – Genova", "72.0", "38,26"
        )
        + [(181, 175, "Supplemento carburante 14,5 %"), (522, 175, "9,82")]
        + [(348, 200, "Totale imponibile"), (515, 200, "€ 77,56")]
        + [(348, 216, "IVA 22%"), (515, 216, "€ 17,06")]
        + [(348, 232, "Totale fattura"), (515, 232, "€ 94,62")]
    )
    items = _items(first, second)
    assert [(i["description"], i.get("quantity"), i["amount"]) for i in items] == [
        # shipmentlist.py: the waybill and the recipient together name the shipment.
        ("LDV 4410027731 Ottica Ferraresi – Milano", None, 14.25),
        ("LDV 4410027868 Studio Lupo – Bari", None, 15.23),
        ("LDV 4410029923 Ferramenta Bellandi – Genova", None, 38.26),
        ("Supplemento carburante 14,5 %", None, 9.82),
    ]


def test_heading_over_the_header_is_no_caption() -> None:
    """ "Kosten (bedragen exclusief btw)" titles the table: "Kosten" there heads no price
    column over the description's caption."""
    items = _items(
        _page(
            _HEAD,
            [
                (60, 315, "Kosten (bedragen exclusief btw)"),
                (63, 332, "Omschrijving"),
                (260, 332, "Hoeveelheid"),
                (360, 332, "Tarief"),
                (470, 332, "Bedrag"),
                (63, 347, "Elektriciteit normaaltarief"),
                (260, 347, "1.842 kWh"),
                (360, 347, "€ 0,2415"),
                (470, 347, "€ 444,84"),
                (63, 360, "Netbeheerkosten gas"),
                (260, 360, "12 mnd"),
                (360, 360, "€ 19,87"),
                (470, 360, "€ 238,44"),
                (250, 390, "Totaal exclusief btw"),
                (470, 390, "€ 683,28"),
            ],
        )
    )
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Elektriciteit normaaltarief", 1842.0, 0.2415, 444.84),
        ("Netbeheerkosten gas", 12.0, 19.87, 238.44),
    ]
