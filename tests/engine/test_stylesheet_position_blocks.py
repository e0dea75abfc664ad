"""Positions printed as vertical blocks of "caption: value" rows by e-invoice visualisations:
the ZUGFeRD stylesheet ("Stylesheet zur Lesbarmachung der XML-Daten") with its terse captions
"Pos.-Nr.: / Artikelname: / Menge: / Preis: / Betrag:", and an XRechnung viewer that heads each
box "Position 1" and prints the identifier row "Positionsnummer BT-126 | 1" under it."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import Drawn, analysed, make_invoice_pdf, make_pdf

Page = list[tuple[float, float, str]]


def _rows(top: float, rows: list[tuple[str, str]]) -> Page:
    out: Page = []
    for offset, (caption, value) in enumerate(rows):
        out += [(40.0, top + 12.5 * offset, caption), (200.0, top + 12.5 * offset, value)]
    return out


def test_stylesheet_blocks_with_terse_price_and_amount_captions() -> None:
    page: Page = [
        (40.0, 40.0, "Stylesheet zur Lesbarmachung der XML-Daten von ZUGFeRD-Rechnungen"),
        *_rows(70.0, [("Rechnungsnummer:", "RE-24-0815"), ("Rechnungsdatum:", "12.02.2024")]),
        (40.0, 110.0, "Positionen:"),
    ]
    blocks = [
        [
            ("Pos.-Nr.:", "1"),
            ("Artikel-Nr.:", "ST-220"),
            ("Artikelname:", "Stehleuchte Messing"),
            ("Menge:", "2,00 STK"),
            ("Preis:", "310,00 EUR"),
            ("Betrag:", "620,00 EUR"),
            ("USt.-Satz:", "19,00 % (S)"),
        ],
        [
            ("Pos.-Nr.:", "2"),
            ("Artikel-Nr.:", "TL-08"),
            ("Artikelname:", "Tischleuchte Opalglas"),
            # The gross price and its discount come before the net "Preis:".
            ("Bruttopreis:", "95,00 EUR"),
            ("Rabatt auf den Preis:", "9,50"),
            ("Menge:", "4,00 STK"),
            ("Preis:", "85,50 EUR"),
            ("Betrag:", "342,00 EUR"),
            ("USt.-Satz:", "19,00 % (S)"),
        ],
    ]
    top = 128.0
    for block in blocks:
        page += _rows(top, block)
        top += 12.5 * len(block) + 12
    page += [
        (40.0, top + 10, "Summen:"),
        *_rows(top + 25, [("Summe Positionen", "962,00 EUR"), ("Fälliger Betrag", "1.144,78 EUR")]),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ] == [
        ("Stehleuchte Messing", 2.0, 310.0, 620.0),
        ("Tischleuchte Opalglas", 4.0, 85.5, 342.0),
    ]


def test_box_heading_over_its_identifier_row() -> None:
    drawn: list[Drawn] = []

    def row(y: float, caption: str, tag: str, value: str) -> None:
        drawn.append(Drawn(45, y, caption, size=8))
        if tag:  # the viewer's business-term tag, in small print in a column of its own
            drawn.append(Drawn(250, y, tag, size=5.5))
        drawn.append(
            Drawn(max(295, 45 + stringWidth(caption, "Helvetica", 8) + 40), y, value, size=8)
        )

    row(40, "Rechnung", "", "")
    row(60, "Rechnungsnummer:", "BT-1", "XR-2024-3311")
    row(100, "Rechnungspositionen", "", "")
    positions = [
        ("Unterhaltsreinigung Büro", "1,00", "4.380,00", "4.380,00"),
        ("Glasreinigung außen", "640", "1,35", "864,00"),
    ]
    for number, (name, quantity, price, amount) in enumerate(positions, start=1):
        top = 120 + 100 * (number - 1)
        row(top, f"Position {number}", "", "")
        block = [
            ("Positionsnummer:", "BT-126", str(number)),
            ("Artikelname:", "BT-153", name),
            ("Menge:", "BT-129", quantity),
            ("Einheit:", "BT-130", "Stück"),
            ("Preis pro Einheit (netto):", "BT-146", price),
            ("Gesamtpreis (netto):", "BT-131", amount),
        ]
        for offset, (caption, tag, value) in enumerate(block, start=1):
            row(top + 12 * offset, caption, tag, value)
    invoice = analysed(make_pdf(drawn))
    assert [
        (i["description"].value, i["quantity"].value, i["unit_price"].value, i["amount"].value)
        for i in invoice.items
    ] == [
        ("Unterhaltsreinigung Büro", 1.0, 4380.0, 4380.0),
        ("Glasreinigung außen", 640.0, 1.35, 864.0),
    ]
