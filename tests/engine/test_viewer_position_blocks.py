"""E-invoice viewer prints whose positions are blocks of caption/value rows.

Conventions:
- A position block opens at its heading, in any of the viewers' forms: "Position 1",
  "Pos. 1", "1.", "Rechnungsposition 1 von 5", "Artikel 1", "Line 1", "Item 1", and a group's
  sub-positions "Unterposition 1.1" / "Sub-line 1.1".
- A block that breaks across a page goes on under the next page's running header, after the
  page's footer; the viewer may repeat its heading marked "(Fortsetzung)" / "(continued)".
- A group position (EN 16931 sub-invoice lines) prints no amount of its own: its
  sub-positions, headed with its number and theirs (1.1, 1.2), are the items.
- A line allowance or charge (EN 16931 BG-27 / BG-28) is printed as a sub-block indented
  under the position's captions; its "Betrag" / "Amount" is no line amount.
- Item attributes (seller's / buyer's item numbers, GTIN, origin, customs tariff code,
  price base quantity) are no figures of the line.
- Captions: "Liefermenge" is a quantity, "Nettopreis" / "Preis je Preiseinheit (netto)" a
  unit price, "Nettowert" a line amount; "Preiseinheit" and "Basismenge" (the price base,
  BT-149) are none of these.
- A viewer's position boxes are the items even where two of their caption | value rows pass
  for a table's header and row ("Buyer's item ID | PO-LINE-001" over "Commodity code |
  85444290"): the boxes are read before any table.
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.itemboxes import boxed_items
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.positionblocks import block_items

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]
Page = list[tuple[float, float, str]]


def _page_lines(number: int, rows: list[Row]) -> list[Line]:
    words = []
    for x, y, text in rows:
        for token in text.split(" "):
            width = 5.0 * len(token)
            words.append(Word(token, Box(number, x, y, x + width, y + 9)))
            x += width + 2.5
    return build_lines(PageText(number, 595, 842, words))


def _read(*pages: list[Row]) -> list[tuple[object, ...]]:
    lines = [line for n, rows in enumerate(pages, start=1) for line in _page_lines(n, rows)]
    items = boxed_items(lines) or block_items(lines)
    return [
        (i["description"].value, i["quantity"].value, i["unit_price"].value, i["amount"].value)
        for i in items
    ]


def _block(top: float, heading: str, rows: list[tuple[str, str]], x: float = 50.0) -> list[Row]:
    out: list[Row] = [(x, top, heading)]
    for offset, (caption, value) in enumerate(rows, start=1):
        out += [(x, top + 13 * offset, caption), (x + 190, top + 13 * offset, value)]
    return out


def _rows(name: str, count: str, price: str, amount: str) -> list[tuple[str, str]]:
    return [
        ("Bezeichnung:", name),
        ("Menge:", count),
        ("Einheit:", "H87"),
        ("Einzelpreis:", price),
        ("Nettobetrag:", amount),
        ("Steuersatz:", "19 %"),
    ]


def test_a_block_goes_on_after_the_page_footer_and_header() -> None:
    first = _block(600, "Pos. 1", _rows("Schalter", "20,00", "7,88", "157,60"))
    rows = _rows("Leitung NYM-J", "18,60", "0,94", "17,48")
    first += _block(700, "Pos. 2", rows[:3])
    first.append((280, 806, "Seite 1 von 2"))
    second: list[Row] = [(50, 34, "Kessler & Vogt KG · Rechnung 2024-0318")]
    second += [(50, 53 + 13 * k, c) for k, (c, _) in enumerate(rows[3:])]
    second += [(240, 53 + 13 * k, v) for k, (_, v) in enumerate(rows[3:])]
    assert _read(first, second) == [
        ("Schalter", 20.0, 7.88, 157.6),
        ("Leitung NYM-J", 18.6, 0.94, 17.48),
    ]


def test_a_continued_heading_repeats_the_block_on_the_next_page() -> None:
    rows = [
        ("Artikelname", "Unterlegscheibe M8"),
        ("Artikelnummer des Verkäufers", "SK-21899"),
        ("GTIN", "4086194323473"),
        ("Zolltarifnummer", "73181558"),
        ("Menge", "500,000"),
        ("Nettopreis", "0,028 EUR"),
        ("Positionsbetrag (netto)", "14,00 EUR"),
    ]
    first = _block(100, "Rechnungsposition 1 von 2", _rows("Kantarbeiten", "6", "2,32", "13,92"))
    first += _block(700, "Rechnungsposition 2 von 2", rows[:5])
    first.append((280, 806, "Seite 1 von 2"))
    second = _block(55, "Rechnungsposition 2 von 2 (Fortsetzung)", rows[5:])
    assert _read(first, second) == [
        ("Kantarbeiten", 6.0, 2.32, 13.92),
        ("Unterlegscheibe M8", 500.0, 0.028, 14.0),
    ]


def test_numbered_blocks_with_delivered_quantity_and_price_base() -> None:
    page: list[Row] = []
    rows = [("Artikel:", "Laserzuschnitt"), ("Liefermenge:", "12,0000"), ("Einheit:", "H87")]
    rows += [("Nettopreis:", "21,29"), ("Preiseinheit:", "1"), ("Nettowert:", "255,48")]
    page += _block(100, "1.", rows)
    rows = [("Artikel:", "Unterlegscheibe M8"), ("Liefermenge:", "1.200,0000")]
    rows += [("Nettopreis:", "2,46"), ("Preiseinheit:", "100"), ("Nettowert:", "29,52")]
    page += _block(220, "2.", rows)
    assert _read(page) == [
        ("Laserzuschnitt", 12.0, 21.29, 255.48),
        ("Unterlegscheibe M8", 1200.0, 2.46, 29.52),
    ]


def test_article_headings_and_a_price_per_price_unit() -> None:
    rows = [("Name:", "Trennblätter A4"), ("EAN/GTIN:", "4227962020617"), ("Anzahl:", "120")]
    rows += [("Preis je Preiseinheit (netto):", "88,50"), ("Basismenge:", "10")]
    rows += [("Preiseinheit:", "C62 - Einheit"), ("Positionsbetrag:", "1.062,00")]
    page = _block(100, "Artikel 1", rows)
    page += _block(220, "Artikel 2", _rows("Zucker", "12,5", "1,10", "13,75"))
    assert _read(page) == [("Trennblätter A4", 120.0, 88.5, 1062.0), ("Zucker", 12.5, 1.1, 13.75)]


def test_a_line_allowance_sub_block_gives_no_amount() -> None:
    page = _block(100, "Pos. 1", [("Bezeichnung", "Containerentsorgung"), ("Menge", "1,00")])
    page += [(50, 139, "Preis pro Einheit (netto)"), (240, 139, "231,84")]
    sub = [("Nachlass/Zuschlag", "Nachlass"), ("Grund", "Treuerabatt"), ("Betrag", "11,59")]
    page += [(64, 152 + 13 * k, c) for k, (c, _) in enumerate(sub)]
    page += [(240, 152 + 13 * k, v) for k, (_, v) in enumerate(sub)]
    page += [(50, 191, "Gesamtpreis (netto)"), (240, 191, "220,25")]
    page += _block(230, "Pos. 2", _rows("Heckenschnitt", "125,40", "10,79", "1.353,07"))
    assert _read(page) == [
        ("Containerentsorgung", 1.0, 231.84, 220.25),
        ("Heckenschnitt", 125.4, 10.79, 1353.07),
    ]


def test_a_group_position_is_read_as_its_sub_positions() -> None:
    page = _block(100, "Item 1", [("Item name", "Migration package"), ("Line status", "Group")])
    rows = [("Item name", "Consulting"), ("Quantity", "3.2500"), ("Item net price", "140.88")]
    rows += [("Line net amount", "457.86")]
    page += _block(140, "Sub-line 1.1", rows, x=70)
    rows = [("Item name", "Patch cable"), ("Quantity", "24"), ("Item net price", "7.43")]
    page += _block(210, "Sub-line 1.2", rows, x=70)
    sub = [("Type", "Allowance"), ("Amount", "17.83")]
    page += [(84, 262 + 13 * k, c) for k, (c, _) in enumerate(sub)]
    page += [(260, 262 + 13 * k, v) for k, (_, v) in enumerate(sub)]
    page += [(70, 288, "Line net amount"), (260, 288, "160.49")]
    page += _block(320, "Item 2", [("Item name", "Licence"), ("Line net amount", "913.12")])
    assert _read(page) == [
        ("Consulting", 3.25, 140.88, 457.86),
        ("Patch cable", 24.0, 7.43, 160.49),
        ("Licence", 1.0, 913.12, 913.12),
    ]


def test_an_attribute_code_is_no_amount() -> None:
    rows = [("Item name", "SSD 1.92 TB"), ("Quantity", "5.00"), ("Net price", "299.31")]
    first = _block(700, "Line 1", rows)
    first.append((282, 806, "Page 1 / 2"))
    rows = [("Line total (net)", "1,496.55"), ("Country of origin", "TW")]
    rows += [("Commodity code", "85444290")]
    second = [(50.0, 54 + 13 * k, c) for k, (c, _) in enumerate(rows)]
    second += [(240.0, 54 + 13 * k, v) for k, (_, v) in enumerate(rows)]
    second += _block(120, "Line 2", [("Item name", "Hotline"), ("Line total (net)", "91.64")])
    assert _read(first, second) == [
        ("SSD 1.92 TB", 5.0, 299.31, 1496.55),
        ("Hotline", 1.0, 91.64, 91.64),
    ]


def test_a_card_grid_sets_its_headings_apart_from_the_rows() -> None:
    page: list[Row] = []
    cards = [
        ("Haftnotizen gelb", "24,00", "6,84 €", "164,16 €"),
        ("Toner HP 85A", "8,00", "58,15 €", "465,20 €"),
    ]
    for column, (name, count, price, amount) in enumerate(cards):
        x = 55.0 + 255 * column
        page.append((x, 100, f"Position {column + 1}"))
        rows = [("Name", name), ("Anzahl", count), ("Einzelpreis", price)]
        rows += [("Positionsbetrag", amount)]
        for offset, (caption, value) in enumerate(rows):
            page += [(x, 125 + 12 * offset, caption), (x + 150, 125 + 12 * offset, value)]
    assert _read(page) == [
        ("Haftnotizen gelb", 24.0, 6.84, 164.16),
        ("Toner HP 85A", 8.0, 58.15, 465.2),
    ]


def _line_block(top: float, number: int, name: str, count: str, price: str, total: str) -> Page:
    rows = [
        ("Item name", name),
        ("Description", "SATA, 2.5 inch"),
        ("Quantity", count),
        ("Unit", "piece"),
        ("Net price", price),
        ("Line total (net)", total),
        ("VAT category", "Standard rate"),
        ("VAT rate", "19%"),
        ("Seller's item ID", f"SKU-48441{number}"),
        ("Buyer's item ID", f"PO-LINE-00{number}"),
        ("Country of origin", "TW"),
        ("Commodity code", "85444290"),
    ]
    out: Page = [(50, top, f"Line {number}")]
    for offset, (caption, value) in enumerate(rows, start=1):
        out += [(50, top + 12.3 * offset, caption), (220, top + 12.3 * offset, value)]
    return out


def test_position_boxes_come_before_a_table_their_attribute_rows_pass_for() -> None:
    # "Buyer's item ID | PO-LINE-001" over "Commodity code | 85444290" reads like a table's
    # header and a row; the viewer's position boxes around them are the items.
    page: Page = [
        (50, 45, "INVOICE"),
        (50, 125, "Invoice no.: EXP-24-7781"),
        (50, 137, "Issue date: 7 November 2024"),
        (50, 236, "Lines"),
        *_line_block(254, 1, "SSD 1.92 TB enterprise", "5.00", "299.31", "1,496.55"),
        *_line_block(426, 2, "Support hotline", "1.00", "91.64", "91.64"),
        (50, 620, "Total without VAT"),
        (220, 620, "1,588.19"),
        (50, 632, "VAT total"),
        (220, 632, "301.76"),
        (50, 644, "Total with VAT"),
        (220, 644, "1,889.95"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("SSD 1.92 TB enterprise", 1496.55),
        ("Support hotline", 91.64),
    ]
