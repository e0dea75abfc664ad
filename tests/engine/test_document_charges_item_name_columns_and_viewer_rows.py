"""Item tables and viewer listings of round 19: Czech and Slovak running sums carried over a
page break, ..."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import dejavu_fonts, make_invoice_pdf

# (x, y from the top, text)
Page = list[tuple[float, float, str]]

# A font with the accented letters of central Europe ("ř", "ď"): the standard fonts lack them.
_FONT = "DejaVuSans"
needs_font = dejavu_fonts(_FONT)


def _pdf(*pages: Page) -> bytes:
    return make_invoice_pdf(list(pages), font=_FONT, size=9)


def _read(*pages: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(_pdf(*pages), use_einvoice=False)
    return result


_HEAD: Page = [
    (50, 60, "Nábytkové kování s.r.o."),
    (350, 130, "Faktura číslo:"),
    (450, 130, "2025-0417"),
    (350, 144, "Datum vystavení:"),
    (450, 144, "05.03.2025"),
]
_CZ_HEADER: Page = [
    (60, 220, "Kód"),
    (120, 220, "Název zboží"),
    (330, 220, "Množ."),
    (400, 220, "Cena/MJ"),
    (480, 220, "Celkem"),
]


def _cz_rows(first: int, count: int, top: float) -> Page:
    rows: Page = []
    for n in range(first, first + count):
        y = top + 15 * (n - first)
        rows += [
            (60, y, f"K-{n:02d}"),
            (120, y, f"Úchytka nábytková {n}"),
            (335, y, "2"),
            (400, y, "5,00"),
            (480, y, "10,00"),
        ]
    return rows


@needs_font
def test_czech_carry_lines_at_the_foot_and_head_of_a_page_are_no_items() -> None:
    first = [
        *_HEAD,
        *_CZ_HEADER,
        *_cz_rows(1, 4, 240),
        (120, 320, "Převod na další stranu:"),
        (480, 320, "40,00"),
        (280, 800, "Strana 1/2"),
    ]
    second = [
        *[(x, y - 160, text) for x, y, text in _CZ_HEADER],
        (120, 75, "Převod z předchozí strany:"),
        (480, 75, "40,00"),
        *_cz_rows(5, 2, 90),
        (330, 140, "Celkem bez DPH"),
        (480, 140, "60,00"),
        (280, 800, "Strana 2/2"),
    ]
    items = _read(first, second)["line_items"]
    assert [i["description"] for i in items] == [f"Úchytka nábytková {n}" for n in range(1, 7)]


def test_a_name_column_beside_the_item_number_holds_the_items_text() -> None:
    # E-invoice viewers print the seller's item number (BT-155) and the item's name (BT-153)
    # in columns of their own: "Item no. | Name".
    header: Page = [
        (50, 220, "Line"),
        (80, 220, "Item no."),
        (150, 220, "Name"),
        (330, 220, "Qty"),
        (360, 220, "Unit"),
        (400, 220, "Net price"),
        (450, 220, "VAT %"),
        (500, 220, "Line total"),
    ]
    rows = [
        ("1", "TX-AB-0100", "Garden hose reel, 30 m", "4", "H87", "31.50", "19.00", "126.00"),
        ("2", "TX-CD-2200", "Brass nozzle set of 3", "10", "H87", "6.20", "19.00", "62.00"),
    ]
    body: Page = []
    for n, row in enumerate(rows):
        body += [(x, 240 + 16 * n, text) for (x, _y, _c), text in zip(header, row, strict=True)]
    page = [*_HEAD, *header, *body, (400, 300, "Total without VAT"), (500, 300, "188.00")]
    items = _read(page)["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Garden hose reel, 30 m", 126.0),
        ("Brass nozzle set of 3", 62.0),
    ]


_DE_HEAD: Page = [
    (50, 60, "Gartenbau Lindqvist GmbH"),
    (350, 130, "Rechnungsnummer:"),
    (450, 130, "RG-4471"),
    (350, 144, "Rechnungsdatum:"),
    (450, 144, "12.02.2025"),
    (60, 220, "Pos."),
    (90, 220, "Bezeichnung"),
    (330, 220, "Menge"),
    (400, 220, "Einzelpreis"),
    (490, 220, "Betrag"),
    (60, 240, "1"),
    (90, 240, "Heckenschnitt Liguster"),
    (335, 240, "6"),
    (400, 240, "42,00"),
    (490, 240, "252,00"),
    (60, 256, "2"),
    (90, 256, "Grünschnittentsorgung"),
    (335, 256, "1"),
    (400, 256, "65,00"),
    (490, 256, "65,00"),
]


def _de_descriptions(below: Page) -> list[str]:
    items = _read([*_DE_HEAD, *below])["line_items"]
    return [i["description"] for i in items]


def test_a_heading_over_the_documents_own_charges_ends_the_items() -> None:
    # EN 16931 allowances and charges on document level (BG-20, BG-21) are no invoice lines:
    # viewers list them under a heading of their own ("Zuschläge auf Belegebene").
    below: Page = [
        (60, 280, "Zuschläge auf Belegebene"),
        (60, 296, "Grund"),
        (300, 296, "USt-Kategorie"),
        (490, 296, "Betrag"),
        (60, 312, "Anfahrtspauschale Kleintransporter"),
        (300, 312, "S 19,00 %"),
        (490, 312, "35,00"),
        (380, 340, "Summe Positionen"),
        (490, 340, "317,00"),
    ]
    assert _de_descriptions(below) == ["Heckenschnitt Liguster", "Grünschnittentsorgung"]


def test_an_allowance_on_document_level_under_the_grid_is_no_item() -> None:
    below: Page = [
        (60, 276, "Abschlag auf Dokumentebene: Kulanz Terminverschiebung (19 %)"),
        (490, 276, "-20,00"),
        (380, 300, "Summe Positionen"),
        (490, 300, "317,00"),
    ]
    assert _de_descriptions(below) == ["Heckenschnitt Liguster", "Grünschnittentsorgung"]


def test_an_unnumbered_discount_under_numbered_items_is_no_item() -> None:
    # Every item carries its position number; the allowance on the whole invoice under them
    # carries none, nor a quantity or price: the document's allowance (BG-20), no line.
    below: Page = [
        (90, 276, "Rabatt lt. Pflegevertrag 3 % auf Gartenarbeiten (USt 19 %)"),
        (490, 276, "-9,51"),
        (380, 300, "Summe Positionen"),
        (490, 300, "317,00"),
    ]
    assert _de_descriptions(below) == ["Heckenschnitt Liguster", "Grünschnittentsorgung"]


def test_a_numbered_discount_row_stays_an_item() -> None:
    below: Page = [
        (60, 272, "3"),
        (90, 272, "Rabatt Stammkunde"),
        (490, 272, "-10,00"),
        (380, 300, "Summe Positionen"),
        (490, 300, "307,00"),
    ]
    assert _de_descriptions(below)[-1] == "Rabatt Stammkunde"
