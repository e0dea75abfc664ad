"""A bilingual carry line ("Over te dragen / À reporter"), and a section's sum that closes
its section only: its figure printed with a currency sign the rows lack, or its line a scan's,
reaching a little into the last row's box. The totals block still ends the table."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.carrylines import names_carried_sum
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.tables import line_items

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Datalink Solutions SA/NV"),
    (350, 130, "Factuurnr. / N° de facture"),
    (480, 130, "2025-FV-7"),
    (350, 144, "Datum / Date"),
    (480, 144, "27/02/2025"),
]
_HEADER: Page = [
    (60, 220, "Omschrijving / Description"),
    (300, 220, "Aantal / Qté"),
    (370, 220, "Prijs / Prix"),
    (470, 220, "Totaal / Total"),
]


def _rows(first: int, count: int, top: float) -> Page:
    rows: Page = []
    for n in range(first, first + count):
        y = top + 16 * (n - first)
        rows += [(60, y, f"Laptop model {n}"), (300, y, "2"), (370, y, "5,00"), (470, y, "10,00")]
    return rows


def test_a_bilingual_carry_line_goes_on_with_the_next_pages_rows() -> None:
    first = [
        *_HEAD,
        *_HEADER,
        *_rows(1, 3, 240),
        (300, 300, "Over te dragen / À reporter"),
        (470, 300, "30,00"),
    ]
    second = [
        (60, 40, "Datalink Solutions  Factuur 2025-FV-7  Pagina / Page 2/2"),
        *_HEADER,
        (300, 240, "Overgedragen / Report"),
        (470, 240, "30,00"),
        *_rows(4, 2, 256),
        (300, 300, "Totaal excl. BTW / Total HTVA"),
        (470, 300, "50,00"),
        (300, 316, "BTW / TVA 21 %"),
        (470, 316, "10,50"),
        (300, 332, "Totaal incl. BTW / Total TVAC"),
        (470, 332, "60,50"),
    ]
    result: dict[str, Any] = extract_canonical(
        make_invoice_pdf([first, second]), use_einvoice=False
    )
    names = [i["description"] for i in result["line_items"]]
    assert names == [f"Laptop model {n}" for n in range(1, 6)]
    assert result["fields"]["net_amount"] == 50.0


def _scan_line(y: float, cells: list[tuple[float, str]], height: float = 22.0) -> list[Word]:
    """OCR-like words: each a band `height` high, about 5 units a letter wide."""
    words: list[Word] = []
    for x, text in cells:
        for token in text.split(" "):
            width = 5.0 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + height)))
            x += width + 3.0
    return words


def test_a_scanned_section_sum_reaching_into_the_last_row_goes_on_with_the_next_section() -> None:
    words = _scan_line(
        100, [(40, "Désignation"), (300, "Qté"), (360, "P.U. HTVA"), (460, "Montant")]
    )
    words += _scan_line(130, [(40, "PIÈCES")])
    parts = [("Filtre à huile", "1", "14,90", "14,90"), ("Filtre à air", "1", "27,50", "27,50")]
    labour = [
        ("Remplacement disques", "1,6", "72,00", "115,20"),
        ("Diagnostic", "0,5", "72,00", "36,00"),
    ]
    y = 158.0
    for name, quantity, price, amount in parts:
        words += _scan_line(y, [(40, name), (300, quantity), (360, price), (460, amount)])
        y += 20.0  # the bands overlap by 2 units, as a scan's do
    words += _scan_line(y - 4, [(360, "Total pièces"), (460, "42,40")])
    words += _scan_line(y + 30, [(40, "MAIN-D'ŒUVRE (taux horaire 72,00 €)")])
    y += 60.0
    for name, quantity, price, amount in labour:
        words += _scan_line(y, [(40, name), (300, quantity), (360, price), (460, amount)])
        y += 20.0
    words += _scan_line(y, [(360, "Total HTVA"), (460, "193,60")])
    words += _scan_line(y + 24, [(360, "TVA 21 %"), (460, "40,66")])
    items = line_items(build_lines(PageText(1, 595, 842, words, source="ocr")))
    assert [(i["description"].value, i["amount"].value) for i in items] == [
        ("Filtre à huile", 14.9),
        ("Filtre à air", 27.5),
        ("Remplacement disques", 115.2),
        ("Diagnostic", 36.0),
    ]


def test_fees_total_with_its_currency_code_goes_on_with_the_disbursements() -> None:
    page: Page = [
        (50, 60, "Vasseur & Associés Avocats"),
        (350, 130, "Note d'honoraires N°"),
        (470, 130, "2025/0147"),
        (350, 144, "Date"),
        (470, 144, "31/03/2025"),
        (60, 220, "Date"),
        (120, 220, "Diligences"),
        (340, 220, "Quantité"),
        (400, 220, "Taux horaire"),
        (480, 220, "Montant HT"),
        (60, 240, "04/03/2025"),
        (120, 240, "Rendez-vous au cabinet avec le client"),
        (370, 240, ">1,50"),
        (450, 240, ">320,00"),
        (530, 240, ">480,00"),
        (60, 256, "06/03/2025"),
        (120, 256, "Recherches jurisprudentielles"),
        (370, 256, ">2,25"),
        (450, 256, ">210,00"),
        (530, 256, ">472,50"),
        (120, 276, "Total honoraires HT"),
        (530, 276, ">952,50 EUR"),
        (60, 296, "Débours (frais avancés pour le compte du client)"),
        (120, 312, "Frais de greffe – enrôlement"),
        (530, 312, ">62,89 EUR"),
        (120, 326, "Signification de l'assignation"),
        (530, 326, ">87,27 EUR"),
        (330, 350, "Honoraires HT"),
        (530, 350, ">952,50 EUR"),
        (330, 364, "TVA 20 %"),
        (530, 364, ">190,50 EUR"),
        (330, 378, "Débours"),
        (530, 378, ">150,16 EUR"),
        (330, 392, "Total de la note"),
        (530, 392, ">1 293,16 EUR"),
    ]
    result: dict[str, Any] = extract_canonical(
        make_invoice_pdf([page], size=9, marks=True), use_einvoice=False
    )
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Rendez-vous au cabinet avec le client", 480.0),
        ("Recherches jurisprudentielles", 472.5),
        ("Frais de greffe – enrôlement", 62.89),
        ("Signification de l'assignation", 87.27),
    ]


def test_a_bilingual_caption_names_a_carried_sum_but_a_charge_twice_named_stays_one() -> None:
    assert names_carried_sum("Over te dragen / À reporter 27.250,50")
    assert names_carried_sum("Overgedragen / Report 27.250,50")
    assert not names_carried_sum("Transport / Transport 30,00")  # a delivery charge, perhaps
