"""Position boxes printed as listings of an e-invoice's data: dotted leaders with path
captions ("Position.Menge ........ 4,0000 kWh") under decorated headings, caption/value grids
headed "Position | 1", and XML views whose captions are the element names."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _items(page: Page) -> list[tuple[object, ...]]:
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ]


def _rows(top: float, rows: list[tuple[str, str]], caption_x: float, value_x: float) -> Page:
    out: Page = []
    for offset, (caption, value) in enumerate(rows):
        out += [(caption_x, top + 12 * offset, caption), (value_x, top + 12 * offset, value)]
    return out


_HEAD: Page = [
    (44.0, 40.0, "Rechnungsnummer"),
    (260.0, 40.0, "RE-2024-0815"),
    (44.0, 52.0, "Rechnungsdatum"),
    (260.0, 52.0, "12.11.2024"),
]


def _dotted(caption: str) -> str:
    return f"{caption} " + "." * max(4, 40 - len(caption))


def test_dotted_listing_with_path_captions() -> None:
    page = list(_HEAD)
    top = 90.0
    for number, (name, quantity, price, amount) in enumerate(
        [
            ("Arbeitspreis Strom Gewerbe", "4.183,0000 kWh", "0,2871", "1.200,94"),
            ("Grundpreis Zähler", "1,0000 Monat", "14,90", "14,90"),
        ],
        start=1,
    ):
        page.append((41.0, top, f"--- Position {number} ---"))
        rows = [
            ("Position.Nummer", str(number)),
            ("Position.Artikelname", name),
            ("Position.Menge", quantity),
            ("Position.Nettopreis", price),
            ("Position.Steuersatz", "19,00 %"),
            ("Position.Gesamtbetrag netto", amount),
        ]
        page += _rows(top + 12, [(_dotted(c), v) for c, v in rows], 44.0, 260.0)
        top += 90
    page.append((41.0, top, "--- Summen ---"))
    page += _rows(top + 12, [(_dotted("Gesamtbetrag netto"), "1.215,84")], 44.0, 260.0)
    assert _items(page) == [
        ("Arbeitspreis Strom Gewerbe", 4183.0, 0.2871, 1200.94),
        ("Grundpreis Zähler", 1.0, 14.9, 14.9),
    ]


def test_caption_value_grid_headed_by_a_position_row() -> None:
    page = list(_HEAD)
    page.append((48.0, 80.0, "Positionen"))
    top = 100.0
    for number, (name, quantity, price, amount) in enumerate(
        [
            ("Holzrahmenbau Außenwände komplett", "1,00 Pauschale", "81.000,00", "81.000,00"),
            ("Dachkonstruktion Brettsperrholz", "388,40 m²", "96,80", "37.597,12"),
        ],
        start=1,
    ):
        rows = [
            ("Position", str(number)),
            ("Bezeichnung", name),
            ("Menge / Einheit", quantity),
            ("Nettopreis", price),
            ("Steuer", "S / 19,00 %"),
            ("Nettobetrag", amount),
        ]
        page += _rows(top, rows, 48.0, 208.0)
        top += 80
    page.append((45.0, top + 20, "Visualisierung EN 16931"))
    assert _items(page) == [
        ("Holzrahmenbau Außenwände komplett", 1.0, 81000.0, 81000.0),
        ("Dachkonstruktion Brettsperrholz", 388.4, 96.8, 37597.12),
    ]


def test_xml_view_with_element_names_as_captions() -> None:
    page = list(_HEAD)
    top = 90.0
    for number, (name, quantity, price, amount) in enumerate(
        [
            (("Zementestrich", "CT-C25-F4, 65 mm"), "612.0000", "23.40", "14320.80"),
            (("Randdämmstreifen", "8 mm"), "418.0000", "0.95", "397.10"),
        ],
        start=1,
    ):
        page += [(36.0, top, "ram:IncludedSupplyChainTradeLineItem"), (249.0, top, f"[{number}]")]
        rows = [
            ("ram:LineID", str(number)),
            ("ram:SpecifiedTradeProduct/ram:Name", name[0]),
            ("ram:GrossPriceProductTradePrice/ram:ChargeAmount", "99.00"),
            ("ram:NetPriceProductTradePrice/ram:ChargeAmount", price),
            ("ram:BilledQuantity @MTK", quantity),
            ("ram:LineTotalAmount", amount),
        ]
        page += _rows(top + 12, rows, 48.0, 330.0)
        # Wide word spacing splits the name into cells.
        page.append((450.0, top + 24, name[1]))
        top += 90
    page.append((36.0, top, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"))
    page += _rows(top + 12, [("ram:LineTotalAmount", "14717.90")], 48.0, 330.0)
    assert _items(page) == [
        ("Zementestrich CT-C25-F4, 65 mm", 612.0, 23.4, 14320.8),
        ("Randdämmstreifen 8 mm", 418.0, 0.95, 397.1),
    ]
